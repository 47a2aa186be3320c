package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A metric that counts people in a place reads "N of" a whole its keyword
// names as a part of that whole. When the place stands in the whole's own
// phrase ("Roughly 800,000 of those sheltering in Rafah arrived after
// ...", "Some 250,000 of the people in Rafah came from ..."), the whole is the place's crowd and
// the figure only a part of it: not the count. A part of a wider whole
// that the predicate puts in the place ("About 300,000 of the displaced
// are now in Rafah") is the place's count, and stays (share_whole_place.yaml).

// placedWholeReach bounds how far past the whole's keyword the place may
// stand in the whole's phrase: "of those sheltering in Rafah".
const placedWholeReach = 3

// partOfPlacedWhole reports whether figure fi of sentence s is followed
// by "of" and a whole keyword hit of hits names (partOf), and one of the
// metric's scope phrases starts inside that whole's phrase: from the "of"
// to placedWholeReach tokens past the keyword, with no mark and nothing
// but a preposition after the keyword. Only
// a metric of people that is no running total and finds its place in the
// sentence is asked: a unit kept in a place ("Hamas keeps four of its
// battalions in Rafah") is counted by its part.
func (m *metric) partOfPlacedWhole(st *docState, s *figures.Sentence, fi int, hits []hit) bool {
	if m.spec.Total || !m.scopedInSentence() || m.spec.Unit != "people" {
		return false
	}
	d := st.d
	_, fe := d.FigureTokens(fi)
	var buf [64]byte
	for _, h := range hits {
		if h.ref.role != roleKeyword || !partOf(d, fe, h) && !partOfPeopleIn(d, fe, h) {
			continue
		}
		for ti := fe + 1; ti < s.TokEnd && ti < h.end+placedWholeReach; ti++ {
			if !d.Tokens[ti].IsWord() {
				if isApostrophe(d.TokenText(ti)) {
					continue
				}
				break
			}
			w := lowerInto(&buf, d.TokenText(ti))
			if m.scopeAt(st, s, ti, w) {
				return true
			}
			if ti >= h.end && !prepositions[string(w)] {
				break // "kept four of its units whole in Rafah": the place is the predicate's
			}
		}
	}
	return false
}

// partOfPeopleIn reports whether "of", a determiner, a people noun and
// perhaps a word of the present follow the figure ending at token fe, then
// keyword hit h: "250,000 of the people in Rafah", "of the Palestinians
// now in Rafah" (partOf reads a people noun only before a relative).
func partOfPeopleIn(d *figures.Document, fe int, h hit) bool {
	if fe+3 > h.start || d.LowerTokenText(fe) != "of" {
		return false
	}
	switch d.LowerTokenText(fe + 1) {
	case "the", "those", "these":
	default:
		return false
	}
	k := fe + 2
	if !peopleNoun(d, k) {
		return false
	}
	k++
	switch d.LowerTokenText(k) {
	case "now", "still", "currently", "already":
		k++
	}
	return h.start == k
}
