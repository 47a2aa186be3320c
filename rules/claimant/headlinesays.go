package claimant

// A headline may close on its source after "says" with no comma before
// the verb: "Rome, rents up 8% in 2025 says tenants' union", "Kherson,
// toll rises to 12 says governor". The word before the verb is the
// line's figure or a year, which says nothing, so the verb is inverted as
// after a comma, and its source is the words that end the line. What a
// figure "says little about" is the verb's object, not a speaker, so the
// words must close on someone (review43).

// headlineSays reports whether "says" or "say" at i, after the subject's
// last token j, closes a headline's claim: j is a number or inside a
// figure, the line ends in no full stop, no more than five words, no
// figure or verb among them, follow the verb to the line's end, and the
// phrase names a speaker (quotecolon.go speakerHead).
func (v *view) headlineSays(i, j, lo, hi int) bool {
	if j < lo || !v.isOne(i, wSays) && v.toks[i].low != "say" || !(v.toks[j].fig || v.toks[j].num) && !v.figureOpensLine(lo, j) {
		return false
	}
	if v.is(hi-1, wFullStop, wQuestion, wBang) {
		return false
	}
	if hi-i-1 < 1 || hi-i-1 > 5 {
		return false
	}
	for m := i + 1; m < hi; m++ {
		if v.toks[m].fig || v.toks[m].num || v.isVerbLike(m) && !v.toks[m].capital || v.toks[m].has(cPreposition|cPronoun) {
			return false
		}
	}
	return v.speakerHead(i+1, hi) || v.toks[hi-1].aliases != 0
}
