package rules

import (
	"fmt"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// syntheticSpecs makes n metrics shaped like real ones: mostly on topics of
// their own (keywords the text never uses), one in twenty on words it does.
func syntheticSpecs(n int) []MetricSpec {
	common := []string{"killed", "wounded", "sheltering", "trucks", "households", "prisoners", "military aid", "teacher", "families", "flour"}
	specs := make([]MetricSpec, n)
	for i := range specs {
		kw := []string{fmt.Sprintf("topic%dword", i), fmt.Sprintf("subject%d*", i)}
		if i%20 == 0 {
			kw = append(kw, common[i/20%len(common)])
		}
		specs[i] = MetricSpec{ID: fmt.Sprintf("metric_%d", i), Keywords: kw, Window: 6}
		if i%50 == 0 {
			specs[i].Patterns = []string{fmt.Sprintf("{a} (Palestinian )?prisoners in exchange for {b} hostages%d?", i)}
			specs[i].Keywords = nil
		}
	}
	return specs
}

func benchmarkExtract(b *testing.B, specs []MetricSpec, text string) {
	benchmarkExtractClaimants(b, specs, text, true)
}

func benchmarkExtractClaimants(b *testing.B, specs []MetricSpec, text string, claimants bool) {
	e, err := Compile(specs)
	if err != nil {
		b.Fatal(err)
	}
	if !claimants {
		e.UseClaimants(nil)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		e.Extract(text)
	}
}

// BenchmarkExtract runs the rules over 1 MB of text of two kinds: "dense",
// every sentence with figures (about 21 a kilobyte, ten times real wire
// copy: the worst case), and "news", stories with figures at the density of
// real articles (about 2 a kilobyte).
func BenchmarkExtract(b *testing.B) {
	for _, corpus := range []struct {
		name string
		text string
	}{{"dense", newstext.Generate(1 << 20)}, {"news", newstext.Stories(1<<20, 4000)}} {
		b.Run(corpus.name+"/shipped", func(b *testing.B) { benchmarkExtract(b, shippedSpecs(b), corpus.text) })
		for _, n := range []int{1, 100, 1000} {
			b.Run(fmt.Sprintf("%s/metrics=%d", corpus.name, n), func(b *testing.B) { benchmarkExtract(b, syntheticSpecs(n), corpus.text) })
		}
	}
}

// BenchmarkExtractNoClaimants is BenchmarkExtract with claimants off: the
// figure finder and the rules alone, to tell their cost from the
// claimants' (the difference from BenchmarkExtract).
func BenchmarkExtractNoClaimants(b *testing.B) {
	for _, corpus := range []struct {
		name string
		text string
	}{{"dense", newstext.Generate(1 << 20)}, {"news", newstext.Stories(1<<20, 4000)}} {
		for _, n := range []int{1, 100, 1000} {
			b.Run(fmt.Sprintf("%s/metrics=%d", corpus.name, n), func(b *testing.B) {
				benchmarkExtractClaimants(b, syntheticSpecs(n), corpus.text, false)
			})
		}
	}
}

// BenchmarkMatch runs the rules alone on a text analysed once: what the
// engine adds to the figure finder, as metrics are added.
func BenchmarkMatch(b *testing.B) {
	text := newstext.Generate(1 << 20)
	d := figures.Analyze(text)
	for _, n := range []int{1, 100, 1000} {
		b.Run(fmt.Sprintf("dense/metrics=%d", n), func(b *testing.B) {
			e, err := Compile(syntheticSpecs(n))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				e.ExtractDoc(d)
			}
		})
	}
}
