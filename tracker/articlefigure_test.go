package tracker

import (
	"slices"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/rules"
)

// TestBestPerMetricTheArticlesFigure: of an article's several figures for
// one metric, bestPerMetric keeps what a reader would call the article's
// figure. A headline's bound and the body's exact figure within it are one
// claim, and the exact one is kept; but a part told beside a whole (one
// village's dead, the children among them), exact and tiny, was kept over
// a wide bound or a total for its width alone, and posted a toll fallen
// from thousands to a dozen. Fails on main for each case marked so.
func TestBestPerMetricTheArticlesFigure(t *testing.T) {
	eng := compileMetrics(t, "article.yaml")
	cases := []struct {
		name, text string
		total      bool
		want       string // figure as written, claimant's words
		failsMain  bool
	}{
		// A headline's bound and the body's exact figure: one claim.
		{"wire: headline bound, body exact within it",
			"QUAKE TOLL TOPS 30,000\n\nThe earthquake has killed 30,412 people, the disaster agency said on Sunday.",
			true, "30,412 disaster agency", false},
		{"british: headline bound, body exact and attributed",
			"Earthquake toll passes 30,000\n\nRescuers in the earthquake zone said on Sunday that 30,412 people had been confirmed dead.",
			true, "30,412 Rescuers in the earthquake zone", false},
		{"headline rounding, body exact",
			"Flood: about 40,000 homeless\n\nThe flood has displaced 41,870 people, the county said.",
			false, "41,870 county", false},
		// A part beside its whole: the whole.
		{"headline bound, one village's dead in the body",
			"Earthquake dead pass 30,000\n\nIn one village near the earthquake's epicentre, 12 people were killed when the roof of a school collapsed on pupils at morning assembly.",
			true, "pass 30,000 ", true},
		{"tabloid headline, one town's dead told at length",
			"More than 30,000 dead in earthquake\n\nThe earthquake killed 12 people in the town of Sela alone, where a market hall fell in on shoppers and traders early on Tuesday.",
			true, "More than 30,000 ", true},
		{"the children among the dead, a longer sentence",
			"The earthquake has killed 340 people, officials said.\n\nAmong the dead of the earthquake were 12 children from a single primary school in the hill town of Karvan.",
			true, "340 officials", true},
		{"a level: the children among the homeless, attributed",
			"The flood has left 1.9 million people homeless across the delta.\n\nOf those displaced by the flood, 800,000 are children under the age of five, according to the relief agencies working in the region.",
			false, "1.9 million ", true},
		{"the whole first and attributed, the part bare",
			"More than 30,000 people have died in the earthquake, the government says.\n\nIn one village near the earthquake's epicentre, 12 people were killed when the roof of a school collapsed on pupils at morning assembly.",
			true, "More than 30,000 government", false},
		// Near misses: two readings of one level that disagree, nearer
		// than a part: the longer quote, as before.
		{"a level: two readings a tenth apart",
			"The flood has displaced 41,870 people, the county said. Volunteers said 38,000 had been displaced by the flood by Monday evening across the two districts.",
			false, "38,000 Volunteers", false},
	}
	day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := keptClaims(eng, c.text, day, false, c.total); !slices.Equal(got, []string{c.want}) {
				t.Errorf("kept %q, want %q (fails on main: %v)", got, c.want, c.failsMain)
			}
		})
	}
}

// TestPartOf: a figure is a part of another only when it cannot be the
// same count and is at most half of it, or below it of a running total.
func TestPartOf(t *testing.T) {
	ob := func(text string) rules.Observation { return rules.Observation{Values: []rules.Value{reading(t, text)}} }
	cases := []struct {
		part, whole string
		total, want bool
	}{
		{"12", "more than 30,000", false, true},
		{"800,000", "1.9 million", false, true},
		{"38,000", "41,870", false, false},
		{"38,000", "41,870", true, true},
		{"41,870", "38,000", true, false},
		{"9,000", "about 12,000", false, false},
	}
	for _, c := range cases {
		if got := partOf(ob(c.part), ob(c.whole), c.total); got != c.want {
			t.Errorf("%q part of %q (total %v): got %v, want %v", c.part, c.whole, c.total, got, c.want)
		}
	}
}
