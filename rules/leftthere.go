package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "there" after a verb of leaving is the place left: "600,000 people have
// left there" counts those gone from the place the sentence before names
// (placeback.go), the opposite of those in it, as "left Rafah" is
// (movedfrom.go). Only "leave" and "vacate" take the place as their
// object: "fled there", "escaped there", "evacuated there" go to it, and
// "left" with no auxiliary may be what remains ("the 100,000 people left
// there", "are left there"), so a bare "left" reads as leaving only after
// "have", "has" or "had" (an adverb between: "have now left there").

// leftThereWords is how many words after a figure the verb may stand.
const leftThereWords = 8

// leftThere reports whether the clause of figure fi goes on, before a
// mark that ends it, to a verb of leaving and "there".
func leftThere(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe + 1; k < s.TokEnd && k <= fe+leftThereWords; k++ {
		if isClauseMark(d.TokenText(k)) {
			return false
		}
		if word(k) == "there" && leavingThereVerb(word, k-1) {
			return true
		}
	}
	return false
}

// leavingThereVerb reports whether the word at token v is a verb whose
// object "there" is the place left: a form of "leave" ("left" after a
// perfect's auxiliary) or "vacate".
func leavingThereVerb(word func(int) string, v int) bool {
	w := word(v)
	if w == "left" {
		a := v - 1
		if predicateAdverb(word(a)) { // excludedpredicate.go
			a--
		}
		return perfectAux(word(a)) || word(a) == "had" || word(a) == "'d"
	}
	return verbForm(w, "leave") || verbForm(w, "vacate")
}
