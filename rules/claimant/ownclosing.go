package claimant

// A second clause's own source: "The fire has destroyed 415 homes, Cal
// Fire said, and 14,000 people have fled, the sheriff said." Each clause
// closes on its own attribution; the first's reaches forward past its
// comma only for a clause that names no source of its own ("..., Cal Fire
// said, and 14,000 fled" keeps Cal Fire). A clause's own closing
// attribution governs its figure (convention 6).

// ownClosing returns, when the chosen attribution a closes a clause
// before the figure at ft and reaches forward to it, an attribution that
// closes the figure's own clause after it and covers it.
func (v *view) ownClosing(atts []attr, a attr, ft int) (int, bool) {
	first := min(a.src, a.anchor)
	last := max(a.srcEnd, a.anchor+1)
	// The chosen one closes a clause of its own: a comma before it, all
	// of its words before the figure.
	if !a.back || a.cite || a.bracket || first < 1 || last > ft || !v.isOne(first-1, wComma) {
		return 0, false
	}
	// The figure's clause is joined on after a comma ("..., Cal Fire
	// said, and 14,000 ..."); an aside's own object ("The toll, put by
	// the ministry at 34,000, ...") is no clause of its own.
	joined := false
	for k := last; k < ft; k++ {
		if v.isOne(k, wComma) && v.is(k+1, wAnd, wBut, wWhile, wWhereas) {
			joined = true
		}
	}
	if !joined {
		return 0, false
	}
	for k, b := range atts {
		if !(b.back || b.kind == kFrame) || b.cite || b.bracket || b.gap || min(b.src, b.anchor) <= ft {
			continue
		}
		// Closing its clause: after a comma past the figure.
		if s := min(b.src, b.anchor); !v.isOne(s-1, wComma) {
			continue
		}
		if _, ok := v.covers(b, ft); ok {
			return k, true
		}
	}
	return 0, false
}
