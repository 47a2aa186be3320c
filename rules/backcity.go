package rules

import (
	"slices"
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/names"
)

// A sentence may count a city's crowd without naming the city, taking it
// up from the sentence before by a description: "Israeli armour gathers
// near Rafah. The border city, home to some 1.35 million uprooted
// Palestinians, waits on Cairo", "... are bivouacked in and around the
// town", "A city of 1.35 million uprooted people cannot be emptied on
// command". coref.go
// and citysubject.go read the described nouns a whole story may give a
// place ("a city where ...", a noun as the subject of "is home to"); the
// shapes here say less of what the noun holds, so they are read only as a
// back-reference, with strict guards:
//
//   - the antecedent is the sentence right before, in the same paragraph,
//     or, for a text's first sentence, the article line the text stands in
//     (its title): a story that has moved on, or a paragraph break, is no
//     antecedent;
//   - the antecedent names the metric's place and no rival: no other city
//     or town of names/within.yaml ("Strikes hit Rafah and Khan Younis
//     before dawn. The southern town, ..." could be either), and no other
//     name where a place stands (namesOnly: a capital for a government, a
//     people, an actor or an owner, a dateline in capitals are no rivals);
//   - no name stands before the noun in its own sentence (that would be
//     the noun's city), as describedCity holds for a story's city.
//
// The noun then stands for "in PLACE" (a keyword hit marked as a
// back-reference, which --explain names) and meets a sentence-wide scope
// that names the place (inScope, match.go). What the sentence counts is
// judged as beside any keyword: the dead, children, fighters and the size
// before the war stay out by the metric's excludes.

// backDescribed reports whether the place noun at token k of sentence s
// is described in a shape read only as a back-reference:
//
//   - it opens the sentence and an apposition after it says what it holds:
//     "The border city, home to ...";
//   - the people are put in it "in and around" (or "in and near") it after
//     a verb: "bivouacked in and around the town";
//   - "a city of N" with the people's noun, perhaps a modifier first,
//     after the figure: "A city of 1.35 million uprooted people".
func backDescribed(d *figures.Document, s *figures.Sentence, k int) bool {
	det := placeDeterminer(d, k)
	if det < 0 {
		return false
	}
	if det == afterSpeakerLabel(d, s) && k+3 < s.TokEnd && d.TokenText(k+1) == "," &&
		d.LowerTokenText(k+2) == "home" && d.LowerTokenText(k+3) == "to" {
		return true // "The border city, home to ..."
	}
	if det >= 4 && (d.LowerTokenText(det-1) == "around" || d.LowerTokenText(det-1) == "near") &&
		d.LowerTokenText(det-2) == "and" && d.LowerTokenText(det-3) == "in" {
		// "bivouacked in and around the town": a participle or a verb of
		// being in a place before the coordinated prepositions.
		v := d.TokenText(det - 4)
		return isLowerWord(v) && (strings.HasSuffix(v, "ing") || strings.HasSuffix(v, "ed") || presentBeing(v))
	}
	if k+2 < s.TokEnd && d.LowerTokenText(k+1) == "of" {
		// "A city of 1.35 million uprooted people": the figure starts
		// right after "of" and a plural noun follows it.
		fi := figureAt(d, k+2)
		if fi < 0 || !d.Figures[fi].Kind.IsAmount() {
			return false
		}
		fs, fe := d.FigureTokens(fi)
		if fs != k+2 {
			return false
		}
		for t := fe; t < s.TokEnd && t <= fe+1; t++ {
			if w := d.LowerTokenText(t); isLowerWord(d.TokenText(t)) && (pluralForm(w) || w == "people") {
				return true
			}
		}
	}
	return false
}

// backCity returns the place noun of sentence si (its token) that a
// described back-reference makes one of places, or -1.
func (st *docState) backCity(si int, places []phrase) int {
	d := st.d
	s := &d.Sentences[si]
	for k := s.TokStart + 1; k < s.TokEnd; k++ {
		if !placeNoun(d.TokenText(k)) || !backDescribed(d, s, k) {
			continue
		}
		det := placeDeterminer(d, k)
		if k+2 < s.TokEnd && d.LowerTokenText(k+1) == "of" && named(d, k+2) {
			continue // "the city of Khan Younis" names another
		}
		if w := d.LowerTokenText(max(det-1, s.TokStart)); det > s.TokStart && (w == "was" || w == "were") {
			continue // what the place was
		}
		if nameBefore(d, s, det) {
			continue
		}
		if st.antecedentNamesOnly(si, places) {
			return k
		}
	}
	return -1
}

// nameBefore reports whether a capitalised word other than the sentence's
// first word (after a speaker's label) or a plural demonym ("1.4m Gazans")
// stands in sentence s before token det.
func nameBefore(d *figures.Document, s *figures.Sentence, det int) bool {
	for t := afterSpeakerLabel(d, s) + 1; t < det; t++ {
		if named(d, t) && !pluralDemonym(d.TokenText(t)) {
			return true
		}
	}
	return false
}

// antecedentNamesOnly reports whether the antecedent of sentence si (the
// sentence before it in its paragraph, or, for the text's first sentence,
// the article line) names one of places and no other city of
// names/within.yaml. A question is no antecedent: its answer is read with
// it (questionBeforeAt), tense and all ("What sort of town was Rafah
// once? A border city of maybe 265,000 residents ...").
func (st *docState) antecedentNamesOnly(si int, places []phrase) bool {
	switch {
	case si > 0 && !st.d.Sentences[si].ParagraphStart:
		prev := &st.d.Sentences[si-1]
		return !endsInQuestion(st.d, prev) && st.namesOnly(st.d, prev, places)
	case si == 0 && st.article != "":
		// The article line comes lower-cased (docState.article): its
		// names are found by the lists alone, and its closing dateline
		// ("... kyiv —") is left out.
		ad := figures.Analyze(st.article)
		for i := range ad.Sentences {
			a := &ad.Sentences[i]
			if a.TokEnd > a.TokStart && isDash(ad.TokenText(a.TokEnd-1)) {
				continue // the dateline
			}
			if st.namesOther(ad, a, places) {
				return false
			}
		}
		return st.containsAnyPhrase(st.article, places)
	}
	return false
}

// namesOnly reports whether sentence s of document d names one of places
// and no rival: no other city of names/within.yaml, and no other name
// standing where a place stands ("Protesters filled Tel Aviv as ...",
// "Relief trucks queue at El Arish, west of Rafah": a city no list holds).
// A name that is no rival: the sentence's capitalised first word, a known
// country, region or capital (a government: "Cairo", "Israel"), a people
// ("Israeli", "Palestinians"), a name speaking or owning (followed by a
// verb of saying or an owner's "'s": "Netanyahu says", "Hamas's"), and words in
// capitals (a dateline: "KYIV —", "UN").
func (st *docState) namesOnly(d *figures.Document, s *figures.Sentence, places []phrase) bool {
	found := false
	for t := s.TokStart; t < s.TokEnd; t++ {
		if !named(d, t) || strings.ToUpper(d.TokenText(t)) == d.TokenText(t) {
			continue
		}
		if end := namedPlaceEnd(d, s, t, withinCities()); end >= 0 {
			if !st.containsAnyPhrase(strings.ToLower(d.Text[d.Tokens[t].Start:d.Tokens[end-1].End]), places) {
				return false // another city: "Rafah and Khan Younis"
			}
			found = true
			t = end - 1
			continue
		}
		end := t + 1
		for end < s.TokEnd && named(d, end) {
			end++ // the run of a name: "Tel Aviv", "El Arish"
		}
		name := d.Text[d.Tokens[t].Start:d.Tokens[end-1].End]
		switch {
		case st.containsAnyPhrase(strings.ToLower(name), places):
			found = true // a place of the metric no list holds
		case !rivalName(d, s, t, end, name):
		default:
			return false
		}
		t = end - 1
	}
	return found
}

// rivalName reports whether the name of tokens [t, end) of sentence s may
// be a place a described noun after the sentence takes up (namesOnly).
func rivalName(d *figures.Document, s *figures.Sentence, t, end int, name string) bool {
	if t == afterSpeakerLabel(d, s) && end == t+1 && !names.KnownPlace(name) {
		return false // a capitalised first word: "Protesters", "Relief"
	}
	if names.KnownPlace(name) || names.ListedDemonym(strings.ToLower(name)) || pluralDemonym(name) || demonymShape(name) {
		// A known place that is no city of the lists (those are read
		// before): a country, a territory, a continent, a capital.
		return false
	}
	if end < s.TokEnd {
		if ownerBefore(d, end+2) == end-1 {
			return false // an owner: "Hamas's"
		}
		if w := d.LowerTokenText(end); reportingVerb(w) || speakingVerb(w) || sayingVerb(w) {
			// A speaker: "Netanyahu says", "Washington warned". Not any
			// verb: a place may be a subject too ("Haifa hosts ...").
			return false
		}
	}
	return true
}

// namesOther reports whether sentence s of document d (lower-cased) names
// a city of names/within.yaml that is none of places.
func (st *docState) namesOther(d *figures.Document, s *figures.Sentence, places []phrase) bool {
	for t := s.TokStart; t < s.TokEnd; t++ {
		if end := namedPlaceEnd(d, s, t, withinCities()); end >= 0 {
			if !st.containsAnyPhrase(strings.ToLower(d.Text[d.Tokens[t].Start:d.Tokens[end-1].End]), places) {
				return true
			}
			t = end - 1
		}
	}
	return false
}

// withinCities are the places every region of names/within.yaml holds, in
// every spelling, longest first so that "Gaza City" is read before a
// shorter name at the same word.
var withinCities = sync.OnceValue(func() [][]string {
	var out [][]string
	for _, r := range regions() {
		out = append(out, r.within...)
	}
	slices.SortStableFunc(out, func(a, b []string) int { return len(b) - len(a) })
	return out
})

// backCityHits appends, for each keyword phrase "in PLACE" whose PLACE a
// described back-reference of sentence si stands for, a hit on the noun
// and its determiner, marked as a back-reference for --explain.
func (e *Engine) backCityHits(st *docState, si int, hits []hit) []hit {
	if len(e.inPlaces) == 0 {
		return hits
	}
	for _, ref := range e.inPlaces {
		place, ok := e.placeOfInPhrase(ref)
		if !ok {
			continue
		}
		if k := st.backCity(si, []phrase{place}); k >= 0 {
			ref.back = true
			hits = append(hits, hit{ref: ref, start: placeDeterminer(st.d, k), end: k + 1})
		}
	}
	return hits
}

// auxiliaryWithoutBe reports whether token k of sentence s, right after a
// "there", is an auxiliary or a modal with no "be" or "been" in the two
// words after it: an existential "there" needs one ("there have been",
// "there may well be"), so the "there" is a place and the auxiliary the
// verb of a subject before it ("Gazans who sought safety there have run out",
// "those who stayed there will starve"; placeback.go placeThere).
func auxiliaryWithoutBe(d *figures.Document, s *figures.Sentence, k int) bool {
	if w := d.LowerTokenText(k); beForm(w) || !auxiliary(w) && !modalWord(w) {
		return false
	}
	for t := k + 1; t < s.TokEnd && t <= k+2; t++ {
		if w := d.LowerTokenText(t); w == "be" || w == "been" {
			return false
		}
	}
	return true
}

// ownerApostrophe reports whether the apostrophe at token b, right after
// a name, may make the name an owner ("Rafah's crossing", "Younis'
// streets"): it is joined to the name. A quotation that opens after the
// name stands apart from it ("troops will push into Rafah 'whatever the
// talks bring'"),
// and a "there" after it may point back to the name.
func ownerApostrophe(d *figures.Document, b int) bool {
	return b > 0 && isApostrophe(d.TokenText(b)) && d.Tokens[b].Start == d.Tokens[b-1].End
}
