package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A "where" that points back to a place says what a keyword phrase "in
// PLACE" says: "Rafah, where about 1.2 million people now live", "Rafah
// is where some 1.4 million are staying", "Rafah, in the south, that's
// where about one point two million people are". The people of the
// clause are the people in the place. The place is the name right before
// ", where" or before "is where" ("'s where"), or, for "that", "it" or
// "this" before them, the last name the sentence gives before the
// pronoun. A "where" after any other word ("the camp where", "says
// where") points back to no name, and gives no hit. A clause that holds a
// keyword of the metric already ("Rafah, where 1.4 million are
// sheltering") is read by that keyword, as it was before, and one that
// holds an exclude_near word ("where 275,000 people lived before the
// war", "where 45 people were killed") by that word.

// whereHits appends, for each keyword phrase "in PLACE", a hit on a
// "where" that points back to PLACE (wherePlace). The hit covers the word.
func (e *Engine) whereHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.inPlaces) == 0 {
		return hits
	}
	d := st.d
	for k := s.TokStart + 2; k < s.TokEnd; k++ {
		if d.LowerTokenText(k) != "where" || !isLowerWord(d.TokenText(k)) {
			continue
		}
		place := wherePlace(d, s, k)
		if place < 0 {
			continue
		}
		from := k + 1
		for from < s.TokEnd && (d.TokenText(from) == "," || filler(d.LowerTokenText(from))) {
			from++ // "where, uh, something like a million and a half are sheltering"
		}
		n := len(hits)
		hits = e.inPlaceHits(d, s, place, k, k+1, hits)
		hits = dropNamedInClause(hits, n, from, clauseEnd(d, s, from))
	}
	return hits
}

// "There" after a verb points back the same way: "Why are so many people
// in Rafah? Because the evacuation orders pushed people south, and roughly
// 1.3 million now live there". The place is the last name before it in its
// sentence that owns nothing ("Israel's evacuation orders" names an actor,
// not a place), speaks for no one ("UN agencies estimate": speakerName),
// names no day or month ("on Monday"), or, when the sentence names none, the last name of the
// question it answers. An existential "there" ("there are 1.4 million
// people in the city") and "from there", "out there" point back to no
// place where the people are.

// thereHits appends, for each keyword phrase "in PLACE", a hit on a
// "there" that points back to PLACE (therePlace), unless its clause holds
// a keyword or an exclude_near word of the metric already.
func (e *Engine) thereHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.inPlaces) == 0 {
		return hits
	}
	d := st.d
	for k := s.TokStart + 2; k < s.TokEnd; k++ {
		if d.TokenText(k) == "it" {
			if place := inItPlace(d, s, k); place >= 0 {
				n := len(hits)
				hits = e.inPlaceHits(d, s, place, k-1, k+1, hits)
				hits = dropNamedInClause(hits, n, clauseStart(d, s, k), clauseEnd(d, s, k))
			}
			continue
		}
		if d.TokenText(k) != "there" {
			continue
		}
		sent, place := therePlace(d, s, k)
		if place < 0 {
			continue
		}
		n := len(hits)
		hits = e.inPlaceHits(d, sent, place, k, k+1, hits)
		hits = dropNamedInClause(hits, n, clauseStart(d, s, k), clauseEnd(d, s, k))
	}
	return hits
}

// dropNamedInClause drops the hits appended after hits[:n] whose metric
// already has one of hits[:n] in tokens [from, end): a clause that names
// its count in words needs no pointer back to a place.
func dropNamedInClause(hits []hit, n, from, end int) []hit {
	for i := len(hits) - 1; i >= n; i-- {
		if metricHitIn(hits[:n], int(hits[i].ref.metric), from, end) {
			hits = append(hits[:i], hits[i+1:]...)
		}
	}
	return hits
}

// isClauseMark reports whether t is a mark that ends a clause.
func isClauseMark(t string) bool {
	switch t {
	case ",", ";", ":", "—", "–":
		return true
	}
	return false
}

// "In it" after a verb's object points back as "there" does: "Rafah has
// changed past all recognition: relief agencies count 1.27 million people
// in it" (in_it_place.yaml). The place is the name heading an earlier
// clause as its subject (clauseSubjectName, as "now it holds" reads it: holds.go),
// with no other name between; a clause opened by a noun of its own ("and
// the stadium has 20,000 people in it") gives the pronoun that noun to
// stand for, and points back to no place.

// inItPlace returns the last token of the name that "it" at token k, after
// "in" or "inside", points back to, or -1.
func inItPlace(d *figures.Document, s *figures.Sentence, k int) int {
	if k-1 <= s.TokStart {
		return -1
	}
	if w := d.TokenText(k - 1); w != "in" && w != "inside" {
		return -1
	}
	c := clauseStart(d, s, k)
	for c < k {
		if w := d.LowerTokenText(c); w != "and" && w != "but" && w != "yet" && w != "so" && w != "now" {
			break
		}
		c++
	}
	if c+1 < k && determiner(d.LowerTokenText(c)) && isLowerWord(d.TokenText(c+1)) {
		return -1 // "and the stadium has 20,000 people in it"
	}
	place := clauseSubjectName(d, s, k)
	if place >= 0 && thingBetween(d, s, place+1, k) {
		return -1 // "Rafah has one working stadium with 21,000 people in it"
	}
	return place
}

// thingBetween reports whether a noun phrase of one thing opens among
// tokens [from, to) that "it" may take up before the place: a determiner
// or "one" not after a form of "be", with a lower-case word not in -s
// within the next three tokens ("has one working stadium", "has a UN
// compound"). After "is" or "was" the phrase is the place itself ("it is a
// town with ...", "Rafah was a market town"), and a plural ("people")
// names no one thing.
func thingBetween(d *figures.Document, s *figures.Sentence, from, to int) bool {
	word := sentenceWords(d, s)
	for k := from; k < to; k++ {
		w := word(k)
		if w != "one" && w != "another" && !determiner(w) || k > s.TokStart && beForm(word(k-1)) {
			continue
		}
		for j := k + 1; j < to && j <= k+3; j++ {
			if !d.Tokens[j].IsWord() || figureAt(d, j) >= 0 {
				break
			}
			if t := d.TokenText(j); isLowerWord(t) && !strings.HasSuffix(t, "s") {
				return true
			}
		}
	}
	return false
}

// therePlace returns the sentence and the last token of the name the
// "there" at token k of sentence s points back to, or -1.
func therePlace(d *figures.Document, s *figures.Sentence, k int) (*figures.Sentence, int) {
	before := d.LowerTokenText(k - 1)
	if !isLowerWord(d.TokenText(k-1)) || prepositions[before] || before == "out" || auxiliary(before) && !presentBe(d, s, k-1) {
		return s, -1 // "from there", "out there", "have been there"
	}
	if k+1 < s.TokEnd {
		if next := d.LowerTokenText(k + 1); auxiliary(next) || next == "'" || next == "’" || next == "remain" || next == "remains" || next == "seem" || next == "seems" {
			return s, -1 // "there are", "there's": no place
		}
	}
	for t := k - 1; t >= s.TokStart; t-- {
		if named(d, t) && !ownsNext(d, hit{start: t, end: t + 1}) && t != s.TokStart && !speakerName(d, s, t) && !calendarName(d.TokenText(t)) {
			return s, t
		}
	}
	if q := questionBefore(d, s); q != nil {
		if qp := lastName(d, q.TokStart, q.TokEnd); qp >= 0 {
			return q, qp
		}
		return s, -1
	}
	// A sentence that names no place points back to the last one the
	// sentence before names, past a short remark ("Israel insists four
	// battalions remain in Rafah. Maybe so. But 1.3 million people remain
	// there too"), not to a name that owns the noun after it ("Rafah's
	// crossing").
	if prev := placeSentenceBefore(d, d.SentenceAt(s.Start)); prev != nil {
		if t := lastName(d, prev.TokStart, prev.TokEnd); t >= 0 && t+1 < prev.TokEnd && !isApostrophe(d.TokenText(t+1)) {
			return prev, t
		}
	}
	return s, -1
}

// presentBe reports whether the token at b is "is", "are" or "am" after
// its subject in a statement (placeback.go invertedBe): "1.4 million
// people are there now" says where they are; "have been there" says
// where someone went, and "are there ...?" is existential.
func presentBe(d *figures.Document, s *figures.Sentence, b int) bool {
	switch d.LowerTokenText(b) {
	case "is", "are", "am":
		return !invertedBe(d, s, b)
	}
	return false
}

// wherePlace returns the last token of the name "where" at token k points
// back to, or -1.
func wherePlace(d *figures.Document, s *figures.Sentence, k int) int {
	b := k - 1 // the word before "where"
	switch {
	case d.TokenText(b) == ",":
		if named(d, b-1) {
			return b - 1 // "Rafah, where"
		}
		return -1
	case d.LowerTokenText(b) == "is" && isLowerWord(d.TokenText(b)):
		b-- // "Rafah is where", "that is where"
	case b-1 > s.TokStart && ownerMark(d, b-1):
		b -= 2 // "that's where"
	default:
		return -1
	}
	if b < s.TokStart {
		return -1
	}
	switch d.LowerTokenText(b) {
	case "that", "it", "this":
		return lastName(d, s.TokStart, b)
	}
	if named(d, b) {
		return b
	}
	return -1
}

// metricHitIn reports whether one of hits, a keyword or an exclude_near
// word of metric mi, starts among tokens [from, to). A clause an
// exclude_near word reads is that word's, as one a keyword reads is the
// keyword's: "Rafah, where 275,000 people lived before the war" tells the
// town before the war, and the "where" stands too near the figure for the
// word to be weighed against it.
func metricHitIn(hits []hit, mi, from, to int) bool {
	for _, h := range hits {
		if int(h.ref.metric) == mi && (h.ref.role == roleKeyword || h.ref.role == roleNear) && h.start >= from && h.start < to {
			return true
		}
	}
	return false
}

// clauseStart returns the first token of the clause token k stands in:
// the token after the last comma, semicolon, colon or dash before it, or
// the sentence's start (clauseEnd's mirror).
func clauseStart(d *figures.Document, s *figures.Sentence, k int) int {
	for k > s.TokStart && !isClauseMark(d.TokenText(k-1)) {
		k--
	}
	return k
}

// clauseEnd returns the token that ends the clause opening at token k:
// the first comma, semicolon, colon or dash, or the sentence's end.
func clauseEnd(d *figures.Document, s *figures.Sentence, k int) int {
	for ; k < s.TokEnd; k++ {
		if isClauseMark(d.TokenText(k)) {
			return k
		}
	}
	return s.TokEnd
}

// speakerName reports whether the name at token t opens the speaker of a
// verb of saying or estimating, at most one word of its own between ("UN
// agencies estimate", "UNRWA says", "Israeli officials said"): a source,
// not the place a "there" after it points back to. A name after a
// preposition ("officials in Rafah say") is where the speaker is, and may
// be the place.
func speakerName(d *figures.Document, s *figures.Sentence, t int) bool {
	if t > s.TokStart && prepositions[d.LowerTokenText(t-1)] {
		return false
	}
	for v := t + 1; v < s.TokEnd && v <= t+2; v++ {
		w := d.TokenText(v)
		if !isLowerWord(w) {
			return false
		}
		if speakingVerb(w) {
			return true
		}
	}
	return false
}
