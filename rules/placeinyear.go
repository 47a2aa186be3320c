package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A name dated by "in YEAR" as the whole subject of a clause stands for
// what happened there then: "Izmit in 1999 killed more than 17,000",
// "Kobe in 1995 left 6,400 dead", "Haiti in 2010 killed more than
// 200,000". A year before the metric's since makes it another event, as
// "The siege of Beirut in 1982 killed" does for a noun of an event
// (datedSubject). The metric's own years ("Turkey in 2023 lost more than
// 50,000") and a name that goes on past its year ("Gaza in 2014 and again
// now") are left alone.

// placeNameWords is how many capitalised words the name may run.
const placeNameWords = 3

// namedInYear returns the token of the year that dates the subject of
// figure fi's clause when the subject is only a name and "in" a year
// before since, followed by its verb ("Izmit in 1999 killed"), or -1. The
// name opens the clause, or follows a word that opens one ("recall that
// Kobe in 1995 killed", "and Haiti in 2010 killed").
func namedInYear(d *figures.Document, s *figures.Sentence, fi, since int) int {
	fs, _ := d.FigureTokens(fi)
	cs := clauseStartAtMark(d, s, fs)
	if since == 0 {
		return -1
	}
	for k := fs - 2; k > cs; k-- {
		if !strings.EqualFold(d.TokenText(k), "in") {
			continue
		}
		fj := figureIn(d, s, k+1)
		if fj < 0 || fj == fi || !dateKind(d.Figures[fj].Kind) {
			continue
		}
		if _, ye := d.FigureTokens(fj); ye >= fs || !verbOfSubject(d, ye) {
			continue
		}
		n := k
		for n > cs && k-n < placeNameWords && d.Tokens[n-1].IsWord() && !isLowerWord(d.TokenText(n-1)) {
			n--
		}
		if n == k || !clauseOpensAt(d, s, cs, n) || !endsBefore(d, s, fj, since) {
			return -1
		}
		return k + 1
	}
	return -1
}

// clauseOpensAt reports whether a clause's subject may open at token n of
// sentence s whose figure's clause opens at cs: n is cs, or follows a
// word that opens a clause ("that", "and", "but", "while", "as").
func clauseOpensAt(d *figures.Document, s *figures.Sentence, cs, n int) bool {
	if n == cs {
		w := strings.ToLower(d.TokenText(n))
		return w != "in" && !prepositions[w] // "In 1999, ..." is fronted time, read elsewhere
	}
	switch strings.ToLower(d.TokenText(n - 1)) {
	case "that", "and", "but", "while", "as", "whereas":
		return true
	}
	return false
}
