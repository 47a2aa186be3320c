package rules

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestFigureInIsFigureAt holds figureIn, which takes the token's sentence as
// given, to figureAt, which looks the sentence up.
func TestFigureInIsFigureAt(t *testing.T) {
	for _, text := range []string{newstext.Generate(1 << 14), newstext.Stories(1<<14, 4000),
		"Some 1,200 were killed.\n\n\"About 40,000,\" he said. (Up to 3 million.) 5 4 3 2 1 - done"} {
		d := figures.Analyze(text)
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for k := s.TokStart; k < s.TokEnd; k++ {
				if in, at := figureIn(d, s, k), figureAt(d, k); in != at {
					t.Fatalf("token %d (%q): figureIn %d, figureAt %d", k, d.TokenText(k), in, at)
				}
			}
		}
	}
}
