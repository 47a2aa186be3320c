package claimant

// "The minister told MPs that Britain had trained 30,000 recruits, a figure
// he attributed to the Ministry of Defence": a noun for a figure set in
// apposition after the figure's phrase, with a verb of provenance
// (attributed, credited, traced) and "to", names the figure's origin. The
// speaker who attributes it only passes it on (convention 2), as one
// "citing" a source does.

// attributedFigures appends the origin each such apposition names in
// tokens [lo, hi).
func (v *view) attributedFigures(lo, hi int, out []attr) []attr {
	if v.marks&spBackNoun == 0 {
		return out
	}
	for c := lo + 1; c+4 < hi; c++ {
		if !v.comma(c) || !v.is(c+1, wA, wAn, wThe) || !v.toks[c+2].backNoun() {
			continue
		}
		// The figure stands shortly before the comma, in its clause
		// ("30,000 Ukrainian recruits", "4,000 migrants crossed each
		// week").
		f := c - 1
		for f > lo && f > c-8 && !v.toks[f].fig && v.toks[f].word {
			f--
		}
		if !v.toks[f].fig {
			continue
		}
		for f > lo && v.toks[f-1].fig {
			f--
		}
		k := c + 3
		if v.is(k, wThat, wWhich) {
			k++
		}
		// "a figure he attributed to", "a figure the minister credited
		// to", "a figure attributed to".
		if k >= hi {
			continue
		}
		if !provenance(v.toks[k].low) {
			x, y := v.npAfter(k, hi)
			if y <= x || y-x > 4 || y >= hi || !provenance(v.toks[y].low) {
				continue
			}
			k = y
		}
		if k+2 >= hi || !v.isOne(k+1, wTo) {
			continue
		}
		x, y := v.npAfter(k+2, hi)
		if y <= x || !v.nominal(x, y) {
			continue
		}
		out = append(out, attr{src: x, srcEnd: y, anchor: c + 2, kind: kFrame, back: true, cite: true, reach: f})
	}
	return out
}
