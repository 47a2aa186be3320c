package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A running total counts its whole place; a figure its own clause places
// in a named part of that place counts the part. The part is read from
// the phrase's shape, not from a list of places: a name with the kind of
// place after it ("killed in the Zaporizhzhia region", "in Kherson
// province", "in the Donetsk and Luhansk regions"), a place's own kinds
// of place after its name as owner ("in Türkiye's eleven affected
// provinces": one country's share of a two-country toll), or a name a
// "where" clause holding the figure hangs on ("survivors in Idlib, where
// the earthquake killed more than 4,500"). The name is a part when the
// metric's exclude_near names it (a part the metric's author listed:
// Türkiye for the quake's toll), or when none of its words is a scope
// word or one of the metric's own places (ownPlaces: the names its words
// give, a country or a place of names/within.yaml among them); otherwise
// it is the whole ("in the Gaza Strip" has no kind noun, "across
// Ukraine's regions", "across Sudan's 18 states" are the metric's own
// place). A metric that names no place of its own has no parts to tell.
// townPart
// (placepart.go) asks namedPart after each "in" of the figure's clause;
// placePart asks whereNamePart.

// placeNameOpening returns where the name of the place phrase opening at
// token j of sentence s starts and ends, past "the" and a compass word
// ("the southern Kherson region": Kherson, up to the kind of place); ok
// false when no name opens it or a kind of place stands alone ("in the
// Region"). namedPart and namedPartBeforeVerb (keywordplace.go) read it.
func placeNameOpening(d *figures.Document, s *figures.Sentence, j int) (start, end int, ok bool) {
	if j < s.TokEnd && d.LowerTokenText(j) == "the" {
		j++
	}
	if j < s.TokEnd {
		j = compassEnd(d, j)
	}
	if j >= s.TokEnd || !named(d, j) {
		return 0, 0, false
	}
	e := placeNameEnd(d, s, j)
	return j, e, e > j
}

// namedPart reports whether the place phrase opening at token j of
// sentence s (the word after "in" or "across") names a part of the
// metric's place: "the Zaporizhzhia region", "Kherson province", "the
// southern Kherson region", "Turkey's Hatay province", "the Donetsk and
// Luhansk regions", "Türkiye's eleven affected provinces".
func (m *metric) namedPart(st *docState, s *figures.Sentence, hits []hit, j int) bool {
	d := st.d
	word := sentenceWords(d, s)
	j, e, ok := placeNameOpening(d, s, j)
	if !ok {
		return false
	}
	if ownsNext(d, hit{start: j, end: e}) && e+2 < s.TokEnd {
		t := e + 2
		if named(d, t) {
			return m.namedPart(st, s, hits, t) // "Turkey's Hatay province"
		}
		// "Türkiye's eleven affected provinces", "Ukraine's regions": the
		// owner's places, a part when the owner is.
		for n := 0; t < s.TokEnd && n < 6; t, n = t+1, n+1 {
			if placeKindNouns(word(t)) {
				return m.partName(st, s, hits, j, e)
			}
			if !d.Tokens[t].IsWord() && word(t) != "-" || named(d, t) {
				return false
			}
		}
		return false
	}
	switch w := word(e); {
	case placeKindNoun(w):
		return kindEnds(d, s, e+1) && m.partName(st, s, hits, j, e)
	case w == "and" || w == ",":
		// "the Donetsk and Luhansk regions": two parts.
		k := compassEnd(d, e+1)
		if k >= s.TokEnd || !named(d, k) {
			return false
		}
		f := placeNameEnd(d, s, k)
		return f > k && placeKindNouns(word(f)) && kindEnds(d, s, f+1) && m.partName(st, s, hits, j, e) && m.partName(st, s, hits, k, f)
	}
	return false
}

// sayingNoun reports whether a word of saying ("estimates", "reports")
// between prev and next is a noun, the subject of the "where" clause
// rather than its verb: right after "where" or an article, or before
// "of" ("where estimates of the dead run as high as 600,000", "where the
// reports put ..."). The clause then places the count, not a speaker.
// (where_estimates_noun.yaml)
func sayingNoun(prev, next string) bool {
	switch prev {
	case "where", "the", "some", "most", "official", "local":
		return true
	}
	return next == "of"
}

// whereNamePart reports whether figure fi stands in a "where" clause that
// hangs on a name (perhaps with its kind of place) that names a part of
// the metric's place: "survivors in Idlib, where the earthquake killed
// more than 4,500 people", "the war reached Kassala, where about 300,000
// displaced people have arrived". A clause that reports a claim ("in
// Geneva, where it said ...") places the speakers, not the figure (a
// word of saying that is the clause's subject, "where estimates of the
// dead run ...", is no such verb: sayingNoun); a
// figure past the clause's end ("Rescue teams in Idlib, where shelling
// goes on, say ...") is not in it.
func (m *metric) whereNamePart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	d := st.d
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	said := -1
	for k := fs - 1; k >= s.TokStart+2 && k >= fs-12; k-- {
		w := word(k)
		switch w {
		case ",", ";", ":", "—", "(", ")":
			return false
		case "where":
		default:
			if _, says := sayingVerbs[w]; says && !sayingNoun(word(k-1), word(k+1)) {
				said = k
			}
			continue
		}
		if said >= 0 && !claimOfListedPart(d, s, hits, k, said) {
			return false
		}
		if word(k-1) != "," || whereClauseWhole(d, k+1, fs) || countriesJoined(d, s, k+1, fs) || addedCountryAfter(d, s, fi) {
			return false // the clause's count is the whole (wherewhole.go)
		}
		last := k - 2
		if placeKindNoun(word(last)) {
			last-- // "Hatay province, where"
		}
		if !named(d, last) {
			return false
		}
		if wholeWordsIn(d, fs, whereClauseEnd(d, s, fs), true) || m.joinedWholeName(st, s, nameStart(d, s.TokStart, last), last+1) {
			return false // the whole's words after the figure, or the whole's own name (wherewhole.go)
		}
		return m.partName(st, s, hits, nameStart(d, s.TokStart, last), last+1)
	}
	return false
}

// partName reports whether the name at tokens [j, e) of sentence s names
// a part of the metric's place: an exclude_near word of the metric stands
// in it, or the metric names places of its own (ownPlaces, othercountry.go)
// and none of the name's words is one of them, a scope word, the owner of
// its units, a month or a day ("at the fairground on Sunday, where ..."
// hangs on the place before the day); or the name is one names/within.yaml lists inside
// the metric's place, though a word of it be a scope word ("in Port Sudan,
// where N uprooted families stay").
func (m *metric) partName(st *docState, s *figures.Sentence, hits []hit, j, e int) bool {
	for _, h := range hits {
		if h.ref.role == roleNear && h.start >= j && h.start < e {
			return true
		}
	}
	if len(m.places) == 0 {
		return false // a metric that names no place has no parts to tell: "People killed in the war"
	}
	d := st.d
	for _, r := range m.regions {
		for k := j; k < e; k++ { // a capitalised word may open the name: "In Port Sudan"
			if namedPlaceEnd(d, s, k, r.within) == e {
				return true // a place inside the metric's, whatever word of its own it holds: "Port Sudan"
			}
		}
	}
	var buf [64]byte
	for k := j; k < e; k++ {
		if !d.Tokens[k].IsWord() {
			continue
		}
		w := lowerInto(&buf, d.TokenText(k))
		if m.scopeAt(st, s, k, w) || string(w) == m.unitOwner || slices.Contains(m.places, string(w)) || monthNumber(string(w)) > 0 || calendarName(string(w)) {
			return false
		}
	}
	return true
}

// placeNameEnd returns the token after the name that opens at token j of
// sentence s: its capitalised words and the hyphened parts between them
// ("Kryvyi Rih", "Deir al-Balah"), up to a kind of place ("Hatay
// Province").
func placeNameEnd(d *figures.Document, s *figures.Sentence, j int) int {
	e := j
	for e < s.TokEnd {
		switch {
		case named(d, e) && !placeKindNoun(strings.ToLower(d.TokenText(e))):
			e++
		case e > j && e+1 < s.TokEnd && d.TokenText(e) == "-" && !d.Tokens[e].Space && d.Tokens[e+1].IsWord() && !d.Tokens[e+1].Space:
			e += 2
		default:
			return e
		}
	}
	return e
}

// placeKindNouns reports whether lower-cased w is a plural kind of place:
// "provinces", "regions", "counties".
func placeKindNouns(w string) bool {
	if w == "counties" || w == "cities" {
		return true
	}
	return len(w) > 1 && w[len(w)-1] == 's' && placeKindNoun(w[:len(w)-1])
}

// kindEnds reports whether the place phrase ends before token n of
// sentence s: at the sentence's end, a mark, or a word that opens what
// follows a place ("since", "alone", "where", "and" another part, a verb of
// saying), not
// a noun the place phrase modifies ("in Islamic State attacks", "the
// Kharkiv region's governor").
func kindEnds(d *figures.Document, s *figures.Sentence, n int) bool {
	if n >= s.TokEnd {
		return true
	}
	if !d.Tokens[n].IsWord() {
		return !ownsNext(d, hit{start: n - 1, end: n})
	}
	w := d.LowerTokenText(n)
	if (w == "and" || w == "or") && n+1 < s.TokEnd && joinsRest(d, n+1) {
		return false // "across Hatay province and ten others": the rest too
	}
	if _, says := sayingVerbs[w]; says {
		return true
	}
	switch w {
	case "alone", "where", "or", "as", "over", "until", "so", "according", "amid", "following", "because", "under":
		return true
	}
	return prepositions[w] || linkWords[w]
}

// joinsRest reports whether the words at token k, after "and", add the
// rest of a place to a part of it: "and ten others", "and ten other
// provinces", "and other provinces", "and the rest of the country", "and across the country",
// "and elsewhere".
func joinsRest(d *figures.Document, k int) bool {
	if fi := figureAt(d, k); fi >= 0 {
		// "and ten others", not "and 11,300 elsewhere": a count of
		// places, not another count of people.
		_, fe := d.FigureTokens(fi)
		w := ""
		if fe < len(d.Tokens) {
			w = d.LowerTokenText(fe)
		}
		return w == "other" || w == "others" || placeKindNouns(w)
	}
	switch d.LowerTokenText(k) {
	case "other", "others", "across", "beyond", "elsewhere", "throughout", "nationwide":
		return true
	case "the":
		return k+1 < len(d.Tokens) && d.LowerTokenText(k+1) == "rest"
	}
	return false
}
