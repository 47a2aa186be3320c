package rules

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/names"
)

// Another event of the same kind: "Moroccan earthquake death toll rises to
// nearly 3,000" in a story on the quakes in Turkey and Syria. The metric's
// own words name its places (its description, name and word lists: Turkey,
// Syria, Gaza); a demonym of a place they do not name, right before the
// scope word, makes the sentence about another place's event.

// ownNames are the capitalised words of a metric's spec, lower-cased: the
// places (and peoples) the metric is about.
func ownNames(s MetricSpec) []string {
	var names []string
	add := func(text string) {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if r := []rune(w); len(r) >= 3 && unicode.IsUpper(r[0]) {
				names = append(names, strings.ToLower(w))
			}
		}
	}
	add(s.Name)
	add(s.Description)
	// Its exclude words name what it is not about ("Syria" in a metric of
	// Ukraine's dead): they are no places of its own.
	for _, list := range [][]string{s.Scope, s.Keywords, s.ExcludeNear} {
		for _, w := range list {
			add(w)
		}
	}
	// A place's other spellings are its own too: Türkiye is Turkey.
	for _, g := range placeNames() {
		if slices.ContainsFunc(g, func(n []string) bool { return slices.Contains(names, n[0]) }) {
			for _, n := range g {
				names = append(names, n...)
			}
		}
	}
	return names
}

// otherEvent reports whether every scope word of sentence s that names the
// event stands right after a demonym of a place the metric does not name
// ("Moroccan earthquake", "Afghan quake"), and there is at least one.
func (m *metric) otherEvent(st *docState, s *figures.Sentence) bool {
	if len(m.scope) == 0 || len(m.ownNames) == 0 {
		return false
	}
	d := st.d
	// Most sentences hold no foreign demonym: the scope words are only
	// looked for when one is there.
	foreign := false
	for _, ti := range st.placeCandidates(s) {
		if foreign = m.foreignName(d.TokenText(int(ti))); foreign {
			break
		}
	}
	if !foreign {
		return false
	}
	var buf [64]byte
	other := false
	for ti := s.TokStart; ti < s.TokEnd; ti++ {
		if !d.Tokens[ti].IsWord() {
			continue
		}
		w := lowerInto(&buf, d.TokenText(ti))
		for i := range m.scope {
			ph := &m.scope[i]
			if string(w) != ph.words[0] && st.tokenStem(s, ti, w) != ph.keys[0] {
				continue
			}
			if _, ok := matchPhrase(st, s, ti, ph); !ok {
				continue
			}
			if c := comparedAt(d, s, ti); c >= 0 && comparisonVerb(strings.ToLower(d.TokenText(c))) {
				// An event the sentence's subject overtakes ("has
				// overtaken the 1939 Erzincan quake") is named only to
				// compare with; after "than" or "compared with", the
				// figures may be its own ("compared ... with the Herat
				// quakes, which killed about 1,500").
				continue
			}
			if !m.foreignBefore(d, s, ti) {
				return false
			}
			other = true
		}
	}
	return other
}

// placeCandidates are the tokens of sentence s that otherEvent asks
// foreignName about: a demonym's shape, a name that owns the word after it
// (foreignOwner), or a name of four letters or more past the sentence's
// first word. What makes them candidates is the same for every metric, so
// it is worked out once per sentence; whether one is foreign is the
// metric's.
func (st *docState) placeCandidates(s *figures.Sentence) []int32 {
	if st.placesOf == s {
		return st.places
	}
	d := st.d
	st.placesOf, st.places = s, st.places[:0]
	for ti := s.TokStart; ti < s.TokEnd; ti++ {
		if !named(d, ti) {
			continue // every case below is a capitalised word
		}
		w := d.TokenText(ti)
		if demonymShape(w) || len(w) >= 4 && (ti > s.TokStart || ownsNext(d, hit{start: ti, end: ti + 1}) && !calendarName(w) || isCountry(w)) {
			st.places = append(st.places, int32(ti))
		}
	}
	return st.places
}

// foreignBefore reports whether the scope word at token ti is another
// place's: a foreign demonym or country's name right before it ("Moroccan
// earthquake", "Morocco quake"), or a foreign owner at most three words
// before it, with only modifiers between ("Morocco's September 2023
// earthquake").
func (m *metric) foreignBefore(d *figures.Document, s *figures.Sentence, ti int) bool {
	if ti > s.TokStart && m.foreignDemonym(d.TokenText(ti-1)) || m.placedAfter(d, s, ti, true) {
		return true
	}
	// A name that modifies a lower-case scope word after an article,
	// perhaps with a year between: "the Herat quakes", "the 1999 Izmit
	// quake". Title case and the sentence's first word say nothing.
	if ti-1 > s.TokStart && named(d, ti-1) && isLowerWord(d.TokenText(ti)) {
		k := ti - 2
		if k > s.TokStart && figureAt(d, k) >= 0 {
			k-- // a year between: "the 1999 Izmit earthquake"
		}
		// A year may open a headline where an article would stand: "1999
		// Izmit quake killed 17,000".
		if a := strings.ToLower(d.TokenText(k)); a == "the" || a == "a" || k == s.TokStart && yearAt(d, k) {
			if w := d.TokenText(ti - 1); len(w) >= 4 && !calendarName(w) && m.foreignName(w) {
				return true
			}
		}
	}
	// A country's name right before a lower-case scope word, the
	// sentence's first word too: "Morocco quake toll passes 2,900"
	// (names/countries.yaml).
	if k := countryBefore(d, s, ti); k >= 0 && len(d.TokenText(ti-1)) >= 4 && isLowerWord(d.TokenText(ti)) && m.foreignName(d.TokenText(ti-1)) {
		return true
	}
	// An owner owns an event ("Morocco's September 2023 earthquake"), a
	// lower-case scope word; a name or a demonym of the metric's own place
	// after it says who, not what happened ("Omaha's Sudanese community").
	if !isLowerWord(d.TokenText(ti)) {
		return false
	}
	var buf [64]byte
	for k := ti - 1; k >= s.TokStart && k >= ti-6; k-- {
		if m.foreignOwner(d, k) {
			return true
		}
		w := d.TokenText(k)
		if d.Tokens[k].IsWord() && (prepositions[string(lowerInto(&buf, w))] || actsOrSpeaks[w]) {
			return false
		}
	}
	return false
}

// foreignOwner reports whether token k is a name in the possessive (the
// 's follows) of a place the metric does not name, not a month or a day:
// "Morocco's", "Japan's". A continent or world region is no other place:
// it holds the metric's own, and what it owns is ranked among its events
// or is the metric's ("Europe's deadliest war since 1945 has killed at
// least 12,000 civilians in Ukraine", "Africa's largest displacement
// crisis"); another country the sentence names places an event itself.
func (m *metric) foreignOwner(d *figures.Document, k int) bool {
	if !named(d, k) || !ownsNext(d, hit{start: k, end: k + 1}) {
		return false
	}
	w := d.TokenText(k)
	return len(w) >= 4 && !calendarName(w) && m.foreignName(w) && !names.KnownRegion(w)
}

// calendarName reports whether w names a month or a day of the week.
func calendarName(w string) bool {
	switch strings.ToLower(w) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "yesterday", "tonight":
		return true
	}
	return false
}

// foreignName reports whether capitalised word w shares its first four
// letters with none of the metric's own names, when it has some.
func (m *metric) foreignName(w string) bool {
	if len(m.ownNames) == 0 {
		return false // a metric that names no place has no foreign one
	}
	for _, n := range m.ownNames {
		if sameStem(n, w) {
			return false
		}
	}
	return true
}

// stemLetters is how many first letters a place's name shares with its
// demonym and its other forms: "Sudan", "Sudanese"; "Turkey", "Turkish";
// "Syria", "Syrian".
const stemLetters = 4

// sameStem reports whether a and b, each at least stemLetters long, share
// their first stemLetters letters, case aside. It allocates nothing:
// foreignName asks it for every capitalised word and every metric.
func sameStem(a, b string) bool {
	return len(a) >= stemLetters && len(b) >= stemLetters && strings.EqualFold(a[:stemLetters], b[:stemLetters])
}

// foreignDemonym reports whether w is a capitalised demonym ("Moroccan",
// "Nepalese", "Afghan", "Iraqi") sharing its first letters with none of
// the metric's own names: Turkish is Turkey's, Syrian Syria's.
func (m *metric) foreignDemonym(w string) bool {
	return demonymShape(w) && m.foreignName(w)
}

// demonymShape reports whether w is shaped like a demonym: a capital, then
// lower-case letters ending as demonyms do, or one of the demonyms listed
// in names/demonyms.yaml ("Chechen", "Tamil").
func demonymShape(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || !isLowerWord(w[1:]) {
		return false
	}
	if len(w) >= 5 && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "i")) {
		return true
	}
	return listedDemonym(w)
}

// otherEventReach is how many tokens before the figure, or before the
// comma of an apposition or an aside the reading passes over, the owner or
// the demonym of another place's event may stand: a subject's noun phrase
// ("Syria's 13-year civil war had forced").
const otherEventReach = 12

// relativeEventReach is how many tokens before a relative clause's comma
// the event noun it speaks of may stand ("the Syrian civil war, in
// which").
const relativeEventReach = 6

// eventOfOtherPlace reports whether figure fi of sentence s is the count
// of another place's event: in its clause, before it, a foreign owner of
// an event ("Syria's civil war had forced about 13 million people from
// their homes", "Ukraine's war displaced some 14 million") or of its
// population, or a foreign demonym before one ("the Syrian civil war");
// the clause may be a relative one on the event ("..., in which"). The
// event is one of the metric's scope words or a noun of war or disaster.
func (m *metric) eventOfOtherPlace(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 {
		return false // no place of its own, so no foreign owner or demonym (foreignName)
	}
	d := st.d
	fs, _ := d.FigureTokens(fi)
	if m.spec.Total && (m.opensWithOtherEvent(d, s, fs) || m.subjectOtherEvent(d, s, fs)) {
		return true // "The second Chechen war, by contrast, is thought to have killed ..."
	}
	var buf [64]byte
	for k, from := fs-1, fs-otherEventReach; k >= s.TokStart && k >= from; k-- {
		if m.pointsBackToOther(d, s, k) {
			return true // "Comparisons with Syria are imperfect: that war killed ..."
		}
		if d.TokenText(k) == ":" && clauseBeforeColon(d, s, k) && m.innerPlaceIn(d, s, s.TokStart, k) {
			// "The arithmetic of an assault on Rafah is grim: a toll that
			// already exceeds 31,000": a colon after a clause with its
			// own verb opens what is said of it; an act on a place inside
			// the metric's own (Rafah in Gaza, names/within.yaml) is the
			// clause's subject, not the figure's event. A label before a
			// colon, with no verb, still names the figure's event
			// ("Israel's offensive on Khan Younis: 1,500 killed"), and a
			// foreign place's event stays another ("Syria's civil war was
			// catastrophic: more than 300,000 were killed").
			return false
		}
		if w := d.TokenText(k); w == "," || w == ";" {
			// The figure in apposition on the subject is the subject's
			// ("The toll from Morocco's September earthquake, nearly
			// 3,000, was ..."), and an aside between the subject and its
			// verb says nothing of whose it is ("Sudan's war, by some
			// counts, has killed ..."): the subject before them is read.
			if w == "," && k == fs-1 && appositionOnSubject(d, s, fi) {
				from = k - otherEventReach
				continue
			}
			if j := subjectAsideOpen(d, s, k, fs); w == "," && j >= 0 {
				k, from = j, j-otherEventReach
				continue
			}
			// A relative clause the figure stands in speaks of the noun
			// before its comma: "the Syrian civil war, in which more
			// than 300,000 were killed".
			if w == ";" || !relativeOpens(d, k+1, fs) {
				return false
			}
			if m.clauseOnForeignCountry(d, s, k) {
				return true // "in Ukraine, where the UN has verified about 10,000 civilian deaths"
			}
			if strings.EqualFold(d.TokenText(k+1), "where") && k-1 >= s.TokStart && named(d, k-1) && !m.foreignName(d.TokenText(k-1)) {
				// "warned against an Israeli ground offensive in Rafah,
				// where over 1.3 mn displaced Palestinians have taken
				// shelter": the clause speaks of the metric's own place,
				// whoever's the event before it.
				return false
			}
			from = k - relativeEventReach
			continue
		}
		// The first word the foreign place may qualify; a demonym
		// qualifies a war or a disaster ("the Syrian civil war"), not a
		// scope word, which may name what is given ("American taxpayers
		// hand Israel"). An owner owns an event, a lower-case scope word,
		// not a people of the metric's place ("Toronto's Sudanese").
		first, demonym, country := -1, false, false
		// A running total counts one event: another place's, named after
		// an article or placed after its noun, is not it. (A count of
		// another kind, as of arms sales, may follow from a war the metric
		// does not name: "the Gaza war has prompted 100 sales".)
		if m.spec.Total && m.namedEvent(d, s, k, fs) {
			return true // "the Tigray war, which displaced more than 2 million"
		}
		if w := d.LowerTokenText(k); m.spec.Total && operationNoun(w) && isLowerWord(d.TokenText(k)) && m.placedAfter(d, s, k, naturalDisaster(w)) {
			// "the floods in Pakistan displaced 8 million", "the RSF's
			// assault on Zamzam camp forced some 400,000 to flee"
			return true
		}
		switch {
		case m.foreignOwner(d, k):
			first = k + 3
		case k > s.TokStart && m.foreignDemonym(d.TokenText(k)):
			first, demonym = k+1, true
		case m.foreignCountry(d, s, k):
			// A country's name qualifies a lower-case noun of war or
			// disaster as its demonym does, the sentence's first word too
			// (names/countries.yaml): "Turkey quake deaths passed 50,000".
			first, demonym, country = k+1, true, true
		default:
			continue
		}
		last := first + 3
		if country {
			// Right after the name, in lower case: "Rescuers in Syria say
			// that quake ..." names no Syrian quake by the name, and
			// "Chad Floods Appeal" is a name of its own.
			last = first + 1
		}
		for t := first; t < last && t < fs; t++ {
			w := lowerInto(&buf, d.TokenText(t))
			if country && !isLowerWord(d.TokenText(t)) {
				break
			}
			if eventNoun(string(w)) || !demonym && isLowerWord(d.TokenText(t)) && m.isScopeWord(st, w) {
				return true
			}
		}
	}
	return false
}

// foreignCountry reports whether token k ends the name of a listed
// country the metric does not name: "Turkey" for a metric of Gaza,
// "New Zealand".
func (m *metric) foreignCountry(d *figures.Document, s *figures.Sentence, k int) bool {
	w := d.TokenText(k)
	return named(d, k) && len(w) >= 4 && isCountry(w) && countryBefore(d, s, k+1) >= 0 && m.foreignName(w)
}

// clauseOnForeignCountry reports whether the comma at token k closes a
// country the metric does not name, or its owner's 's, and "where" or
// "when" opens a clause on it: "in Ukraine, where the UN has verified
// ...", "larger even than Syria's, where 13 million were uprooted", "Not
// since Rwanda, when some 2 million fled in a matter of weeks". The clause
// tells what happened there, another place's count.
func (m *metric) clauseOnForeignCountry(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd {
		return false
	}
	if w := d.LowerTokenText(k + 1); w != "where" && w != "when" {
		return false
	}
	c := k - 1
	if o := ownerBefore(d, k); o >= s.TokStart {
		c = o // "Syria's, where"
	}
	return c >= s.TokStart && m.foreignCountry(d, s, c)
}

// relativeOpens reports whether a relative clause on the noun before it
// opens at token k, before token end: "in which", "during which", "which",
// "when", "where".
func relativeOpens(d *figures.Document, k, end int) bool {
	if k < end {
		switch d.LowerTokenText(k) {
		case "which", "when", "where":
			return true
		case "in", "during":
			return k+1 < end && strings.EqualFold(d.TokenText(k+1), "which")
		}
	}
	return false
}

// eventNoun reports whether w names a war or a disaster, what a place's
// count of the dead or the displaced is a count of, or the place's
// population ("Deir al-Balah's population has swollen to 700,000").
func eventNoun(w string) bool {
	switch w {
	case "war", "wars", "conflict", "invasion", "offensive", "uprising", "revolution", "genocide", "earthquake",
		"earthquakes", "quake", "quakes", "flood", "floods", "famine", "drought", "cyclone", "hurricane", "tsunami",
		"population":
		return true
	}
	return false
}

// namedEvent reports whether token k is a name of a place the metric does
// not name that modifies a noun of war or disaster after an article, before
// token fs: "the Tigray war", "the Yemen conflict", "a 2010 Haiti quake".
func (m *metric) namedEvent(d *figures.Document, s *figures.Sentence, k, fs int) bool {
	if k+1 >= fs || k-1 < s.TokStart || !named(d, k) || !isLowerWord(d.TokenText(k+1)) {
		return false
	}
	if !operationNoun(d.LowerTokenText(k + 1)) {
		return false
	}
	a := k - 1
	if a > s.TokStart && (figureAt(d, a) >= 0 || ordinalWord(d.LowerTokenText(a))) {
		a-- // a year or an ordinal between: "the 2010 Haiti earthquake", "the second Chechen war"
	}
	switch d.LowerTokenText(a) {
	case "the", "a", "an":
	default:
		return false
	}
	w := d.TokenText(k)
	return len(w) >= 4 && !calendarName(w) && m.foreignName(w)
}

// naturalDisaster reports whether w names a disaster of nature, which
// strikes "in" a place, not "on" it: "the quake on Monday".
func naturalDisaster(w string) bool {
	switch w {
	case "earthquake", "earthquakes", "quake", "quakes", "flood", "floods", "famine", "drought", "cyclone", "hurricane", "tsunami":
		return true
	}
	return false
}

// isScopeWord reports whether lower-cased word w is the first word of one
// of the metric's scope phrases, in any of its forms.
func (m *metric) isScopeWord(st *docState, w []byte) bool {
	for i := range m.scope {
		if ph := &m.scope[i]; string(w) == ph.words[0] || st.stems.of(w) == ph.keys[0] {
			return true
		}
	}
	return false
}

// placedAfter reports whether the event noun at token ti is placed, right
// after it, in a place the metric does not name: "<event> in <place>"
// ("a magnitude 6.8 earthquake in Morocco's High Atlas"), "off" or "near"
// a place, or "<event> that struck <place>" ("the quake that struck
// central Italy"); an act of war, not a disaster, strikes "on" a place
// ("the assault on Zamzam camp"). Up to four lower-case words may stand
// before the name ("off the coast of Sumatra"); the first name decides.
func (m *metric) placedAfter(d *figures.Document, s *figures.Sentence, ti int, disaster bool) bool {
	k := ti + 1
	if k+1 >= s.TokEnd {
		return false
	}
	switch w := d.LowerTokenText(k); w {
	case "in", "off", "near", "on":
		if w == "on" && disaster {
			return false // "the quake on Monday", "the quake on the Anatolian fault"
		}
		k++
	case "that", "which":
		if !strikeVerb(d.LowerTokenText(k + 1)) {
			return false
		}
		k += 2
	default:
		return false
	}
	for end := k + 4; k < s.TokEnd && k < end; k++ {
		w := d.TokenText(k)
		if named(d, k) {
			return len(w) >= 4 && !calendarName(w) && m.foreignName(w)
		}
		if !isLowerWord(w) || prepositions[w] && w != "of" {
			return false
		}
	}
	return false
}

// strikeVerb reports whether w is the past of a verb a disaster or an
// attack strikes a place with: "struck", "hit", "shook".
func strikeVerb(w string) bool {
	switch w {
	case "struck", "hit", "shook", "rocked", "jolted", "devastated", "flattened", "ravaged", "battered", "swept", "engulfed":
		return true
	}
	return false
}

// yearAt reports whether token k is part of a year the figure finder read.
func yearAt(d *figures.Document, k int) bool {
	fi := figureAt(d, k)
	return fi >= 0 && d.Figures[fi].Kind == figures.Year
}

// clauseBeforeColon reports whether the words before the colon at token k,
// back to the sentence's start or the punctuation before them, hold a
// finite verb of being or having: a clause, not a label.
func clauseBeforeColon(d *figures.Document, s *figures.Sentence, k int) bool {
	for t := k - 1; t >= s.TokStart; t-- {
		if !d.Tokens[t].IsWord() {
			if isApostrophe(d.TokenText(t)) || d.TokenText(t) == "-" {
				continue
			}
			return false
		}
		if w := d.LowerTokenText(t); w != "be" && w != "been" && (auxiliary(w) || linkingVerb(w)) {
			return true
		}
	}
	return false
}

// appositionOnSubject reports whether figure fi stands between commas
// right after a noun, perhaps with its own noun after it, and the verb of
// the noun's clause follows the closing comma: "The toll from Morocco's
// earthquake, nearly 3,000, was a fraction ...", "The toll from Sudan's
// war, perhaps 150,000 dead, dwarfs ...". The figure is the noun's.
func appositionOnSubject(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fs-2 < s.TokStart || d.TokenText(fs-1) != "," || !d.Tokens[fs-2].IsWord() {
		return false
	}
	for c := fe; c < fe+3 && c+1 < s.TokEnd; c++ {
		if d.TokenText(c) == "," {
			return isLowerWord(d.TokenText(c+1)) && subjectVerbAfter(d, c+1)
		}
		if !isLowerWord(d.TokenText(c)) {
			return false
		}
	}
	return false
}

// subjectAsideOpen returns the comma that opens an aside closed by the
// comma at token k, before figure token fs, when the verb of the clause's
// subject follows it: "Sudan's war, by some counts, has killed", "Syria's
// civil war, according to the monitors, killed". The aside holds words
// only, at most eight (a source's name more: sourceaside.go), and no
// amount. Otherwise -1.
func subjectAsideOpen(d *figures.Document, s *figures.Sentence, k, fs int) int {
	if k+1 >= fs || !subjectVerbAfter(d, k+1) {
		return -1
	}
	for j := k - 1; j > s.TokStart && j >= k-sourceAsideWords-1; j-- {
		switch w := d.TokenText(j); {
		case w == ",":
			if j < k-1 && d.Tokens[j-1].IsWord() && (j >= k-9 || sourceAsideOpens(d, j+1)) {
				return j
			}
			return -1
		case !d.Tokens[j].IsWord() && !isApostrophe(w) || figureAt(d, j) >= 0:
			return -1
		}
	}
	return -1
}

// subjectVerbAfter reports whether token k, after a comma, is the verb of
// a subject before the comma: a form of "be" or "have", a modal, a verb in
// -ed ("killed", "dwarfed"), not a word that opens a clause of its own
// ("which", "who", "that").
func subjectVerbAfter(d *figures.Document, k int) bool {
	switch strings.ToLower(d.TokenText(k)) {
	case "that", "which", "who":
		return false
	}
	return isLowerWord(d.TokenText(k)) && verbOfSubject(d, k)
}
