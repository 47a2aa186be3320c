package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A multiple set after a figure opens the other term of a comparison, and
// that term runs to the end of its clause however long it is: "Roughly 9.5
// million have been displaced, several times the 2.5 million uprooted in
// Darfur's war in the 2000s", "twice the toll the region counted in the
// 1999 floods". comparedAt reads the words just before an earlier year;
// multipleTermAt reads the rest of the clause back for a multiple that
// opens such a term.

// multipleTermAt returns the token of a multiple ("times", "twice",
// "double", ...) followed by what opens a compared term ("the", "that",
// "those", "as", "what") in the clause before token ts, or -1. "Displaced
// several times since" is a count of times, not a comparison: no term
// follows it.
func multipleTermAt(d *figures.Document, s *figures.Sentence, ts int) int {
	for k := ts - 1; k > s.TokStart; k-- {
		switch d.TokenText(k) {
		case ",", ";", ":", "—", "–", "(", ")":
			if !inFigure(d, k) {
				return -1
			}
		}
		if multipleWord(strings.ToLower(d.TokenText(k))) && k+1 < ts && comparedTermOpens(strings.ToLower(d.TokenText(k+1))) {
			return k
		}
	}
	return -1
}

// multipleWord reports whether lower-cased w sets a multiple before a
// compared term: "times", "twice", "double", ...
func multipleWord(w string) bool {
	switch w {
	case "times", "twice", "thrice", "double", "triple", "treble":
		return true
	}
	return false
}

// comparedTermOpens reports whether w opens the other term after a
// multiple: "times the", "twice that", "double those", "three times as
// many", "twice what".
func comparedTermOpens(w string) bool {
	switch w {
	case "the", "that", "those", "as", "what":
		return true
	}
	return false
}
