package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A hypothetical, a thought experiment, is an unreal condition in the
// present: "Were the same proportion of Americans killed, the US would be
// mourning something like seven million dead", "If Britain's population
// were hit at the same rate, 1.5 million would now be dead". What would
// be is no count, as in a counterfactual (counterfactual.go), which reads
// the past ("Had the ceasefire held"); this reads the subjunctive "were":
// inverted, opening the sentence or a clause after a comma, a colon or a dash, with
// a determiner, a pronoun or a name after it; or in the clause of an "if".
// A real condition ("If the figures are right, 35,000 have died") has no
// "were", and one with no modal of the unreal in the figure's clause
// leaves the figure a count (counterfactual).

// hypotheticalAt reports whether token k of sentence s, lower-cased w,
// opens an unreal condition in the present; first is the sentence's first
// token after a stamp (afterStamp). unrealCondition asks it of each token
// in the walk it makes for the past's conditions.
func hypotheticalAt(d *figures.Document, s *figures.Sentence, word func(int) string, first, k int, w string) bool {
	switch w {
	case "were":
		opens := k == first || k == s.TokStart || word(k-1) == "," || word(k-1) == "—" || word(k-1) == "–" || word(k-1) == ":"
		return opens && (determiner(word(k+1)) || word(k+1) == "they" || word(k+1) == "we" || named(d, k+1))
	case "if":
		if k > s.TokStart && word(k-1) == "as" {
			return false // "as if they were statesmen": a manner, no condition
		}
		for j := k + 1; j < s.TokEnd && j < k+14; j++ {
			if w := word(j); w == "," || w == ";" || w == "—" {
				break
			} else if w == "were" {
				return true
			}
		}
	}
	return false
}
