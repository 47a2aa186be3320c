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
// yardstick's noun phrase stand between "since" and it.

// rankSinceWords is how many words may stand between the "since" of a
// superlative's frame and the year that closes it.
const rankSinceWords = 6

// rankSince reports whether the year at token ts closes the noun phrase of
// a superlative's "since" frame: "since", then only words, then the year,
// and a superlative in the words before "since".
func rankSince(d *figures.Document, s *figures.Sentence, ts int) bool {
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
