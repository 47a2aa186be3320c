package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure may count a part of the metric's own people, named by a part of
// its place or by the place as the whole: "Some 470,000 of Rafah's
// displaced are packed into UNRWA schools" (a part of the place's
// displaced), "North Darfur alone counts 1.7 million displaced" (a region
// the sentence marks with "alone"), "Zamzam camp was home to some 500,000
// displaced people" (one named camp). Each is read from the phrase's
// shape: "N of PLACE's <keyword>" with the place a scope word, a name
// followed by "alone" that is no scope word, a name before "camp" as the
// figure's subject. "1.4 million of Gaza's displaced are in Rafah" (the
// owner a wider place) and "Sudan alone counts 10 million displaced" (the
// metric's own place) stay.

// placePart reports whether figure fi of sentence s counts a part of the
// metric's place's people: ownPlacePart, alonePart, campPart,
// controlPart (controlpart.go) or a bracketed place's count
// (bracketplace.go).
// A sentence with no "alone" or no "camp" (placeMarks) is passed over by
// the reading that needs it.
func (m *metric) placePart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	mk := st.placeMarks(s)
	return m.ownPlacePart(st, s, hits, fi) || mk.alone && m.alonePart(st, s, fi) || mk.camp && m.campPart(st, s, fi) || mk.control && m.controlPart(st, s, fi) || mk.compass && m.compassAfterPart(st, s, hits, fi) || m.placeAppositionPart(st, s, fi) || m.bracketedPlacePart(st, s, hits, fi) ||
		m.spec.Total && (m.townPart(st, s, hits, fi) || m.pointedPart(st, s, fi) || m.whereNamePart(st, s, hits, fi) || m.regionOwnerPart(st, s, hits, fi) || m.frontedPart(st, s, hits, fi) ||
			m.kindLabelPart(st, s, hits, fi) || m.recordingPart(st, s, hits, fi))
}

// ownPlacePart reports whether figure fi is "N of PLACE's <keyword>" (partOf)
// with the owner one of the metric's scope words: a part of the very
// people the metric counts, not their number.
func (m *metric) ownPlacePart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	if len(m.scope) == 0 {
		return false
	}
	d := st.d
	_, fe := d.FigureTokens(fi)
	var buf [64]byte
	for _, h := range hits {
		if h.ref.role != roleKeyword || !partOf(d, fe, h) {
			continue
		}
		for k := fe + 1; k < h.start; k++ {
			if d.Tokens[k].IsWord() && named(d, k) && m.scopeAt(st, s, k, lowerInto(&buf, d.TokenText(k))) {
				return true
			}
		}
	}
	return false
}

// alonePart reports whether a phrase fronted before the sentence's first
// comma marks a place "alone" (frontedAlone), or a capitalised name
// followed by "alone" stands in figure fi's clause, before the figure or after it up to a comma (or
// a list's bar, slash or bullet), and
// no word of the name is one of the metric's scope words: a part of the
// place marked as such, the place after "in" ("1.7 million in North Darfur
// alone") or the clause's subject ("North Darfur alone counts 1.7
// million"). For a running total the name may carry the kind of place
// after it ("in Hatay province alone"). A month is a time, not a place
// ("In April alone": period.go reads it).
func (m *metric) alonePart(st *docState, s *figures.Sentence, fi int) bool {
	d := st.d
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if runningTotalPastPart(d, s, fi) || m.aloneSpareWhole(d, s, fi) {
		return false // the whole a part marked "alone" is brought to or taken of (runningpart.go, alonewhole.go)
	}
	if m.frontedAlone(st, s, fs) {
		return true
	}
	// Twelve words after the figure, or after the whole's phrase a part
	// is taken of ("20,000 of the 2.3 million people in the Gaza Strip
	// have been killed in Khan Younis alone": partPredicateFrom); a hyphen
	// or an apostrophe is no word ("in Syria's rebel-held north-west
	// alone").
	end := max(fe, figurePredicateFrom(d, s, fi))
	for words := 0; end < s.TokEnd && words < 12; end++ {
		if w := word(end); w == "," || w == ";" || w == ":" || w == "—" || slashItem(w) {
			break
		} else if w != "-" && !isApostrophe(w) {
			words++
		}
	}
	for k := clauseStartWithSubject(d, s, fs) + 1; k < end; k++ {
		if k >= fs && k < fe || word(k) != "alone" {
			continue
		}
		if speakerAlone(d, s, k, fs) {
			return true // "the hospital said it alone had received 187 bodies" (speakeralone.go)
		}
		last := k - 1
		if m.spec.Total && last > s.TokStart && placeKindNoun(word(last)) && named(d, last-1) {
			// The kind of place after its name: "Hatay province alone",
			// "the Kharkiv region alone" is a part of a running total. (A
			// count that is no total may take the part: "Sindh has 120
			// camps, 40 of them in Larkana district alone", vague_part.yaml.)
			last--
		}
		if p := m.regionAloneAfterIn(st, s, clauseStartWithSubject(d, s, fs)+1, k); p >= 0 {
			return k < fs || !joinedOwnAdjunct(d, s, fe, p) // "in Gaza City alone", "in Syria's north-west alone" (aloneinphrase.go)
		}
		if !named(d, last) || monthNumber(word(last)) > 0 || !m.nameOutsideScope(st, s, last) {
			continue
		}
		// The name is the place a part is counted in ("in North Darfur
		// alone") or the clause's subject ("North Darfur alone counts"),
		// not the object of another noun ("an act of God alone") nor a
		// fronted participle ("Taken alone, the figure ...").
		j := last
		for j > s.TokStart {
			if named(d, j-1) {
				j-- // "North Darfur"
			} else if j-2 >= s.TokStart && d.TokenText(j-1) == "-" && d.Tokens[j-2].IsWord() {
				j -= 2 // "Tal al-Sultan"
			} else {
				break
			}
		}
		before := ""
		if j > s.TokStart {
			before = word(j - 1)
		}
		if j > s.TokStart && (before == "s" || isApostrophe(before)) {
			// An owned place: "in the northern Gaza Strip's Jabalia camp
			// alone" (aloneinphrase.go).
			if p := placePhraseIn(d, clauseStartWithSubject(d, s, fs)+1, j); p >= 0 {
				j, before = p+1, word(p)
			}
		}
		switch before {
		case "in", "at", "within", "inside":
			// After joined verbs, the adjunct is the earlier verb's too
			// unless that verb's clause has a place or time of its own
			// (joinedadjunct.go).
			return k < fs || !joinedOwnAdjunct(d, s, fe, j-1)
		}
		if (j == clauseStartWithSubject(d, s, fs) || j == afterStamp(d, s) || before == "the" && j-1 == clauseStartWithSubject(d, s, fs)) && word(k+1) != "," {
			return true
		}
	}
	return false
}

// frontedAlone reports whether sentence s opens, before token fs, with a
// phrase that places the whole sentence in a part marked "alone": "In
// Khan Younis alone, local officials tell us, about five thousand people
// have been killed", "At Zamzam camp alone, ...". The phrase frames every
// clause after its comma, asides and all, up to a semicolon: the clause
// after one is framed on its own ("At that hospital alone, dozens died;
// across Gaza, the ministry says 38,000 people have been killed").
func (m *metric) frontedAlone(st *docState, s *figures.Sentence, fs int) bool {
	d := st.d
	word := sentenceWords(d, s)
	p := sentenceOpening(d, s)
	if m.frameEndsBefore(st, s, p, fs) {
		return false
	}
	switch word(p) {
	case "in", "at", "within", "inside":
	default:
		return false
	}
	if compassAlone(d, s, p, fs) {
		return true // "In the rebel-held north-west alone," (compassalone.go)
	}
	k := p + 1
	if a := pointedPlace(word, k, fs); a >= 0 {
		// "In this one camp alone, Zamzam, ...": a name in apposition
		// says which place is pointed to, and the metric's own is no part
		// ("In this one city alone, Rafah, ...").
		last := a + 2
		for last+1 < fs && named(d, last+1) {
			last++
		}
		return !named(d, a+2) || m.nameOutsideScope(st, s, last)
	}
	if word(k) == "the" {
		k++
	}
	first, last := k, -1
	for ; k < fs && k <= p+6; k++ {
		if word(k) == "alone" {
			break
		}
		if named(d, k) || word(k) == "-" || m.spec.Total && (placeKindNoun(word(k)) || placeNouns[word(k)]) && last >= 0 {
			if named(d, k) {
				last = k
			}
			continue
		}
		return false
	}
	if last < 0 || k+1 >= fs || word(k) != "alone" || word(k+1) != "," || monthNumber(word(last)) > 0 {
		return false
	}
	// A place the metric's own holds is its part, though its name holds
	// a scope word ("In Gaza City alone", names/within.yaml).
	return m.nameOutsideScope(st, s, last) || m.innerPlaceIn(d, s, first, last+1)
}

// pointedPlace returns the "alone" that closes, with a comma, a place noun
// pointed to by "this" or "that" (perhaps "one") from token k, before
// token fs: "In this one camp alone, ...", "At that hospital alone, ...";
// or -1. The metric's own place is named, never pointed to, so the phrase
// frames a part, unless a name in apposition says it is the metric's own.
func pointedPlace(word func(int) string, k, fs int) int {
	if w := word(k); w != "this" && w != "that" {
		return -1
	}
	k++
	if word(k) == "one" || word(k) == "single" {
		k++
	}
	if k+2 < fs && (placeNouns[word(k)] || placeKindNoun(word(k)) || word(k) == "hospital" || word(k) == "shelter") && word(k+1) == "alone" && word(k+2) == "," {
		return k + 1
	}
	return -1
}

// frameEndsBefore reports whether a clause between the fronted phrase at
// token p and token fs is framed on its own: one after a semicolon ("At
// that hospital alone, dozens died; across Gaza, the ministry says 38,000
// ..."), or one a conjunction joins after a comma that names the metric's
// own place ("In Khan Younis alone, 300 bodies were brought in, while the
// toll across Gaza passes 40,000"): the part's frame does not reach it.
func (m *metric) frameEndsBefore(st *docState, s *figures.Sentence, p, fs int) bool {
	d := st.d
	word := sentenceWords(d, s)
	var buf [64]byte
	joined := false
	for k := p; k < fs; k++ {
		switch w := word(k); {
		case w == ";":
			return true
		case w == "," && k+1 < fs && clauseJoiner(word(k+1)):
			joined = true
		case joined && named(d, k) && m.scopeAt(st, s, k, lowerInto(&buf, d.TokenText(k))):
			return true
		}
	}
	return false
}

// clauseJoiner reports whether lower-cased w, after a comma, joins a
// clause of its own: "while", "whereas", "but", "and", "yet".
func clauseJoiner(w string) bool {
	return w == "but" || w == "and" || w == "yet" || subordinatingWord(w) && w != "when"
}

// placeKindNoun reports whether lower-cased w names a kind of place that
// may follow a place's name: "Hatay province", "Donetsk region", "North
// Darfur state".
func placeKindNoun(w string) bool {
	switch w {
	case "province", "region", "state", "district", "county", "governorate", "oblast", "city", "town", "area", "prefecture":
		return true
	}
	return false
}

// nameOutsideScope reports whether the capitalised name ending at token
// last (its words back to the first that is not capitalised) holds none of
// the metric's scope words, nor the owner of its units.
func (m *metric) nameOutsideScope(st *docState, s *figures.Sentence, last int) bool {
	d := st.d
	var buf [64]byte
	for k := last; k >= s.TokStart && named(d, k); k-- {
		w := lowerInto(&buf, d.TokenText(k))
		if m.scopeAt(st, s, k, w) || string(w) == m.unitOwner {
			return false
		}
	}
	return true
}

// campPart reports whether figure fi's clause, before it, names one camp
// by name ("Zamzam camp, near El Fasher, was home to some 500,000", "the
// Kalma Camp now shelters 200,000"): a capitalised name, no article ("The
// camp count ..."), right before the singular "camp", no scope word in
// the name. One camp's people are a
// part of a place's.
func (m *metric) campPart(st *docState, s *figures.Sentence, fi int) bool {
	d := st.d
	fs, _ := d.FigureTokens(fi)
	from := clauseStartWithSubject(d, s, fs) + 1
	if l := labelCamp(d, s, fs); l >= 0 {
		from = l // a label line's subject: "Fact box — Zamzam camp: ...; at least 400,000 displaced"
	}
	for k := from; k < fs; k++ {
		if !strings.EqualFold(d.TokenText(k), "camp") || !named(d, k-1) || determiner(strings.ToLower(d.TokenText(k-1))) || k+1 < s.TokEnd && d.TokenText(k+1) == "-" {
			continue
		}
		if m.nameOutsideScope(st, s, k-1) {
			return true
		}
	}
	return false
}

// labelCamp returns the token of "camp" when a label line opens with a
// camp's name before a colon ("Fact box — Zamzam camp: population ...;
// at least 400,000 displaced"), ahead of token fs: each item of the line
// is the camp's. Otherwise -1.
func labelCamp(d *figures.Document, s *figures.Sentence, fs int) int {
	for k := s.TokStart + 1; k+1 < fs; k++ {
		if d.TokenText(k+1) == ":" && strings.EqualFold(d.TokenText(k), "camp") {
			return k
		}
	}
	return -1
}

// townPart reports whether figure fi's clause, after it, places its people
// in a part of a running total's place: "in the city", "in this town",
// "in the camp", a place the sentence named before and points back to
// ("some 250,000 displaced people live in the city"), or a place it names
// there with the kind of place ("killed in the Zaporizhzhia region",
// "in Kherson province", "in Türkiye's eleven affected provinces":
// namedPart, namedpart.go). The clause ends at a comma, a conjunction or
// another count: "12,000 killed, including 1,100 in the Kharkiv region"
// leaves the whole.
func (m *metric) townPart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	d := st.d
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe; k+2 < s.TokEnd && k < fe+12; k++ {
		switch word(k) {
		case ",", ";", ":", "—", "and", "but", "while", "including", "among":
			return false
		case "in", "inside", "within":
		case "across", "throughout":
			if m.namedPart(st, s, hits, k+1) {
				return true
			}
			continue
		default:
			if gi := figureIn(d, s, k); gi >= 0 && gi != fi && d.Figures[gi].Kind == d.Figures[fi].Kind {
				return false // another count's place: "1,100 civilians, 40 of them in Kherson province"
			}
			if partPredicateVerb(word(k)) && wholeOfPart(d, s, fi) {
				return false // the part's predicate: "3,000 of the 11,300 deaths were in the Donetsk region" (wholephrase.go)
			}
			continue
		}
		if m.namedPart(st, s, hits, k+1) {
			return true
		}
		switch word(k + 1) {
		case "the", "this", "that":
		default:
			continue
		}
		if pointedPlaceNoun(word(k + 2)) {
			if word(k+2) == "province" && m.pointsToOwnPlace(d, s, k) {
				return false // "in the province" is the story's own province (pointedown.go)
			}
			return k+3 >= s.TokEnd || word(k+3) != "of" && word(k+3) != "and" && word(k+3) != "or"
		}
	}
	return false
}

// pointedPlaceNoun reports whether lower-cased w, after "in the", points
// back to one place a sentence named: "the city", "the camp", "the
// district". It is narrower than placeKindNoun: "in the area", "in the
// region", "in the state" name no one place a running total holds
// (reading them as placeKindNoun does changes answers).
func pointedPlaceNoun(w string) bool {
	switch w {
	case "city", "town", "village", "camp", "province", "district":
		return true
	}
	return false
}
