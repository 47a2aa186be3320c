package tracker

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestRivalClaimantsInOneArticle: an article giving two claimants'
// figures of one metric (not judged by claimant) kept one of them, and the
// rival's count was never recorded (walk59: the ministry's "more than 300"
// and the rights group's "at least 450" in one wire story). Each
// claimant's figure is now kept and judged, and the outcome says which is
// news: of a running total the highest is the value and a lower rival
// disagrees with it ("claimants disagree"); of a level, the figure the
// article's choice was, the rival disagreeing. Near misses: two claimants
// that agree are one claim, a claimant's small part of a total (one town's
// dead) is a part, and an unattributed figure beside a claimed one is
// weighed as before, and so is a claimant's count of another size (a
// province's dead beside the country's: under half of it).
func TestRivalClaimantsInOneArticle(t *testing.T) {
	eng := compileMetrics(t, "article.yaml")
	day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		file     string
		total    bool
		kept     string // each kept figure and its claimant's words, in the order judged
		outcomes string
	}{
		{"total-rivals.txt", true, "more than 31,000 Red Crescent; 30,412 national disaster agency", "baseline conflict"},
		{"level-rivals.txt", false, "38,000 Volunteers; 41,870 county emergency office", "baseline conflict"},
		{"total-agree.txt", true, "30,412 national disaster agency", "baseline"},
		{"total-part.txt", true, "30,412 national disaster agency", "baseline"},
		{"total-other-size.txt", true, "30,412 national disaster agency", "baseline"},
	}
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		for i, c := range cases {
			b, err := os.ReadFile(filepath.Join("testdata", "rival-claims", c.file))
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			if got := strings.Join(keptClaims(eng, text, day, false, c.total), "; "); got != c.kept {
				t.Errorf("%s: kept %q, want %q", c.file, got, c.kept)
				continue
			}
			var obs []model.Observation
			for _, o := range bestPerMetric(eng.ExtractInArticle(text, "", day), func(string) bool { return false }, func(string) bool { return c.total }) {
				m := observationOf(o)
				m.Metric += string(rune('a' + i))
				obs = append(obs, m)
			}
			judge := judgeWithNames(Policy{Total: c.total, ConflictWindow: 48 * time.Hour})
			outs, err := Process(context.Background(), s, article("https://wire.example/"+c.file, "Wire", day, text), obs, judge)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, o := range outs {
				got = append(got, o.String())
			}
			if strings.Join(got, " ") != c.outcomes {
				t.Errorf("%s: outcomes %v, want %s", c.file, got, c.outcomes)
			}
		}
	})
}
