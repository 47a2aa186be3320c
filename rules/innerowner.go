package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total of a country's people counts no one town's: a keyword
// owned by a place inside the metric's own ("Nyala's displaced", "Hatay's
// dead", "Omdurman's own displaced") names that town's part, whichever
// figure it reads: one in its clause, or one that restates it after a
// semicolon ("we gave Kassala's displaced as 240,000; the agency's figure
// is 180,000"). The town must be one names/within.yaml lists inside the
// metric's place and none of its words the metric's description's, so
// "Sudan's displaced" stays the whole; a town owning something else
// ("since Khartoum's fall, the number displaced") owns no keyword.

// innerPlaceOwns reports whether keyword hit h of a running total that
// counts no place's inside is owned by a place inside the metric's own:
// "PLACE's" or "PLACE's own" right before it.
func (m *metric) innerPlaceOwns(d *figures.Document, s *figures.Sentence, h hit) bool {
	if !m.spec.Total || len(m.insideNames) > 0 || len(m.regions) == 0 {
		return false
	}
	j := h.start
	if j-1 > s.TokStart && d.LowerTokenText(j-1) == "own" {
		j-- // "Omdurman's own displaced"
	}
	o := ownerBefore(d, j)
	if o < s.TokStart || !named(d, o) {
		return false
	}
	// A place of two words ("El Fasher", "Wad Madani") starts one word
	// before the owner's last.
	if o-1 >= s.TokStart && named(d, o-1) && !m.describes(d, o-1, o+1) && m.innerPlaceIn(d, s, o-1, o) {
		return true
	}
	return !m.describes(d, o, o+1) && m.innerPlaceIn(d, s, o, o+1)
}
