package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A require word may name what the figure is set beside, not the figure:
// "The $95bn package included about $14bn in military assistance for
// Israel, on top of the annual allocation", "$14bn in emergency aid, in
// addition to its yearly $3.8bn". The yearly word is the other amount's,
// and the figure before the phrase is a sum beside it. A figure inside the
// phrase is the phrase's own ("on top of the annual $3.8bn"), and a require
// word outside any such phrase still holds for the sentence.

// requireBeside reports whether every require hit of sentence s stands in
// a phrase that sets something beside it ("on top of", "in addition to",
// "over and above", "besides", "apart from"), and figure fi ends before
// that phrase.
func requireBeside(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	beside := false
	for _, h := range hits {
		if h.ref.role != roleRequire {
			continue
		}
		p := besidePhraseBefore(word, h.start, s.TokStart)
		if p < 0 || fe > p {
			return false
		}
		beside = true
	}
	return beside
}

// besidePhraseBefore returns the first token of a phrase that sets what
// follows beside another thing and ends right before token t (past "the",
// a possessive or "regular"): "on top of the", "in addition to its",
// "over and above", "besides", "apart from"; or -1.
func besidePhraseBefore(word func(int) string, t, first int) int {
	k := t - 1
	for n := 0; n < 2 && k >= first && (determiner(word(k)) || word(k) == "regular" || word(k) == "usual"); n++ {
		k--
	}
	switch {
	case k-2 >= first && word(k) == "of" && word(k-1) == "top" && word(k-2) == "on":
		return k - 2
	case k-2 >= first && word(k) == "to" && word(k-1) == "addition" && word(k-2) == "in":
		return k - 2
	case k-2 >= first && word(k) == "above" && word(k-1) == "and" && word(k-2) == "over":
		return k - 2
	case k-1 >= first && word(k) == "from" && (word(k-1) == "apart" || word(k-1) == "aside" || word(k-1) == "separate"):
		return k - 1
	case k >= first && (word(k) == "besides" || word(k) == "beyond"):
		return k
	}
	return -1
}
