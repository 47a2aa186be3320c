package claimant

// A figure's noun may carry its origin in a relative clause right after
// it: "Ukrainian officials did not dispute the 10,582 figure, which comes
// from the UN", "Kyiv did not dispute the 10,582 toll, which was compiled
// by the UN", "the 1.9 million estimate, which was published by OCHA".
// The clause says whose the figure is, as a next sentence's "The figure
// comes from the UN" does (pointer.go); whoever disputes or cites it
// only mentions it (convention 2).

// originVerbs are participles of making or giving out a figure, read
// after "was" or "is" with their agent after "by".
var originVerbs = set("compiled published released provided issued given reported gathered produced collected calculated")

// figureOriginAsides appends the source each such clause names in tokens
// [lo, hi).
func (v *view) figureOriginAsides(lo, hi int, out []attr) []attr {
	// The clause opens with "which" or "that": most sentences have
	// neither (view.words).
	if !v.words.has(wWhich) && !v.words.has(wThat) {
		return out
	}
	for f := lo; f+4 < hi; f++ {
		if !v.toks[f].fig || v.toks[f+1].fig {
			continue
		}
		n := f + 1
		if !v.toks[n].backNoun() || !v.comma(n+1) || !v.is(n+2, wWhich, wThat) {
			continue
		}
		k := n + 3
		switch {
		case v.is(k, wComes, wCame) && v.isOne(k+1, wFrom):
			k += 2
		case v.is(k, wWas, wIs, wWere, wAre) && k+2 < hi && originVerbs[v.toks[k+1].low] && v.isOne(k+2, wBy):
			k += 3
		default:
			continue
		}
		x, y := v.npAfter(k, hi)
		if y <= x {
			continue // "which comes from" ending a cut text
		}
		// ("by the IOM each month": a time after the maker is no part
		// of it.)
		y = v.makerEnd(x, y)
		for m := x + 1; m+1 < y; m++ {
			if w := v.toks[m].low; (w == "each" || w == "every" || v.is(m, wLast, wThis)) && v.toks[m+1].has(cTimeNoun|cDay) {
				y = m
				break
			}
		}
		if y <= x || !v.toks[x].capital && !v.toks[x].has(cDeterminer) {
			continue
		}
		s := f
		for s > lo && v.toks[s-1].fig {
			s--
		}
		out = append(out, attr{src: x, srcEnd: y, anchor: n + 2, kind: kFrame, back: true, reach: s})
	}
	return out
}
