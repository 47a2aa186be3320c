package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A superlative's yardstick may name its event before the year: "the worst
// in a European war since the Balkans in the 1990s", "the deadliest since
// the Kobe quake of 1995", "the largest displacement since Europe after
// 1945". The year dates what the figure is ranked against, not the
// figure's event, as "the deadliest since the 1939 Erzincan quake" does
// (sinceFrame); the year is read as the frame's however many words of the
// yardstick's noun phrase stand between "since" and it. A clause the year
// opens with "when" or "where" tells of the yardstick itself ("since the
// Balkans in the 1990s, when some 100,000 people were killed"): its figure
// is that event's, and the year is read as the earlier event's as before.

// rankSinceWords is how many words may stand between the "since" of a
// superlative's frame and the year that closes it.
const rankSinceWords = 6

// rankSince reports whether year figure fi closes the noun phrase of a
// superlative's "since" frame: "since", then only words, then the year,
// and a superlative in the words before "since"; and no clause telling of
// the yardstick follows the year.
func rankSince(d *figures.Document, s *figures.Sentence, fi int) bool {
	ts, te := d.FigureTokens(fi)
	if yardstickClause(d, s, te) {
		return false
	}
	for k := ts - 1; k > s.TokStart && k >= ts-rankSinceWords-1; k-- {
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) {
			return false
		}
		if strings.EqualFold(d.TokenText(k), "since") {
			return k+1 < ts && superlativeBefore(d, s, k+1)
		}
	}
	return false
}

// yardstickClause reports whether a clause opened by "when" or "where",
// straight or after a comma, starts at token k of sentence s.
func yardstickClause(d *figures.Document, s *figures.Sentence, k int) bool {
	if k < s.TokEnd && d.TokenText(k) == "," {
		k++
	}
	if k >= s.TokEnd {
		return false
	}
	w := d.LowerTokenText(k)
	return w == "when" || w == "where"
}
