package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A "when" clause places a figure at another time than the article's:
//
//   - after the figure's clause, the start of the event ("Hamas fielded 24
//     battalions when the war began"): the level then, as "at the start of
//     the war" says (otherTime);
//   - fronting the sentence, with the figure inside and a verb of passing
//     in the past ("When the toll passed 10,000 in early November, Guterres
//     warned ..."): a milestone the count passed, told after the fact
//     (pastMilestone). The present ("When the death toll in Gaza passes
//     40,000, as it did this week, ...") states the count now and stays.

// whenEventStarted reports whether "when" at token k opens a clause on the
// event's start: "when the war began", "when the fighting broke out", "when
// the full-scale invasion started".
func whenEventStarted(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if word(k) != "when" || word(k+1) != "the" {
		return false
	}
	for j := k + 2; j < s.TokEnd && j <= k+5; j++ {
		if spellNoun(word(j)) {
			return startVerb(word(j + 1))
		}
		if !isLowerWord(d.TokenText(j)) && word(j) != "-" {
			return false
		}
	}
	return false
}

// frontedWhenPassed returns the "when" that opens sentence s with a clause
// holding figure fi and a verb of passing in the past before it ("When the
// toll passed 10,000 in early November,"), or -1.
func frontedWhenPassed(d *figures.Document, s *figures.Sentence, fi int) int {
	word := sentenceWords(d, s)
	w := sentenceOpening(d, s)
	if word(w) != "when" {
		return -1
	}
	fs, _ := d.FigureTokens(fi)
	for k := w + 1; k <= fs && k < s.TokEnd; k++ {
		switch word(k) {
		case ",", ";", ":", "—", "–":
			return -1 // the figure is past the clause
		}
		if passingVerb(word(k)) {
			return w
		}
	}
	return -1
}
