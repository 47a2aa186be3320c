package figures

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// TestInFigure holds InFigure to the figures' token ranges, for texts read
// one after another by one Analyzer (whose Document keeps the bit set's
// storage from text to text).
func TestInFigure(t *testing.T) {
	texts := []string{
		newstext.Generate(20 << 10),
		"Short text, 4 dead.",
		newstext.Stories(8<<10, 500),
		"No figure here.",
	}
	var a Analyzer
	for _, text := range texts {
		d := a.Analyze(text)
		want := make([]bool, len(d.Tokens))
		for fi := range d.Figures {
			fs, fe := d.FigureTokens(fi)
			for k := fs; k < fe; k++ {
				want[k] = true
			}
		}
		for k := range d.Tokens {
			if got := d.InFigure(k); got != want[k] {
				t.Fatalf("token %d %q: InFigure %v, want %v", k, d.TokenText(k), got, want[k])
			}
		}
	}
}
