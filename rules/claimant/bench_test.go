package claimant

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// BenchmarkEveryFigure is what `claimtrack figures` pays to name the
// claimant of every figure of a text, beside analysing the text alone.
func BenchmarkEveryFigure(b *testing.B) {
	f, err := New(Defaults())
	if err != nil {
		b.Fatal(err)
	}
	for _, corpus := range []struct {
		name string
		text string
	}{{"dense", newstext.Generate(1 << 20)}, {"news", newstext.Stories(1<<20, 4000)}} {
		for _, find := range []bool{false, true} {
			name := corpus.name + "/analyse"
			if find {
				name = corpus.name + "/analyse+claimants"
			}
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(corpus.text)))
				var a figures.Analyzer
				for b.Loop() {
					d := a.Analyze(corpus.text)
					if !find {
						continue
					}
					doc := f.Doc(d)
					for _, fig := range d.Figures {
						doc.Find(fig.Start, fig.End)
					}
					doc.Release()
				}
			})
		}
	}
}
