package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A counterfactual says what would have been, had something else
// happened: "Had the January ceasefire held, perhaps 10,000 of those now
// dead would still be alive", "If the crossings had stayed open, 5,000
// children might have survived", "Some 20,000 would have died but for the
// airlift". Its figure is no count: it is what did not happen. The
// sentence holds an unreal condition (an inverted "had", "if ... had",
// "were it not for", "but for") and the figure's clause a modal of the
// unreal ("would", "could", "might") with "have", "still", "be" or "not"
// after it. A real condition ("If the ministry's figures are right,
// 35,000 have died") or a past perfect that opens nothing ("Israel had
// killed 35,000 by then") leaves the figure a count.

// counterfactualReach is how many tokens may stand between a figure and
// the modal of its clause.
const counterfactualReach = 12

// counterfactualIn reports whether figure fi's clause holds a modal of the
// unreal, in sentence s that holds an unreal condition.
func counterfactualIn(d *figures.Document, s *figures.Sentence, fi int) bool {
	if givenConditionSubject(d, s, fi) {
		return false // the figure the thought experiment starts from (conditionsubject.go)
	}
	word := sentenceWords(d, s)
	fs, fe := d.FigureTokens(fi)
	if fs > s.TokStart && definiteFigure(word(fs-1)) {
		// "the" before the figure names people who are there, of whom
		// the unreal clause says what they would do: "Were a ceasefire
		// agreed tomorrow, the 1.4 million people sheltering in Rafah
		// would still have nowhere to return to". What did not happen is
		// a bare figure: "perhaps 10,000 would still be alive".
		return false
	}
	if realRelativeBefore(word, fs, s.TokStart) {
		return false // "a crisis that has uprooted close to 11 million" (real_relative_in_unreal.yaml)
	}
	for k := fe; k < s.TokEnd && k < fe+counterfactualReach; k++ {
		if counterfactualStop(word(k)) {
			break
		}
		if unrealModal(word, k) {
			return true
		}
	}
	for k := fs - 1; k >= s.TokStart && k >= fs-counterfactualReach; k-- {
		if counterfactualStop(word(k)) {
			if k == fs-1 && dashRestatement(d, s, k, fe) {
				continue
			}
			break
		}
		if unrealModal(word, k) {
			return true
		}
	}
	return false
}

// restatementTail is how many tokens may follow the figure of a dash's
// restatement to the sentence's end: "— 75,000 by one estimate."
const restatementTail = 6

// dashRestatement reports whether the dash at token k, right before a
// figure that ends at token fe, opens a restatement of the clause before
// it: the figure closes the sentence, perhaps with a few words that hold
// no verb ("the toll might have been half as large again — perhaps
// 75,000", "— 75,000 by one estimate"). It puts the figure in that clause,
// modal and all; a dash before a clause of its own ("— 45,000 died
// anyway") does not.
func dashRestatement(d *figures.Document, s *figures.Sentence, k, fe int) bool {
	if w := d.TokenText(k); w != "—" && w != "–" || s.TokEnd-fe > restatementTail {
		return false
	}
	for t := fe; t < s.TokEnd; t++ {
		w := d.LowerTokenText(t)
		if d.Tokens[t].IsSymbol() && t+1 < s.TokEnd || auxiliary(w) || strings.HasSuffix(w, "ed") || actsOrSpeaks[w] {
			return false
		}
	}
	return true
}

// counterfactualStop reports whether w ends the clause a modal is the
// figure's in: a semicolon, a colon or a dash.
func counterfactualStop(w string) bool {
	return w == ";" || w == ":" || w == "—" || w == "–"
}

// unrealCondition reports whether sentence s holds an unreal condition: an
// inverted "had" that opens it or a clause after a comma ("Had the
// ceasefire held,", ", had aid arrived"), "if" with "had" in its clause
// ("If the border had stayed open"), "were it not for", "but for".
func unrealCondition(d *figures.Document, s *figures.Sentence, word func(int) string) bool {
	first := afterStamp(d, s)
	marks := readerMarks()
	for k := s.TokStart; k < s.TokEnd; k++ {
		if marks[d.WordID(k)].marks&rmUnreal == 0 {
			continue // not a word of the cases below: its text is not read
		}
		// One walk reads both tenses: the present's "were" and "if" in
		// hypothetical.go ("Were the same proportion of Americans
		// killed"), the past's below.
		w := word(k)
		if hypotheticalAt(d, s, word, first, k, w) {
			return true
		}
		switch w {
		case "had":
			opens := k == first || k == s.TokStart || word(k-1) == "," || word(k-1) == "—"
			if opens && (determiner(word(k+1)) || word(k+1) == "it" || word(k+1) == "they" || word(k+1) == "we" || k+1 < s.TokEnd && named(d, k+1) || (k == first || k == s.TokStart) && countedSubject(d, s, word, k+1)) {
				return true
			}
		case "if":
			for j := k + 1; j < s.TokEnd && j < k+10; j++ {
				if w := word(j); w == "," || w == ";" {
					break
				} else if w == "had" || w == "hadn" {
					return true
				}
			}
		case "were":
			if word(k+1) == "it" && word(k+2) == "not" && word(k+3) == "for" {
				return true
			}
		case "but":
			// "but for the airlift", not "but for now".
			if word(k+1) == "for" && (determiner(word(k+2)) || k+2 < s.TokEnd && named(d, k+2)) {
				return true
			}
		}
	}
	return false
}

// unrealWord reports whether lower-cased w is a word unrealCondition
// finds an unreal condition at: a sentence with none has none
// (sentenceMarks' unreal).
func unrealWord(w string) bool {
	switch w {
	case "had", "hadn", "if", "were", "but":
		return true
	}
	return false
}

// unrealModal reports whether the words at token k are a modal of the
// unreal: "would", "could", "might" before "have", "still", "be" or "not"
// (past "now", "otherwise" or "probably").
func unrealModal(word func(int) string, k int) bool {
	switch word(k) {
	case "would", "could", "might":
	default:
		return false
	}
	j := k + 1
	for n := 0; n < 2; n++ {
		switch word(j) {
		case "now", "otherwise", "probably", "likely", "surely", "certainly", "all":
			j++
		}
	}
	switch word(j) {
	case "have", "ve", "still", "be", "not", "never", "n't":
		return true
	}
	return false
}

// definiteFigure reports whether w, right before a figure, makes it a
// definite group the sentence takes as given: "the", "those", "these".
func definiteFigure(w string) bool {
	return w == "the" || w == "those" || w == "these"
}

// realRelativeReach is how many tokens before a figure the auxiliary of
// its relative clause may stand: "that has already uprooted close to".
const realRelativeReach = 4

// realRelativeBefore reports whether the figure at token fs stands in a
// relative clause whose own verb is in a real tense: "that", "which" or
// "who", then "has", "have", "is" or "are", then at most a few lower-case
// words to the figure ("a crisis that has uprooted close to 11 million").
// Such a clause states a fact, whatever the main clause's modal.
func realRelativeBefore(word func(int) string, fs, first int) bool {
	for k := fs - 1; k > first && k >= fs-realRelativeReach; k-- {
		switch word(k) {
		case "has", "have", "is", "are":
			switch word(k - 1) {
			case "that", "which", "who":
				return true
			}
			return false
		case ",", ";", ":", "—", "–", "would", "could", "might":
			return false
		}
	}
	return false
}
