package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// What a rate noun is said to be is a rate, however its figures are told:
// "The ratio Hamas is asking for is three prisoners for every hostage —
// three for one", "The exchange rate in the last truce was, roughly, ten
// for one", "the formula would be 30 prisoners for each soldier". The
// figures after the copula of a subject headed by "ratio", "rate" or
// "formula" name its terms, not the counts of a swap, up to a clause that
// a conjunction or a semicolon opens ("..., and Israel freed 150").

// rateNounReach is how many tokens a rate noun may stand before its
// copula ("The ratio Hamas wants is").
const rateNounReach = 6

// ratioComplement reports whether figure fi of sentence s stands in what a
// rate noun before it is said to be.
func ratioComplement(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	for k := fs - 1; k >= s.TokStart; k-- {
		switch w := d.LowerTokenText(k); {
		case w == ";" || w == ":" || w == "and" || w == "but" || w == "while" || w == "whereas" || w == ".":
			return false
		case copulaWord(w) && rateNounBefore(d, s, k):
			return true
		}
	}
	return false
}

// copulaWord reports whether lower-cased w links a subject to what it is:
// "is", "was", "'s", "be", "remains", "stands".
func copulaWord(w string) bool {
	switch w {
	case "is", "was", "be", "'s", "’s", "remains", "remained":
		return true
	}
	return false
}

// rateNounBefore reports whether a rate noun ("ratio", "rate", "formula")
// stands at most rateNounReach tokens before the copula at token c, with
// no figure or mark between: "The ratio Hamas wants is".
func rateNounBefore(d *figures.Document, s *figures.Sentence, c int) bool {
	for k := c - 1; k >= s.TokStart && k >= c-rateNounReach; k-- {
		if figureAt(d, k) >= 0 || !d.Tokens[k].IsWord() {
			return false
		}
		if rateNoun(d.LowerTokenText(k)) {
			return true
		}
	}
	return false
}
