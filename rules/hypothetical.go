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

// countedSubject reports whether the subject an inverted "were" or "had"
// opens starts at token k with a word of quantity or a figure: "Were all
// 128 remaining hostages to be traded", "Had both sides kept to the
// truce", "Were 128 hostages freed at that rate" (fa53b,
// hypothetical_quantified.yaml). An inverted auxiliary that opens the
// sentence before a subject so opened is a condition as one before "the"
// is; after a comma ("Hamas, Israel says, had 24 battalions") it is the
// verb of the clause.
func countedSubject(d *figures.Document, s *figures.Sentence, word func(int) string, k int) bool {
	switch word(k) {
	case "all", "both", "every", "each", "half", "any", "some", "most":
		return true
	}
	return k < s.TokEnd && figureIn(d, s, k) >= 0
}

// hypotheticalAt reports whether token k of sentence s, lower-cased w,
// opens an unreal condition in the present; first is the sentence's first
// token after a stamp (afterStamp). unrealCondition asks it of each token
// in the walk it makes for the past's conditions.
func hypotheticalAt(d *figures.Document, s *figures.Sentence, word func(int) string, first, k int, w string) bool {
	switch w {
	case "were":
		opens := k == first || k == s.TokStart || word(k-1) == "," || word(k-1) == "—" || word(k-1) == "–" || word(k-1) == ":"
		return opens && (determiner(word(k+1)) || word(k+1) == "they" || word(k+1) == "we" || named(d, k+1) || (k == first || k == s.TokStart) && countedSubject(d, s, word, k+1))
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
