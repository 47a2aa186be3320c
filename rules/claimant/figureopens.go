package claimant

// figureOpensLine reports whether the line's claim [lo, j] before a
// closing "says" opens on its figure: "1 in 4 Lagos homes without power
// says Ikeja Electric", "Half of Norway's ferries late in March says
// Statens vegvesen". A share or a count opening a headline is what is
// counted, which says nothing, so the verb is inverted as after a figure
// right before it (headlineSays; claim51b). The claim must be more than
// the figure ("Half says ..." is no headline's claim).
func (v *view) figureOpensLine(lo, j int) bool {
	if lo >= j || !v.toks[lo].fig {
		return false
	}
	for k := lo + 1; k <= j; k++ {
		if !v.toks[k].fig {
			return true
		}
	}
	return false
}
