package claimant

// bareStamp returns where a sentence starts after a live blog's time of
// one number with a point and no dash or colon after it ("16.05 Israel's
// military has released its figures for the past week.", "09.10 The Red
// Crescent has issued its weekly bulletin."), lo when it opens otherwise.
// Some sites set the time apart by layout alone, and the text keeps only
// a space. The time must open the sentence, be one of a clock, and be
// followed by a capitalised word that is no part of a figure ("1.25
// Million Displaced", a title-case headline's figure) and no people's
// adjective ("10.50 Swiss francs" reads as an amount, not "10.50 Swiss");
// the line then announces what the next sentence states, as after a
// stamp with its dash (stampFigure; claim51b).
func (v *view) bareStamp(lo int) int {
	if lo != 0 || lo+2 >= len(v.toks) || !clockTime(v.toks[lo].low) {
		return lo
	}
	n := &v.toks[lo+1]
	if !n.word || !n.capital || n.fig || n.num || !n.space || v.demonym(lo+1) {
		return lo
	}
	return lo + 1
}
