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
	// A place's people are its own too, in any of its spellings, when their
	// name shares no first letters with it: Palestinians are Gaza's
	// (names/within.yaml).
	for _, n := range names {
		names = append(names, ownPeople(n)...)
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
			end, ok := matchPhrase(st, s, ti, ph)
			if !ok {
				continue
			}
			if c := comparedAt(d, s, ti); c >= 0 && (comparisonVerb(strings.ToLower(d.TokenText(c))) || m.spec.Total && amountBefore(d, s, c) && presentComparison(d, s, c)) {
				// An event the sentence's subject overtakes ("has
				// overtaken the 1939 Erzincan quake") is named only to
				// compare with; after "than" or "compared with", the
				// figures may be its own ("compared ... with the Herat
				// quakes, which killed about 1,500"), unless a figure of
				// the sentence's own stands before the comparison ("At
				// 45,500, the toll is well above that of the 1939
				// Erzincan earthquake, which killed about 33,000"): a
				// running total turns the term's figures away
				// (comparedTermFigure; compared_other_event.yaml). The
				// comparison is told in the present or the perfect: a
				// simple past ("a toll that topped that of the 1939
				// quake") may be another past event's own.
				continue
			}
			if m.diaspora(d, s, ti) {
				continue // "Sudanese in Kampala" (diaspora.go)
			}
			if demonymOpensName(d, s, ti, ph) {
				return false // "the English Channel": the metric's own place
			}
			if !m.foreignBefore(d, s, ti) {
				return false
			}
			if actingBody(d, end-1) {
				continue // "the Italian coastguard": whose body acted (actingbody.go)
			}
			other = true
		}
	}
	return other
}

// placeCandidates are the tokens of sentence s that otherEvent asks
// foreignName about: a demonym's shape, a name that owns the word after it
// (foreignOwner), or a name of four letters or more past the sentence's
// first word, or as that word a country or a place of names/within.yaml
// ("Kathmandu quake: death toll rises above 8,000"). What makes them
// candidates is the same for every metric, so it is worked out once per
// sentence; whether one is foreign is the
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
		if demonymShape(w) || len(w) >= 4 && (ti > s.TokStart || ownsNext(d, hit{start: ti, end: ti + 1}) && !calendarName(w) || isCountry(w) || countryPlaceNamed(d, s, ti)) {
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
	// So does a city or a province of another country there, its country
	// read from names/within.yaml: "Death toll from Herat earthquakes
	// rises to 2,000" (Afghanistan's); "Hatay quake toll" is the metric's
	// own (capitalcountry.go).
	if isLowerWord(d.TokenText(ti)) {
		if k, r := countryPlaceBefore(d, s, ti); r != nil && !m.ownCountryPlace(d, k, ti, r) {
			return true
		}
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

// calendarName reports whether w names a month or a day of the week
// (the calendar's words), or today, yesterday or tonight.
func calendarName(w string) bool {
	switch w = strings.ToLower(w); w {
	case "today", "yesterday", "tonight":
		return true
	}
	return DayOrMonthName(w)
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

// demonymOpensName reports whether the scope word at token ti is one the
// metric writes as a name (ph.named), stands capitalised, and has a
// demonym's shape right before it: the demonym is the name's first word
// ("the English Channel", "the Persian Gulf"), not another place whose
// event the scope word names, as it is before a common noun ("Afghan
// quake"), which a headline's capitals do not make a name.
func demonymOpensName(d *figures.Document, s *figures.Sentence, ti int, ph *phrase) bool {
	return ph.named && ti > s.TokStart && !isLowerWord(d.TokenText(ti)) && demonymShape(d.TokenText(ti-1))
}

// presentComparison reports whether the comparison at token c is told in
// the present or the perfect, as a running total's is: the word of
// comparison a present verb ("tops", "passes"), or "is", "are", "'s",
// "has", "have" or "now" a few words before it in its clause ("is more
// than double", "has passed", "is now deadlier than"). A simple past ("a
// toll that topped that of the 1939 quake", "beat") tells no running
// total (compared_other_event.yaml).
func presentComparison(d *figures.Document, s *figures.Sentence, c int) bool {
	if w := d.LowerTokenText(c); strings.HasSuffix(w, "s") && passesTermVerb(w) {
		return true
	}
	for k := c - 1; k >= s.TokStart && k >= c-6; k-- {
		if !d.Tokens[k].IsWord() {
			if isApostrophe(d.TokenText(k)) {
				continue
			}
			return false
		}
		switch w := d.LowerTokenText(k); w {
		case "is", "are", "has", "have", "now":
			return true
		case "s":
			if k > s.TokStart && isApostrophe(d.TokenText(k-1)) {
				return true // "that's three times what"
			}
		}
	}
	return false
}

// ownPeople returns the names of the people of the place named n, lower
// case, that share no first letters with it ("palestinian" for "gaza").
func ownPeople(n string) []string { return names.PeopleOf(n) }
