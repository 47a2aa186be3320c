package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place on a border has a side in each country: "the Egyptian side of
// Rafah, home to about 70,000 people, has been turned into a military
// zone" counts the town across the fence, not the metric's Rafah. A side
// named by a demonym of none of the metric's own places, of a place of its
// scope, says whose side the figure right after it counts. Set beside the
// figure's own subject ("Unlike the Egyptian side of Rafah, the city now
// holds ...") it is another term, and leaves the figure alone.

// foreignSideReach is how many tokens before the figure the side's phrase
// may end: ", home to about", ", where some".
const foreignSideReach = 5

// foreignSideOf reports whether figure fi of sentence s follows, within
// foreignSideReach tokens and no clause's break but the comma of an
// apposition, "the <demonym> side of <scope place>", the demonym one of
// none of metric m's own names, the phrase set beside nothing.
func (m *metric) foreignSideOf(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 || len(m.scope) == 0 {
		return false // no demonym is foreign to it, or no place of its scope has a side: the cheap test first
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := max(s.TokStart+1, fs-foreignSideReach-4); k < fs; k++ {
		if w := word(k); w != "side" && w != "sides" || word(k+1) != "of" || !m.foreignDemonym(d.TokenText(k-1)) {
			continue
		}
		p := k + 2
		if word(p) == "the" {
			p++
		}
		if p >= fs || !m.scopePhraseWord(word(p)) {
			continue
		}
		p++
		if fs-p > foreignSideReach || !appositionTo(word, p, fs) {
			continue
		}
		if k-3 >= s.TokStart && setBeside(word(k-3)) || k-2 >= s.TokStart && setBeside(word(k-2)) {
			continue // "Unlike the Egyptian side of Rafah, ..."
		}
		return true
	}
	return false
}

// appositionTo reports whether the tokens from p up to fs hold no break of
// clause but a comma right at p: ", home to about", " holds some".
func appositionTo(word func(int) string, p, fs int) bool {
	for t := p; t < fs; t++ {
		switch word(t) {
		case ",":
			if t != p {
				return false
			}
		case ";", ":", "—", "–", "but", "while", "whereas", "than", "and", "as", "because", "since":
			return false // "the Egyptian side of Rafah as 1.4 million shelter in the city": a clause of its own
		}
	}
	return true
}

// setBeside reports whether lower-cased w sets the phrase after it beside
// another term: a comparison's word (comparisonWord) or "beside".
func setBeside(w string) bool { return w == "beside" || comparisonWord(w) }
