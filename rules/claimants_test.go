package rules

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// BenchmarkExtractClaimants measures what finding claimants costs the
// engine: the same texts and metrics with the finder off and on (the
// shipped claimants), side by side so a loaded machine skews both alike.
func BenchmarkExtractClaimants(b *testing.B) {
	for _, corpus := range []struct {
		name string
		text string
	}{{"dense", newstext.Generate(1 << 20)}, {"news", newstext.Stories(1<<20, 4000)}} {
		for _, on := range []bool{false, true} {
			name := corpus.name + "/claimants=off"
			if on {
				name = corpus.name + "/claimants=on"
			}
			b.Run(name, func(b *testing.B) {
				e, err := Compile(shippedSpecs(b))
				if err != nil {
					b.Fatal(err)
				}
				if !on {
					e.UseClaimants(nil)
				}
				b.SetBytes(int64(len(corpus.text)))
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					e.Extract(corpus.text)
				}
			})
		}
	}
}

// BenchmarkAttribute measures naming the claimants alone: the figures the
// shipped metrics observe in each text, found once, then attributed anew
// each round (what BenchmarkExtractClaimants's "on" adds to its "off").
func BenchmarkAttribute(b *testing.B) {
	for _, corpus := range []struct {
		name string
		text string
	}{{"dense", newstext.Generate(1 << 20)}, {"news", newstext.Stories(1<<20, 4000)}} {
		b.Run(corpus.name, func(b *testing.B) {
			e, err := Compile(shippedSpecs(b))
			if err != nil {
				b.Fatal(err)
			}
			d := figures.Analyze(corpus.text)
			off, err := Compile(shippedSpecs(b))
			if err != nil {
				b.Fatal(err)
			}
			off.UseClaimants(nil)
			obs := off.ExtractDoc(d)
			work := make([]Observation, len(obs))
			b.SetBytes(int64(len(corpus.text)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				copy(work, obs)
				e.attribute(d, work)
			}
		})
	}
}
