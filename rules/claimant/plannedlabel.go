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

// plannedFigure reports whether tokens [i, hi) after a label's colon open
// on a figure, up to three words closed by a plural in -s, then "to" and a
// lower-case word.
func (v *view) plannedFigure(i, hi int) bool {
	if i >= hi || !v.toks[i].fig && !v.toks[i].num {
		return false
	}
	for m := i + 1; m < hi && m <= i+4; m++ {
		t := &v.toks[m]
		if v.isOne(m, wTo) && !t.capital {
			p := &v.toks[m-1]
			return m > i+1 && m+1 < hi && p.word && !p.fig && strings.HasSuffix(p.low, "s") && v.toks[m+1].word && !v.toks[m+1].capital && !v.toks[m+1].has(cDeterminer|cPreposition) && !v.toks[m+1].fig && !v.toks[m+1].num
		}
		if !t.word || t.has(cDeterminer|cPreposition) {
			return false
		}
	}
	return false
}
