package figures

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// TestLowerTokenText holds the cached lower case to the token's own text
// lowered byte by byte, for every token of texts one after another in one
// Analyzer (so a block left from a longer text must not answer), with words
// across blocks' ends and words longer than a block's overhang.
func TestLowerTokenText(t *testing.T) {
	long := "Pneumonoultramicroscopicsilicovolcanoconiosis" + strings.Repeat("X", 40)
	texts := []string{
		newstext.Generate(20 << 10),
		strings.Repeat("Some ", 205) + "ABCDEFGHIJ said " + long + " that 12 Were KILLED. ",
		"Short TEXT, 4 Dead.",
		newstext.Stories(8<<10, 500),
	}
	var a Analyzer
	for _, text := range texts {
		d := a.Analyze(text)
		for i := range d.Tokens {
			w := d.TokenText(i)
			want := strings.Map(func(r rune) rune {
				if r >= 'A' && r <= 'Z' {
					return r + 'a' - 'A'
				}
				return r
			}, w)
			if got := d.LowerTokenText(i); got != want {
				t.Fatalf("token %d %q: LowerTokenText %q, want %q", i, w, got, want)
			}
		}
	}
}
