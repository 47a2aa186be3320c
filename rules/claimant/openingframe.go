package claimant

// A live blog's line may open on its source and list what it says in
// items parted by semicolons: "8:10 a.m. — Per MoDOT, Route 13 remains
// closed; crews have cleared 6 of 9 blockages", "According to the county,
// 40 homes are damaged; 12 are gone". A frame that opens the line, before
// its first item, covers them all, as a list's header before its colon
// does (writerbreaks.go listHeader); a frame inside an item covers that
// item.

// openingFrame reports whether attribution a is a frame ("per",
// "according to") opening the line, past a live blog's time stamp or a
// dash a stamp's "a.m." left behind, and closed by a comma.
func (v *view) openingFrame(a attr) bool {
	if a.kind != kFrame || a.src < a.anchor || !v.isOne(a.srcEnd, wComma) {
		return false
	}
	lo := v.pastStamp(0)
	if lo == 0 && v.isOne(0, wDash) {
		lo = 1
	}
	k := a.anchor
	// "According to the county": the frame's first word.
	if k-1 >= lo && v.toks[k-1].low == "according" {
		k--
	}
	return k == lo
}
