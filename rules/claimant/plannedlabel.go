package claimant

import "strings"

// A headline's label of one word before a clause that opens on its figure
// and the plural it counts, then "to" and a verb, names who decided or
// announced what is to happen: "Stormont: 7,000 nurses to get pay rise",
// "Comelec: 2,300 polling centres to open early", "Pentagon: 1,000 troops
// to build Gaza pier". A place has things happen in it, and its line says
// what people there do ("Avdiivka: 1,000 residents refuse to leave",
// "Goma: 700,000 displaced return to ruined camps"): a verb, not "to",
// follows the people counted. A label the rules know as a place still
// names no one (namedLabel reads this last).

//
// The same line is written of a town whose people have things done to
// them ("Ennistymon: 200 homes to get new flood defences", "Kuttanad:
// 1,200 families to be relocated"), and most towns are in no list of
// places (review38). So the label must name a body (mend38c): one the
// finder knows (an alias's word, a body's or an institution's kind), or
// one whose line counts its own people at work ("7,000 nurses", "staff",
// "employees"), whom a body, not a town, decides for. Even then "to be"
// and a participle tells what is done to them, by no one the line names.

// plannedFigure reports whether tokens [i, hi) after a label's colon open
// on a figure, up to three words closed by a plural in -s, then "to" and a
// lower-case word, and the label at lo names a body that plans it.
func (v *view) plannedFigure(lo, i, hi int) bool {
	if i >= hi || !v.toks[i].fig && !v.toks[i].num {
		return false
	}
	for m := i + 1; m < hi && m <= i+4; m++ {
		t := &v.toks[m]
		if v.isOne(m, wTo) && !t.capital {
			p := &v.toks[m-1]
			return m > i+1 && m+1 < hi && p.word && !p.fig && strings.HasSuffix(p.low, "s") && v.toks[m+1].word && !v.toks[m+1].capital && !v.toks[m+1].has(cDeterminer|cPreposition) && !v.toks[m+1].fig && !v.toks[m+1].num && v.plannedBy(lo, m-1, m+1)
		}
		if !t.word || t.has(cDeterminer|cPreposition) {
			return false
		}
	}
	return false
}

// plannedBy reports whether the label at lo names a body that plans what
// happens to the plural at p, whose verb after "to" is at vb: a body the
// finder knows, or people at work counted in an active line.
func (v *view) plannedBy(lo, p, vb int) bool {
	l := &v.toks[lo]
	if l.aliases != 0 || l.nameKind() || l.has(cGovernment) {
		return true
	}
	if v.toks[vb].low == "be" {
		return false
	}
	return v.toks[p].has(cStaff | cPeopleAt)
}
