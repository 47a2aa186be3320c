package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A metric whose actor says whose acts its count comes from (actor:
// Russia, of "Civilians killed in Ukraine since Russia's full-scale
// invasion") does
// not count those an agent of the place's own side killed: "more than
// 5,000 civilians have been killed by Ukrainian shelling" is the other
// side's count, whoever claims it. The actor as agent ("by Russian
// shelling"), a demonym that speaks ("Ukrainian officials say"), or an
// agent of a place the metric does not name is left alone.

// otherSideAgent reports whether, in the clause after figure fi of
// sentence s (at most ten tokens), "by" or "from" stands before a demonym
// of one of the metric's own names that is not its actor's, followed by a
// lower-case noun: "killed by Ukrainian shelling", "died from Ukrainian
// strikes".
func (m *metric) otherSideAgent(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.actor) < 4 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe; k < s.TokEnd && k < fe+10; k++ {
		if w := d.TokenText(k); w == "," || w == ";" || clauseBreak(d, k, k+1) {
			return false
		}
		if comparisonWord(word(k)) {
			// The rest is a comparison's other term, whose agent is not the
			// figure's: "its figure — about 15,000 — is lower than estimates
			// from Ukrainian officials".
			return false
		}
		if w := word(k); w != "by" && w != "from" || k+2 >= s.TokEnd {
			continue
		}
		dem := d.TokenText(k + 1)
		if !demonymShape(dem) || m.foreignName(dem) || !isLowerWord(d.TokenText(k+2)) {
			continue
		}
		if !sameStem(m.actor, dem) {
			return true
		}
	}
	return false
}
