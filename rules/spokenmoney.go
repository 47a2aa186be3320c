package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Speech drops the currency: "It's about three point eight billion a year
// in military aid, right?", "That's around three point eight billion a
// year in military assistance to Israel". The figure finder reads no
// currency there and makes the figure a count, though no one counts
// anything by the billion in a sentence about money. For a metric of money
// in one currency, a count of a billion or more that counts no noun (what
// follows it is a function word or punctuation: "a year", "in", "per",
// ","; or a copula and one of the metric's keywords: "is military aid")
// is an amount in the metric's currency, when the sentence names no
// amount in another currency and one of the metric's keywords (words of
// money, in a money metric) stands within its window of the figure itself,
// in the figure's own clause, or in the question the figure answers: a
// sentence that names military aid in one clause may count the world's
// poor by the billion in another ("The military aid goes on while some 2
// billion of the world's poorest go hungry").

// spokenMoneyMin is the least amount read as money without a currency:
// counts of people or things stay below it (the world holds some eight
// billion people, and a count that large is not what a money metric's
// sentence gives).
const spokenMoneyMin = 1e9

// spokenMoney reports whether figure fi of sentence s is an amount in the
// metric's currency said without it (asMoney makes it one). It is asked
// of every figure a metric looks at, so it copies no figure.
func (m *metric) spokenMoney(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	f := &d.Figures[fi]
	if !m.maySpeakMoney(f) {
		return false
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if g := &d.Figures[fj]; g.Kind == figures.Money && g.Unit != m.spec.Unit {
			return false // "€2bn ... three billion": the currency is not the metric's
		}
	}
	if _, fe := d.FigureTokens(fi); fe < s.TokEnd && d.Tokens[fe].IsWord() {
		switch d.LowerTokenText(fe) {
		case "is", "was":
			// "of that, one point six billion is military aid": the
			// keyword right after the copula names the sum; another
			// complement ("is the number of people") names a count.
			return keywordAt(hits, fe+1)
		case "a", "an", "per", "each", "every", "in", "of", "for", "to", "from", "over", "under",
			"annually", "yearly", "and", "or", "on", "that", "this", "dollars":
		default:
			return false // "three billion people", "1.2 billion doses"
		}
	}
	return m.moneyKeywordNear(d, s, fi, hits)
}

// maySpeakMoney reports whether figure f has what spokenMoney asks before
// it reads the sentence and the hits: a count in a money metric with a
// currency, large enough, not vague. takes reads the hits only through
// spokenMoney, so without this it needs none (chooseFigure).
func (m *metric) maySpeakMoney(f *figures.Figure) bool {
	return m.spec.Kind == "money" && m.spec.Unit != "" && f.Kind == figures.Count && f.Value >= spokenMoneyMin && f.Qualifier != figures.Vague
}

// asMoney is figure f as an amount in the metric's currency (spokenMoney).
func (m *metric) asMoney(f *figures.Figure) figures.Figure {
	g := *f
	g.Kind, g.Unit = figures.Money, m.spec.Unit
	return g
}

// moneyKeywordNear reports whether a keyword hit of the metric stands
// within its window of figure fi of sentence s, counting every word
// between (an aside's too), with no clause break between them; or in the
// question s answers, when fi opens the answer (answerDistance).
func (m *metric) moneyKeywordNear(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	fs, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role != roleKeyword {
			continue
		}
		if fromQuestion(s, h) {
			if answerDistance(d, s, fi) <= m.window {
				return true
			}
			continue
		}
		if wordGap(d, h.start, h.end, fs, fe) > m.window {
			continue
		}
		if h.end <= fs && !clauseBreak(d, h.end, fs) || h.start >= fe && !clauseBreak(d, fe, h.start) {
			return true
		}
	}
	return false
}
