package claimant

// Gapping: two claimants in one sentence, the second verb left out.

// approximators stand between a gapped source and its figure: "and the
// White Helmets about 2,274".
var approximators = set("about around roughly some nearly almost over more than at least only just close to")

// gapped adds, for each verb attribution in atts whose object holds a
// figure, the second source a gapped clause after "and" or "while" names
// with its own figure and no verb: "with Syria's government reporting
// 1,414 deaths ... and the White Helmets 2,274", "the ministry counted 31
// dead and the civil defence 40". The new attribution reaches forward to
// its own figure only, so it is nearer that figure than the verb it shares.
// It reads only the tokens after each verb up to the next clause mark.
func (v *view) gapped(atts []attr, lo, hi int) []attr {
	// Only "and", "while" or "whereas" opens a gapped clause: most
	// sentences with a verb of claim have none (view.words).
	if w := &v.words; !w.has(wAnd) && !w.has(wWhile) && !w.has(wWhereas) {
		return atts
	}
	n := len(atts)
	for _, a := range atts[:n] {
		if a.kind != kVerb || a.back || a.anchor < a.src {
			continue
		}
		fig := -1
		for k := a.anchor + 1; k < hi && k <= a.anchor+3; k++ {
			if v.toks[k].fig {
				fig = k
				break
			}
			if v.boundary(k) {
				break
			}
		}
		if fig < 0 {
			continue
		}
		for k := fig + 1; k < hi && k <= fig+10; k++ {
			if v.boundary(k) && !v.isOne(k, wComma) {
				break
			}
			if !v.is(k, wAnd, wWhile, wWhereas) {
				continue
			}
			s := k + 1
			if v.isOne(k, wAnd) && v.isOne(s, wWhile) {
				s++
			}
			x, y := v.npAfter(s, hi)
			// "the Ledger 198": a name's number is the gapped figure.
			for m := x + 1; m < y; m++ {
				if v.toks[m].fig || v.toks[m].num {
					y = m
					break
				}
			}
			if y <= x || !(v.toks[x].capital || v.toks[x].has(cDeterminer)) || !v.nominal(x, y) {
				break
			}
			f := y
			for f < hi && f < y+3 && approximators[v.toks[f].low] {
				f++
			}
			if f < hi && (v.toks[f].fig || v.toks[f].num) {
				atts = append(atts, attr{src: x, srcEnd: y, anchor: f, kind: kVerb, gap: true})
			}
			break
		}
	}
	return atts
}
