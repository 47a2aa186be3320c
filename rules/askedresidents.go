package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A question about a place's people before the event makes its answer the
// place's size then, as "Before the war, Rafah was home to 275,000" does
// in one sentence: "Before all this, how many people lived in the town?
// About 280,000, a quiet border town", "What was the camp's population
// before the siege? Some 400,000." The question asks what the place was
// home to (it lives, is home to, has a population or residents) and dates
// it before the event with a beforeWord; the answer's first amount is the
// reply. A later amount in the answer ("..., and now it holds 1.4
// million") is the answer's own, and stays.

// askedResidentsBefore reports whether figure fi of sentence s is the first
// amount of an answer to a question about a place's people before the
// event.
func askedResidentsBefore(d *figures.Document, s *figures.Sentence, fi int) bool {
	if !d.Figures[fi].Kind.IsAmount() {
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind.IsAmount() {
			return false
		}
	}
	q := questionBefore(d, s)
	if q == nil {
		return false
	}
	word := sentenceWords(d, q)
	residency, before := false, false
	for k := q.TokStart; k < q.TokEnd; k++ {
		residency = residency || residencyAsked(word, k)
		before = before || beforeWord(word, k)
	}
	return residency && before
}

// residencyAsked reports whether the word at token k asks what a place is
// home to: "lived", "live", "home", "population", "residents",
// "inhabitants".
func residencyAsked(word func(int) string, k int) bool {
	switch word(k) {
	case "lived", "live", "population", "residents", "inhabitants":
		return true
	case "home":
		return word(k+1) == "to"
	}
	return false
}
