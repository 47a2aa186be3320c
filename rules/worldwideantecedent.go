package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure a relative clause gives as the amount of the noun it hangs on
// (", which comes to about $6bn a year", "which totals", "which amounts
// to", "which runs at") is that noun's. When the noun is the metric's
// keyword widened to the world in its own phrase ("all Foreign Military
// Financing handed out worldwide", "the military financing the US
// provides around the world"), the figure is every country's sum, not the
// metric's place's share. A relative clause on a keyword nothing widens
// ("Israel's Foreign Military Financing, which comes to $3.3bn") stays the
// place's. (worldwide_antecedent.yaml)

// worldwideAntecedentReach is how many tokens may stand between the
// keyword and the comma before "which": the phrase that widens it.
const worldwideAntecedentReach = 10

// worldwideAntecedent reports whether figure fi of sentence s is the
// amount a relative clause gives of a keyword of hits that a word before
// the clause's comma widens to the world.
func (m *metric) worldwideAntecedent(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	rel := relativeAmountAt(word, fs)
	if rel < 0 || word(rel-1) != "," {
		return false
	}
	comma := rel - 1
	world := -1
	for t := comma - 1; t >= s.TokStart && t >= comma-worldwideAntecedentReach; t-- {
		if !d.Tokens[t].IsWord() && !isApostrophe(d.TokenText(t)) {
			break
		}
		if m.scopeName(d.TokenText(t)) {
			return false // "FMF worldwide for Israel, which ...": the place's
		}
		if worldAt(word, t) {
			world = t
			break
		}
	}
	if world < 0 {
		return false
	}
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end <= world && h.end >= comma-worldwideAntecedentReach-3 && h.start >= s.TokStart {
			return true
		}
	}
	return false
}

// relativeAmountAt returns the token of the "which" or "that" opening a
// relative clause whose verb gives the amount starting at token fs
// ("which totals", "which comes to", "that amounts to", "which runs at"),
// or -1.
func relativeAmountAt(word func(int) string, fs int) int {
	v := fs - 1
	switch word(v) {
	case "totals", "totalled", "totaled", "total":
	case "to", "at":
		v--
		switch word(v) {
		case "comes", "came", "come", "amounts", "amounted", "amount", "runs", "ran", "run", "stands", "stood", "stand":
		default:
			return -1
		}
	default:
		return -1
	}
	if w := word(v - 1); w == "which" || w == "that" {
		return v - 1
	}
	return -1
}
