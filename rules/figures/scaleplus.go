package figures

// A scale word standing alone before an attached "-plus" is a number in
// itself, whatever comes before it: "Rafah's million-plus displaced",
// "Million-plus displaced Gazans in Rafah", "Rafah shelters million-plus",
// as "the million-plus people" is. Headlines drop the article that "a
// million-plus" would carry, and the hyphened "plus" leaves no other
// reading of the scale than the amount it names (at least a million).

// scalePlusAlone reports whether the scale word at token j is such an
// amount: "-plus" attached after it, and no number before it that it would
// multiply ("two million-plus" is read from "two"), nor a word it is glued
// to ("multi-million-plus"). A quotation mark glued before it opens a
// quote ("'million-plus' in Rafah"), and is no such word.
func (p *parser) scalePlusAlone(j int) bool {
	if !p.isSym(j+1, "-‐") || !p.attached(j+1) || !p.lowerIs(j+2, "plus") {
		return false
	}
	if p.attached(j) && !p.quoteOpens(j-1) {
		return false
	}
	return !p.isNum(j-1) && !p.has(j-1, fUnit|fTens|fHundred|fPoint)
}

// quoteOpens reports whether token i is a quotation mark that opens a
// quote: one with a space or the text's start before it.
func (p *parser) quoteOpens(i int) bool {
	return p.isSym(i, "'\"‘“") && !p.attached(i)
}
