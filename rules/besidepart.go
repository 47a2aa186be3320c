package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sum set beside a part's sum is of the part's kind: "The April
// supplemental added $3.5bn in FMF for Israel on top of the $3.3bn it
// already receives each year under the memorandum". What "on top of", "in
// addition to" or "beyond" set a figure beside shares the noun of the
// amount before them ("$3.5bn in FMF ... on top of the $3.3bn" is FMF
// too); when that noun is one of the metric's parts words, the figure is
// the part's, not the whole's, whatever yearly or memorandum word stands
// near it. "$14bn in emergency aid on top of the $3.8bn it gets each
// year" names no part and stays. A figure with a noun of its own after it
// ("on top of the $3.8bn in annual military aid", "the $3.8bn of military
// aid") is of that noun's kind, not the amount's before it.

// besidePartSum reports whether figure fi opens right after a phrase that
// sets it beside something (besidePhraseBefore), and before that phrase an
// amount stands with a parts hit at most two words after it ("$3.5bn in
// FMF", "$3.5bn of Foreign Military Financing"), and fi names no noun of
// its own with "in" or "of" right after it.
func besidePartSum(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	p := besidePhraseBefore(word, fs, s.TokStart)
	if p < 0 || word(fe) == "in" || word(fe) == "of" {
		return false
	}
	for _, h := range hits {
		if h.ref.role != rolePart || h.end > p {
			continue
		}
		for fj := s.FigStart; fj < fi; fj++ {
			_, ge := d.FigureTokens(fj)
			if d.Figures[fj].Kind.IsAmount() && ge <= h.start && h.start-ge <= 2 && isLowerWords(d, ge, h.start) {
				return true
			}
		}
	}
	return false
}
