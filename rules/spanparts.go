package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The parts of a sum over many years share its span: "The memorandum
// commits the US to $38bn over a decade — $33bn in FMF grants and $5bn
// for missile defence — which works out at $3.8bn a year". The aside that
// breaks the decade's $38bn down right after its span gives the decade's
// FMF ($33bn), not a year's; the year's amount is the one marked so
// ($3.3bn "of which" the $3.8bn "a year"), which perYearAfter keeps.

// spanAsidePart returns the token that opens the span of years of a
// figure that an aside holding figure fi breaks down, or -1: the aside
// opens with a dash or a bracket right after that figure's span ("$38bn
// over a decade — $33bn ...", "$38bn over ten years ($33bn ...)"), and
// figure fi stands inside it.
func spanAsidePart(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	open := -1
	for k := fs - 1; k > s.TokStart; k-- {
		if t := d.TokenText(k); isDash(t) || t == "(" {
			open = k
			break
		}
		if t := d.TokenText(k); t == ")" || t == ";" {
			return -1
		}
	}
	if open < 0 {
		return -1
	}
	whole := -1
	for fj := s.FigStart; fj < fi; fj++ {
		if _, je := d.FigureTokens(fj); je <= open && countOrMoney(d, fj) {
			whole = fj
		}
	}
	if whole < 0 {
		return -1
	}
	if k := yearsAfter(d, s, whole); k >= 0 && k < open && spanEndsAt(d, s, k, open) {
		return k
	}
	return -1
}

// spanEndsAt reports whether the span of years opening at token k runs
// up to token open with nothing but words between: "over a decade —".
func spanEndsAt(d *figures.Document, s *figures.Sentence, k, open int) bool {
	for t := k; t < open; t++ {
		if !d.Tokens[t].IsWord() && figureAt(d, t) < 0 {
			return false
		}
	}
	return true
}

// countOrMoney reports whether figure fi is an amount: no year or date.
func countOrMoney(d *figures.Document, fi int) bool {
	return d.Figures[fi].Kind.IsAmount()
}
