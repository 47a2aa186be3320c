package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// An earlier year in what a colon adds after a whole clause dates a thing
// of that explanation, not the figure's event before the colon: "If the
// earthquakes' toll of 59,259 ... tells us anything, it is that ... lies
// in enforcement, not codes: Turkey's 2018 building regulations were
// among the most demanding in the world." The figure's clause keeps its
// reading; a year before the colon, or a figure after it, is read as
// before.

// colonClauseWords is how many words past the figure make the stretch
// before a colon a clause of its own.
const colonClauseWords = 10

// yearAfterColon reports whether a colon after a whole clause stands
// between figure fi and the earlier year at token yt, the figure first.
func yearAfterColon(d *figures.Document, s *figures.Sentence, yt, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if yt <= fe {
		return false
	}
	words := 0
	for k := fe; k < yt; k++ {
		if d.Tokens[k].IsWord() {
			words++
		}
		// A whole clause before the colon: a verb of being or having, or
		// a long stretch past the figure ("... tells us anything, it is
		// that ... lies in enforcement, not codes:"), not a headline's
		// "Toll passes 17,000: 1999 disaster revisited".
		if d.TokenText(k) == ":" && (clauseBeforeColon(d, s, k) || words >= colonClauseWords) {
			return true
		}
	}
	return false
}
