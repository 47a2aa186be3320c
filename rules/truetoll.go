package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure given as "the true toll", "the real number" or "the actual
// figure" is someone's estimate of what the count misses, set against the
// tally: "Researchers ... believe the true toll in Spain exceeds 1,300",
// "Spain's true heat toll tops 1,300, scientists say". A total whose
// keywords name no estimated measure leaves it (figuredrops.go, beside
// studyEstimate); the tally in a clause of its own beside it stays
// (true_toll_estimate.yaml).

// trueTollReach is how many tokens before a figure the "true" of its
// subject may stand: "the real number of heat deaths in Spain is well
// above".
const trueTollReach = 12

// trueTollFigure reports whether figure fi of sentence s is predicated of
// "true", "real" or "actual" and, within two words, a noun of a count
// (toll, figure, number, count, tally, total), read back from the figure
// in its own clause: not past a clause mark, a coordinator, another figure
// or "than" ("the true figure is likely far higher than the ministry's
// 37,877": the tally the estimate is set against; "who say the true
// figure is likely considerably higher, has confirmed 12,456").
func trueTollFigure(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	open := afterSpeakerLabel(d, s)
	if w := word(fs - 1); w == "the" || w == "its" || w == "their" || w == "s" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false // "well above the ministry's 40,112": the tally it is set against
	}
	for k := fs - 1; k >= open && k >= fs-trueTollReach; k-- {
		switch w := word(k); w {
		case ",", ";", ":", "—", "–", "than", "but", "while", "though", "although", "whereas", "and", "yet":
			return false
		case "toll", "figure", "number", "count", "tally", "total":
			for j := k - 1; j >= open && j >= k-3; j-- {
				switch word(j) {
				case "true", "real", "actual":
					return true
				}
			}
		}
		if figureIn(d, s, k) >= 0 {
			return false
		}
	}
	return false
}
