package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure said of the whole world: "in 2024 Congress appropriated about
// $6.1bn for it worldwide", "the programme spends $6bn a year across the
// world". A word that widens the figure to every country, in its own
// clause right after it, makes it the sum of all places, not the metric's
// place's: a metric with a scope counts one place. A comparison ends the
// phrase ("$3.3bn, more than any other country worldwide" is Israel's),
// as does a mark or a scope place named before the widening word.

// worldwideFigure reports whether, within the four words after figure fi
// and in its clause, a word or phrase that widens it to the world stands
// ("worldwide", "globally", "around/across the world", "to all
// countries", "for every country").
func (m *metric) worldwideFigure(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for t := fe; t < s.TokEnd && t < fe+5; t++ {
		w := word(t)
		switch {
		case w == "worldwide" || w == "globally":
			return true
		case (w == "around" || w == "across" || w == "throughout") && word(t+1) == "the" && word(t+2) == "world":
			return true
		case (w == "all" || w == "every") && (word(t+1) == "countries" || word(t+1) == "country" || word(t+1) == "recipients"):
			return true
		case w == "than" || !d.Tokens[t].IsWord() || m.scopeName(d.TokenText(t)):
			return false
		}
	}
	return false
}
