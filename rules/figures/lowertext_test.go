package figures

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// TestLowerTokenText holds the lowered text's words to the token's own text
// lowered byte by byte, for every token of texts one after another in one
// Analyzer (so nothing left from a longer text may answer), with long
// words, words whose capitals follow a letter outside ASCII, and texts
// whose length is not a multiple of eight.
func TestLowerTokenText(t *testing.T) {
	long := "Pneumonoultramicroscopicsilicovolcanoconiosis" + strings.Repeat("X", 40)
	texts := []string{
		newstext.Generate(20 << 10),
		strings.Repeat("Some ", 205) + "ABCDEFGHIJ said " + long + " that 12 Were KILLED. ",
		"Short TEXT, 4 Dead.",
		"Über naïVE ÉCOLE, 1E5 and 2e3 cafés; ÖL\u00a0Grüße.",
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

// TestLower8 holds lower8 to lowering byte by byte, for every byte value
// in every lane beside every other value.
func TestLower8(t *testing.T) {
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			for lane := 0; lane < 7; lane++ {
				var in, want uint64
				for k := 0; k < 8; k++ {
					c := byte(b)
					if k == lane {
						c = byte(a)
					}
					in |= uint64(c) << (8 * k)
					want |= uint64(lower(c)) << (8 * k)
				}
				if got := lower8(in); got != want {
					t.Fatalf("lower8(%#016x) = %#016x, want %#016x", in, got, want)
				}
			}
		}
	}
}

// TestLowerTextTails holds lowerText to lowering byte by byte for texts of
// every length up to three of its sixteen-byte turns, so that each length
// of tail left after the turns is read.
func TestLowerTextTails(t *testing.T) {
	const src = "The UN Said 1,200 TRUCKS Crossed; ÜBER Éclair ZZ Aa @[`{ "
	for n := 0; n <= 48 && n <= len(src); n++ {
		s := src[:n]
		want := []byte(s) // byte by byte: a cut may split a rune
		for k, c := range want {
			if c >= 'A' && c <= 'Z' {
				want[k] = c + 'a' - 'A'
			}
		}
		if got := lowerText(s); got != string(want) {
			t.Errorf("lowerText(%q) = %q, want %q", s, got, want)
		}
	}
}
