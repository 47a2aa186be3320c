package figures

// An exchange told as one compound: "a 50-for-150 swap", "the 1-for-3
// ratio of hostages to prisoners". Each number counts one side of what is
// traded, so the second is a figure as the first is, not a variant joined
// to a word by a hyphen as "F-35" or "COVID-19" is.
//
// "N-to-M" is not read so: "a 3-to-1 ratio", "a 7-to-2 vote" are a ratio
// and a tally, which the finder reads as it reads the score "3-1" (the
// second number no count of its own), and a rising "50-to-150" is a
// range, the ranges' business.

// exchangeForAt reports whether the word at token i is the "for" of an
// N-for-M compound: a number, a hyphen, "for" and a hyphen, with no space
// between them.
// Each side may carry its noun inside the compound: "33 hostages-for-900
// prisoners", "a 50 hostages-for-150 prisoners swap" (tune38): the noun
// joined to "for" follows a number of its own, so the number after is the
// other side's count, not a variant's.
func (p *parser) exchangeForAt(i int) bool {
	if !p.lowerIs(i, "for") || !p.attached(i) || !p.isSym(i-1, "-") || !p.attached(i-1) || !p.isSym(i+1, "-") || !p.attached(i+1) {
		return false
	}
	return p.isNum(i-2) || p.isWord(i-2) && !p.attached(i-2) && p.isNum(i-3) && !p.capitalised(i-2)
}
