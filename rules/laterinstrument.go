package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// An agreement to come is no agreement in force: "a successor memorandum
// from 2029 will be worth $4bn or more a year", "Under a future
// memorandum, Israel would receive $4bn a year". When the figure's clause
// names an agreement called a later one ("successor", "next", "future")
// before a modal that says what will be, the amount is a hope or a
// proposal, not what is paid. The agreement in force in the future tense
// ("The memorandum will provide $3.8bn a year until 2028") names no later
// one, and stays its amount.

// laterInstrument returns the token that calls the agreement of figure
// fi's clause a later one, before a coming modal that stands before the
// figure in its clause, or -1.
func laterInstrument(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	cs := clauseStartOf(d, s, fs)
	word := sentenceWords(d, s)
	modal := -1
	for k := fs - 1; k >= cs; k-- {
		if comingModal(word(k)) && d.TokenText(k) != "May" {
			modal = k
			break
		}
	}
	for k := cs; k < modal; k++ {
		if !laterWord(word(k)) {
			continue
		}
		for t := k + 1; t < modal && t <= k+2; t++ {
			if agreementNoun(word(t)) {
				return k
			}
		}
	}
	return -1
}

// laterWord reports whether lower-cased w calls an agreement one to come:
// "successor", "next", "future".
func laterWord(w string) bool {
	switch w {
	case "successor", "next", "future", "forthcoming", "upcoming":
		return true
	}
	return false
}
