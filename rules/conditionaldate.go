package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A scenario told without a verb of projecting: the figure's clause runs on
// to a date ahead and then an open condition ("between 58,260 and 85,750
// excess deaths in Gaza by August if fighting escalates", "up to 12,000
// deaths by March if the crossings stay shut"). A count reached by a date
// with no condition after it ("40,000 deaths by August", "By August,
// 40,000 had been killed") stays a count.

// conditionalDate returns the token of the "if" that follows a
// date ahead ("by" and timeAhead) after figure fi in its clause, or -1. No
// symbol stands between the figure and the condition, save a hyphen.
// mayCondition is whether the sentence holds an unreal word
// (sentenceMarks.unreal, which "if" is): without one, the walk is not made.
func conditionalDate(d *figures.Document, fi int, mayCondition bool) int {
	if !mayCondition {
		return -1
	}
	_, fe := d.FigureTokens(fi)
	dated := false
	for k := fe; k < fe+conditionalDateReach && k < len(d.Tokens); k++ {
		if t := d.TokenText(k); d.Tokens[k].IsSymbol() && t != "-" {
			return -1
		}
		switch w := d.LowerTokenText(k); {
		case w == "by" && !dated:
			dated = timeAhead(d, k+1)
		case dated && w == "if":
			return k
		}
	}
	return -1
}

// conditionalDateReach is how many words after a figure conditionalDate
// reads: a noun and its place ("excess deaths in Gaza"), the date ("by the
// end of the year") and the condition's word.
const conditionalDateReach = 14
