package claimant

// "That gives Iron Dome an interception rate of about 90 per cent, which is
// the army's own figure", "Turnout reached 61 per cent, which is the
// election commission's figure": an aside of "which is" right after a
// figure, naming the owner of a figure or of findings, says whose the
// figure is, as "the 10,582 figure, which comes from the UN" does
// (figureorigin.go). The owner's noun must be findings or a figure's own
// noun ("the highest figure since 1992" has no owner; "the army's worst
// loss" is no count of the army's).

// ownedFigureAsides appends the owner each such aside names in tokens
// [lo, hi). Every aside opens at a "which": a sentence without one (the
// view's words say so, never wrongly) is passed over unread.
func (v *view) ownedFigureAsides(lo, hi int, out []attr) []attr {
	if !v.words.has(wWhich) {
		return out
	}
	for w := lo + 2; w+4 < hi; w++ {
		if !v.isOne(w, wWhich) || !v.comma(w-1) || !v.is(w+1, wIs, wWas) {
			continue
		}
		// The figure closes right before the comma, or with one noun
		// after it ("1,200 soldiers, which").
		f := w - 2
		if !v.toks[f].fig && f-1 >= lo && v.toks[f-1].fig && v.toks[f].word {
			f--
		}
		if !v.toks[f].fig {
			continue
		}
		s := f
		for s > lo && v.toks[s-1].fig {
			s--
		}
		for j := w + 2; j < hi && j <= w+7 && !v.boundary(j); j++ {
			if !v.toks[j].poss {
				continue
			}
			e := v.possEnd(j)
			if v.isOne(e, wOwn) {
				e++
			}
			if e >= hi || !(v.toks[e].backNoun() || v.toks[e].has(cFindingNoun)) {
				break
			}
			x := v.npBefore(j+1, w+2)
			if x > j {
				break
			}
			out = append(out, attr{src: x, srcEnd: j + 1, anchor: w, kind: kFrame, back: true, reach: s})
			break
		}
	}
	return out
}
