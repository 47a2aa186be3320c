package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The count of another place's event, read figure by figure: "Syria's
// civil war had forced about 13 million people from their homes" in a
// story on Sudan. otherevent.go reads the sentence-wide case (a demonym
// or owner before the scope word); this file reads what a figure's own
// clause says its event is, and the clause shapes (asides, appositions,
// labels) that reading passes over.

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
// the clause may be a relative one on the event ("..., in which"). A
// figure that restates the one right before it across a comma ("cost
// about 500,000 lives, 600,000 or more by some counts", "left 69,000
// dead, 87,000 counting the missing") is that figure's event's too. The
// event is one of the metric's scope words or a noun of war or disaster.
func (m *metric) eventOfOtherPlace(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 {
		return false // no place of its own, so no foreign owner or demonym (foreignName)
	}
	d := st.d
	if fi > s.FigStart && restatedAfterComma(d, fi-1, fi) && !m.scopeNameInPhrase(d, s, fi) && m.eventOfOtherPlace(st, s, fi-1) {
		return true // "Syria's civil war cost about 500,000 lives, 600,000 or more by some counts"
	}
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
		case m.foreignOwner(d, k) && m.personOwnsOwnEvent(d, s, k, fs):
			continue // "Putin's war has now cost more than 11,000 Ukrainian civilians their lives" (personowner.go)
		case m.foreignOwner(d, k), m.foreignCountryOwner(d, s, k):
			first = k + 3
		case k > s.TokStart && m.foreignDemonym(d.TokenText(k)):
			first, demonym = k+1, true
		case k == s.TokStart && listedDemonym(d.TokenText(k)) && m.foreignName(d.TokenText(k)):
			// A headline drops the article: "Tigray war displaced 2.5
			// million". Any first word is capitalised, so only a listed
			// demonym (names/demonyms.yaml), not its shape, names a
			// people there.
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

// foreignCountryOwner reports whether token k, in the possessive, ends a
// listed country's name of several words that are not all the metric's
// own: "South Sudan's" for a metric of Sudan, whose last word alone
// foreignOwner takes for the metric's place.
func (m *metric) foreignCountryOwner(d *figures.Document, s *figures.Sentence, k int) bool {
	if !named(d, k) || !ownsNext(d, hit{start: k, end: k + 1}) {
		return false
	}
	c := longestCountryBefore(d, s, k+1)
	return c >= s.TokStart && c < k && m.foreignCountryName(d, c, k+1)
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
// ...", "larger even than Syria's, where 13 million were uprooted", a part
// the country owns ("Nigeria's own north-east, where ..."), "Not
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
	} else if o := ownerBefore(d, ownedRegionStart(d, s, k)); o >= s.TokStart {
		c = o // "Nigeria's own north-east, where"
	} else if t := countryTimeBefore(d, s, k); t >= s.TokStart {
		c = t // "Syria at its worst, when" (countryatitsworst.go)
	}
	return c >= s.TokStart && m.foreignCountry(d, s, c)
}

// ownedRegionStart returns the first token of the lower-case words (at
// most four tokens, hyphens and an "own" among them) that close before the
// comma at token k right after an owner's 's: a part of that owner
// ("Nigeria's own north-east,", "Syria's north-west,"). Else k. An edge
// of the owner is no part inside it: "Rafah, on Egypt's border, where
// more than a million have fled" speaks of the place at the edge.
func ownedRegionStart(d *figures.Document, s *figures.Sentence, k int) int {
	for t := k - 1; t > s.TokStart && k-t <= 4 && (isLowerWord(d.TokenText(t)) || d.TokenText(t) == "-"); t-- {
		if edgeNoun(d.LowerTokenText(t)) {
			return k
		}
		if d.TokenText(t) != "-" && ownerBefore(d, t) >= s.TokStart {
			return t
		}
	}
	return k
}

// edgeNoun reports whether lower-cased w names a country's edge:
// "border", "frontier", "boundary".
func edgeNoun(w string) bool {
	switch w {
	case "border", "borders", "frontier", "frontiers", "boundary":
		return true
	}
	return false
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
// amount (a span or a date may stand: "That war, which lasted 50 days,
// killed"). Otherwise -1.
func subjectAsideOpen(d *figures.Document, s *figures.Sentence, k, fs int) int {
	if k+1 >= fs || !subjectVerbAfter(d, k+1) {
		return -1
	}
	for j := k - 1; j > s.TokStart && j >= k-sourceAsideWords-1; j-- {
		if fj := figureAt(d, j); fj >= 0 {
			if d.Figures[fj].Kind.IsAmount() {
				return -1
			}
			continue // a span or a date is no amount: "That war, which lasted 50 days, killed"
		}
		switch w := d.TokenText(j); {
		case w == ",":
			if j < k-1 && d.Tokens[j-1].IsWord() && (j >= k-9 || sourceAsideOpens(d, j+1)) {
				return j
			}
			return -1
		case !d.Tokens[j].IsWord() && !isApostrophe(w):
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

// scopeNameInPhrase reports whether a one-word scope place of the metric
// stands after figure fi before the next comma or the sentence's end: a
// restatement that names the metric's own place ("N dead there, M across
// both Turkey and Syria") is no longer the other place's.
func (m *metric) scopeNameInPhrase(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for t := fe; t < s.TokEnd && d.TokenText(t) != ","; t++ {
		if named(d, t) && m.scopeName(d.TokenText(t)) {
			return true
		}
	}
	return false
}
