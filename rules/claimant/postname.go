package claimant

// A wire names an official by a lower-case post and her name with no
// article: "confirmed by regional governor Oleh Syniehubov", "were
// released by deputy energy minister Roman Andarak". A passive's agent was
// read only from a capital or a determiner, so the lower-case post opened
// no agent and the figure went unclaimed. The post is held by the name
// (convention 8), as "Governor Oleh Syniehubov" is read.

// postThenName returns the name after a lower-case post opening at a: one
// to four lower-case words, the last a post ("governor", "minister",
// "mayor"), then one to three capitalised words. A spokesperson speaks for
// a body and is read as before ("police spokesman Serhiy Bolvinov" is the
// police's).
func (v *view) postThenName(a, hi int) (int, int, bool) {
	k := a
	for k < hi && k < a+4 && v.toks[k].word && !v.toks[k].capital && !v.toks[k].has(cDeterminer|cPreposition|cPronoun) && !v.toks[k].post() {
		k++
	}
	if k >= hi || !v.toks[k].word || v.toks[k].capital || !v.toks[k].post() || spokesWord(v.toks[k].low) {
		return 0, 0, false
	}
	x := k + 1
	y := x
	for y < hi && y < x+3 && v.toks[y].word && v.toks[y].capital && !v.toks[y].has(cDay|cDeterminer) {
		y++
	}
	if y == x {
		return 0, 0, false
	}
	return x, y, true
}
