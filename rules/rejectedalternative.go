package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure set aside by "not" is the one the count is not: "fifty-seven
// people have died, not sixty-one as it reported yesterday", "212 — not
// 230 — people died", "the tally is 212, not the 230 deaths the army
// gave", "Not 230 but 212 died". A correction is told this way, in speech
// above all, and the rejected figure often stands nearer the keyword than
// the asserted one. The "not" must open its own phrase, after a mark or
// "and" with another amount before it in the sentence, or open the sentence
// with "but" and an amount after the figure; a "not" that qualifies its own
// figure ("not more than 40" is one figure), that leads a participle ("not
// including 18") or negates a verb ("did not kill 40") is read as before.
// rejected_alternative.yaml.

// rejectedAlternative reports whether figure fi of sentence s is set aside
// by a "not" that opens its phrase.
func rejectedAlternative(d *figures.Document, s *figures.Sentence, fi int) bool {
	if !d.Figures[fi].Kind.IsAmount() {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	k := fs - 1
	if word(k) == "the" {
		k--
	}
	if k < s.TokStart || word(k) != "not" {
		return false
	}
	if k == s.TokStart {
		// "Not 230 but 212 people died": the figure after "but".
		t := fe
		if word(t) == "," {
			t++
		}
		if word(t) != "but" {
			return false
		}
		fj := figureIn(d, s, t+1)
		return fj > fi && d.Figures[fj].Kind.IsAmount()
	}
	switch word(k - 1) {
	case ",", "—", "–", "(", "and":
	default:
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind.IsAmount() {
			return true
		}
	}
	return false
}
