package rules

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestGroupByMetric holds groupByMetric to a stable sort by metric, on
// hit lists grouped already and interleaved.
func TestGroupByMetric(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var o hitOrder
	for n := range 200 {
		hits := make([]hit, n%60)
		for i := range hits {
			hits[i] = hit{ref: phraseRef{metric: int32(r.IntN(1 + n%7*150)), index: int32(i)}, start: r.IntN(40)}
		}
		if n%3 == 0 {
			slices.SortStableFunc(hits, func(a, b hit) int { return int(a.ref.metric - b.ref.metric) })
		}
		want := slices.Clone(hits)
		slices.SortStableFunc(want, func(a, b hit) int { return int(a.ref.metric - b.ref.metric) })
		groupByMetric(hits, &o)
		if !slices.Equal(hits, want) {
			t.Fatalf("case %d: got %v, want %v", n, hits, want)
		}
	}
}
