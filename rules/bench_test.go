package rules

import (
	"fmt"
	"slices"
	"testing"
	"time"

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
	benchmarkExtractAt(b, specs, text, claimants, time.Time{})
}

// benchmarkExtractAt extracts text as an article of the given date (the
// zero date: not known, as Extract does).
func benchmarkExtractAt(b *testing.B, specs []MetricSpec, text string, claimants bool, date time.Time) {
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
		e.ExtractInArticle(text, "", date)
	}
}

// benchCorpus is a named text the extract benchmarks read.
type benchCorpus struct {
	name string
	text string
}

// benchCorpora is the two 1 MB texts BenchmarkExtract describes, dense and
// news, read alike by its dated and claimant-free variants.
func benchCorpora() []benchCorpus {
	return []benchCorpus{{"dense", newstext.Generate(1 << 20)}, {"news", newstext.Stories(1<<20, 4000)}}
}

// BenchmarkExtract runs the rules over 1 MB of text of two kinds: "dense",
// every sentence with figures (about 21 a kilobyte, ten times real wire
// copy: the worst case), and "news", stories with figures at the density of
// real articles (about 2 a kilobyte).
func BenchmarkExtract(b *testing.B) {
	for _, corpus := range benchCorpora() {
		b.Run(corpus.name+"/shipped", func(b *testing.B) { benchmarkExtract(b, shippedSpecs(b), corpus.text) })
		for _, n := range []int{1, 100, 1000} {
			b.Run(fmt.Sprintf("%s/metrics=%d", corpus.name, n), func(b *testing.B) { benchmarkExtract(b, syntheticSpecs(n), corpus.text) })
		}
	}
}

// BenchmarkExtractDated is BenchmarkExtract on an article with a date,
// as the tracker extracts (tracker/article.go): the readers that need the
// article's date (the as-of reader, asofday.go; a past year's period,
// decade.go) run only on this path, and Extract, with no date, skips them.
func BenchmarkExtractDated(b *testing.B) {
	date := time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC)
	for _, corpus := range benchCorpora() {
		for _, n := range []int{1, 100, 1000} {
			b.Run(fmt.Sprintf("%s/metrics=%d", corpus.name, n), func(b *testing.B) {
				benchmarkExtractAt(b, syntheticSpecs(n), corpus.text, true, date)
			})
		}
	}
}

// BenchmarkExtractNoClaimants is BenchmarkExtract with claimants off: the
// figure finder and the rules alone, to tell their cost from the
// claimants' (the difference from BenchmarkExtract).
func BenchmarkExtractNoClaimants(b *testing.B) {
	for _, corpus := range benchCorpora() {
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

// BenchmarkExtractSplit runs the dense text with parts of syntheticSpecs(1000),
// to tell what the 1,000-metric extract pays for (docs/history/performance-rounds.md,
// speed38): "matching=8" one metric of each common word (the eight whose
// keywords the text holds), "matching=8+unmatched=940" those and 940 metrics
// whose words it never holds, "groups=28" the eight and the 20 pattern metrics
// (the 1,000 less the four twins of each of the eight), "matching=1" the one
// metric of "wounded" alone, "untwinned=1000" all 1,000 with the five metrics
// of each common word told apart by their window (6 to 10), so that none are
// twins (twins.go): metrics that share a word but not all their rules, as a
// desk's do, each evaluate the sentence themselves (speed48).
func BenchmarkExtractSplit(b *testing.B) {
	text := newstext.Generate(1 << 20)
	all := syntheticSpecs(1000)
	var matching, patterns, unmatched []MetricSpec
	common := map[string]bool{}
	for i, s := range all {
		switch {
		case len(s.Patterns) > 0:
			patterns = append(patterns, s)
		case i%20 != 0:
			unmatched = append(unmatched, s)
		case !common[s.Keywords[2]]:
			common[s.Keywords[2]] = true
			matching = append(matching, s)
		}
	}
	for _, part := range []struct {
		name  string
		specs []MetricSpec
	}{
		{fmt.Sprintf("matching=%d", len(matching)), matching},
		{fmt.Sprintf("matching=%d+unmatched=%d", len(matching), len(unmatched)), append(slices.Clone(matching), unmatched...)},
		{fmt.Sprintf("groups=%d", len(matching)+len(patterns)), append(slices.Clone(matching), patterns...)},
		{"matching=1", all[20:21]},
		{"untwinned=1000", untwinned(all)},
	} {
		b.Run("dense/"+part.name, func(b *testing.B) { benchmarkExtract(b, part.specs, text) })
	}
}

// untwinned returns specs with each metric's window set by its place in
// the list (6 for the first 200, 7 for the next, to 10), so the metrics of
// syntheticSpecs that share a common word (every twentieth, 200 apart) are
// no twins.
func untwinned(specs []MetricSpec) []MetricSpec {
	specs = slices.Clone(specs)
	for i := range specs {
		specs[i].Window = 6 + i/200
	}
	return specs
}
