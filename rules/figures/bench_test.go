package figures

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// BenchmarkAnalyze is the cost of finding figures and sentences alone, the
// part every metric shares, on text at real articles' figure density
// ("news") and with a figure in every sentence ("dense"). It reuses one
// Analyzer, as the rules engine does from text to text.
func BenchmarkAnalyze(b *testing.B) {
	for _, c := range []struct{ name, text string }{{"news", newstext.Stories(1<<20, 4000)}, {"dense", newstext.Generate(1 << 20)}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			var a Analyzer
			for b.Loop() {
				a.Analyze(c.text)
			}
		})
	}
}

// BenchmarkHostile runs inputs built to make the parser try and fail at
// every token; time per byte must stay flat as they grow (compare the two
// sizes of each).
func BenchmarkHostile(b *testing.B) {
	for _, unit := range []string{"1-", "1/", "$", "twenty-", "half a ", "between 1 and ", "two hundred and ",
		"cases top the ", "Game 7 ", "1m Tall ", "climbing past "} {
		for _, k := range []int{1000, 100000} {
			text := strings.Repeat(unit, k)
			b.Run(strings.TrimSpace(unit)+"x"+itoa(k), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Analyze(text)
				}
			})
		}
	}
}

func itoa(n int) string {
	if n >= 1000 && n%1000 == 0 {
		return itoa(n/1000) + "k"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
