package tracker

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/rules"
)

// TestBestPerMetricTotalKeepsClaimedTotal is user51's migration desk: a
// lede's incident count ("recovered eleven bodies") beside the body's
// claimed running total. Of a total, the claimed figure is the article's
// claim and the bare one a part told with it; of a level, or with no
// claimant on either side, the narrowest still wins (better), but for a
// total's small part (round56: partOf).
func TestBestPerMetricTotalKeepsClaimedTotal(t *testing.T) {
	eng := compileMetrics(t, "total.yaml")
	cases := []struct {
		name, text string
		total      bool
		want       []string // figure as written, claimant's words
	}{
		{"british: fishermen's bodies beside the agency's total",
			"Fishermen found seven bodies on a beach near Zuwara.\n\nMore than 2,100 migrants have died or gone missing in the Mediterranean this year, according to the International Organization for Migration.",
			true, []string{"More than 2,100 International Organization for Migration"}},
		{"live blog: a capsizing's drowned beside the stamped total",
			"09:40 Twelve people drowned when a dinghy capsized off Lampedusa.\n\n09:55 The Mediterranean toll this year is now 2,140, the International Organization for Migration says.",
			true, []string{"2,140 International Organization for Migration"}},
		{"wire: the total first, the day's recovered bodies after",
			"At least 2,160 people have died or gone missing in the Mediterranean this year, the IOM said on Friday. Coastguards recovered nine bodies off Crete.",
			true, []string{"At least 2,160 IOM"}},
		// Near misses: unchanged.
		{"a level: the narrowest, as before",
			"Fishermen found seven bodies on a beach near Zuwara.\n\nMore than 2,100 migrants have died or gone missing in the Mediterranean this year, according to the International Organization for Migration.",
			false, []string{"seven "}},
		{"a total: the article's newer bare total above the body's earlier reading it restates",
			"Rescuers recovered more bodies overnight, taking the number of migrants dead or missing in the Mediterranean this year to 2,240.\n\nOn Wednesday the International Organization for Migration said 2,160 had died or gone missing there since January.",
			true, []string{"2,240 "}},
		{"a total, neither claimed: the whole, not its small part",
			"Fishermen found seven bodies on a beach near Zuwara.\n\nMore than 2,100 migrants have died or gone missing in the Mediterranean this year.",
			true, []string{"More than 2,100 "}},
	}
	day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := keptClaims(eng, c.text, day, false, c.total); !slices.Equal(got, c.want) {
				t.Errorf("kept %q, want %q", got, c.want)
			}
		})
	}
}

// compileMetrics compiles the metrics of a rule file in testdata/bestpermetric.
func compileMetrics(t *testing.T, name string) *rules.Engine {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "bestpermetric", name))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Metrics []rules.MetricSpec `yaml:"metrics"`
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(f.Metrics)
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

// keptClaims is what bestPerMetric keeps of an article's observations,
// each as its figure as written and its claimant's words.
func keptClaims(eng *rules.Engine, text string, date time.Time, byClaimant, total bool) []string {
	var got []string
	for _, o := range bestPerMetric(eng.ExtractInArticle(text, "", date), func(string) bool { return byClaimant },
		func(string) bool { return total }) {
		words := ""
		if o.Claimant != nil {
			words = o.Claimant.Words
		}
		got = append(got, o.Main().Text+" "+words)
	}
	return got
}
