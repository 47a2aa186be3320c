package claimant

// A quantity's place may stand between its noun and the verb that moves
// it: "Visitor numbers at the town's festival fell to 90,000", "Passenger
// numbers in Sabah rose 4 per cent". The place says where the quantity was
// counted, not who counted it, so the word opening the sentence stays a
// common noun modifying the count (quantityowner.go), as it is with the
// verb right after the noun. Findings a verb of report or finding follows
// ("Ledger numbers at the port show") keep their owner: quantityOwner
// refuses those verbs wherever they stand.

// pastQuantityPlace returns, for the token x right after a findings noun,
// the token after a phrase of where that opens at x ("at the festival",
// "in Penang", "across the state"); else x.
func (v *view) pastQuantityPlace(x int) int {
	if !v.is(x, wAt, wIn, wOn, wAcross) {
		return x
	}
	a, b := v.npAfter(x+1, len(v.toks))
	if a != x+1 || b <= a || b >= len(v.toks) {
		return x
	}
	// (A figure inside the place is the figure itself or another: "numbers
	// at 12 camps" names no place a count was taken in.)
	for k := a; k < b; k++ {
		if v.toks[k].fig {
			return x
		}
	}
	return b
}
