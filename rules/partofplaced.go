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
	fs, fe := d.FigureTokens(fi)
	if fs > s.TokStart && wholeOpener(d.LowerTokenText(fs-1)) {
		return false // "All 1.4 million of those now in Rafah", "The 1.4 million of those ...": the whole
	}
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

// partOfPeopleIn reports whether "of", a determiner, perhaps a people
// noun, then words that place the whole now follow the figure ending at
// token fe, then keyword hit h: "250,000 of the people in Rafah", "of the
// Palestinians now in Rafah", "of those now in Rafah", "of those still
// living in Rafah" (partOf reads a people noun only before a relative,
// and "those" only right before the keyword: "of those sheltering in").
// "Those" alone is the whole's head; "the" and "these" need their noun.
func partOfPeopleIn(d *figures.Document, fe int, h hit) bool {
	if fe+2 > h.start || d.LowerTokenText(fe) != "of" {
		return false
	}
	k := fe + 2
	switch d.LowerTokenText(fe + 1) {
	case "those":
		if peopleNoun(d, k) {
			k++
		}
	case "the", "these":
		if !peopleNoun(d, k) {
			return false
		}
		k++
	default:
		return false
	}
	for k < h.start && placedNowWord(d.LowerTokenText(k)) {
		k++
	}
	return h.start == k
}

// wholeOpener reports whether lower-case w, right before a figure, makes
// the figure the whole its "of" phrase names rather than a part of it:
// "all", an article or a possessive ("all 1.4 million of those now in
// Rafah", "the 1.4 million of the people in Rafah"; review50).
func wholeOpener(w string) bool {
	switch w {
	case "all", "the", "those", "these", "its", "their":
		return true
	}
	return false
}

// placedNowWord reports whether lower-case w may stand between a whole's
// head and the place's keyword and keep the whole in the place now: an
// adverb of the present ("now", "still", "currently") or a verb of
// staying ("living", "camped", "crammed"; stayingVerb), or what is left
// of a crowd ("remaining", "left").
func placedNowWord(w string) bool {
	switch w {
	case "now", "still", "currently", "presently", "already", "today", "remaining", "left":
		return true
	}
	return stayingVerb(w)
}
