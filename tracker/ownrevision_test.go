package tracker

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"gopkg.in/yaml.v3"
)

// TestClaimantsOwnRevisionReplacesItsFigure is walk58's desk: IOM's count
// of the dead and missing on a sea route is 1,452, then at least 1,517;
// IOM then revises it "to 1,498, down from 1,517". The claimant withdrew
// the figure the desk accepted, and says so: its revision replaces it,
// posted once as the claimant's revision ("Revised by its claimant: at
// least 1,517 → 1,498"), not "lower figure reported ... the accepted value
// stays", and IOM's next count, at least 1,533, is a change from 1,498. A
// live blog relaying the revision after that is a repeat. Near misses,
// each after 1,452 and 1,517, stay possible corrections (or another
// side's word): IOM's lower figure naming no earlier value, another
// body's revision "down from 1,517", an unattributed one, and IOM's
// revision "to 1,480, down from 1,490", which names a figure the desk never
// accepted, and "to 1,498, down from 1,600", which the accepted "at least
// 1,517" allows but is not (review59). The articles are testdata/revised-down.
func TestClaimantsOwnRevisionReplacesItsFigure(t *testing.T) {
	eng := testdataEngine(t, "revised-down")
	type step struct {
		file, outlet string
		at           time.Duration // after Monday 07:00
		want         string        // its outcome
		event        string        // the message it queues, "" for none
	}
	first := []step{
		{"1-wire-mon", "Tiber Wire", 0, "baseline", ""},
		{"2-radio-tue", "Radio Sirocco", 24 * time.Hour, "change", "change 1,452 → At least 1,517"},
	}
	cases := []struct {
		name  string
		steps []step
		value float64 // the accepted value at the end
	}{
		{"the claimant's revision, its next count, a relay", append(first[:2:2],
			step{"3-press-wed", "IOM press room", 48 * time.Hour, "revised", "change revised At least 1,517 → 1,498"},
			step{"4-wire-thu", "Tiber Wire", 72 * time.Hour, "change", "change 1,498 → at least 1,533"},
			step{"5-blog-thu", "Daily Harbour", 74 * time.Hour, "repeat", ""}), 1533},
		{"a lower figure naming no earlier value", append(first[:2:2],
			step{"n-plain-lower", "IOM press room", 48 * time.Hour, "decrease", "decrease At least 1,517 → 1,498"}), 1517},
		{"another body's revision", append(first[:2:2],
			step{"n-other-claimant", "Daily Harbour", 48 * time.Hour, "conflict", "conflict At least 1,517 → 1,498"}), 1517},
		{"an unattributed revision", append(first[:2:2],
			step{"n-unattributed", "Daily Harbour", 48 * time.Hour, "conflict", "conflict At least 1,517 → 1,498"}), 1517},
		{"the claimant's revision from a figure the accepted bound allows, not the accepted one", append(first[:2:2],
			step{"n-higher-before", "IOM press room", 48 * time.Hour, "decrease", "decrease At least 1,517 → 1,498"}), 1517},
		{"the claimant's revision of a figure never accepted", append(first[:2:2],
			step{"n-older-figure", "IOM press room", 48 * time.Hour, "decrease", "decrease At least 1,517 → 1,480"}), 1517},
	}
	monday := time.Date(2026, 11, 2, 7, 0, 0, 0, time.UTC)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			eachStore(t, func(t *testing.T, open func() store.Store) {
				ctx := context.Background()
				s := open()
				_, p := testPass(t)
				p.Store, p.Engine = s, eng
				for _, st := range c.steps {
					text, err := os.ReadFile(filepath.Join("testdata", "revised-down", st.file+".txt"))
					if err != nil {
						t.Fatal(err)
					}
					at := monday.Add(st.at)
					dir := writeFolder(t, map[string]string{at.Format("2006-01-02T1504") + "-route.txt": string(text)})
					p.Now = func() time.Time { return at.Add(time.Hour) }
					if res := p.Run(ctx, scrape.Source{Name: st.file, Dir: dir, Outlet: st.outlet}); res.Err != nil || res.Observations != 1 {
						t.Fatalf("%s: %+v; want one observation", st.file, res)
					}
					hist, err := s.History(ctx, "route_dead_missing")
					if err != nil {
						t.Fatal(err)
					}
					var got *model.Observation
					for i := range hist {
						if hist[i].Outlet == st.outlet && hist[i].Published.Equal(at) {
							got = &hist[i]
						}
					}
					if got == nil {
						t.Fatalf("%s: not in the history %+v", st.file, hist)
					}
					if got.Outcome != st.want {
						t.Errorf("%s: %s %s, want %s", st.file, got.Readings[0].Text, got.Outcome, st.want)
					}
					var evs []string
					for _, e := range pending(t, s) {
						ev := string(e.Kind)
						if e.Payload.Revision {
							ev += " revised"
						}
						if e.Payload.Old != nil {
							ev += " " + e.Payload.Old.Readings[0].Text + " →"
						}
						evs = append(evs, ev+" "+notifyText(e))
					}
					want := []string{}
					if st.event != "" {
						want = append(want, st.event)
					}
					if len(evs) != len(want) || len(evs) == 1 && evs[0] != want[0] {
						t.Errorf("%s: queued %q, want %q", st.file, evs, want)
					}
				}
				values, err := s.AcceptedValues(ctx, "route_dead_missing")
				if err != nil || len(values) != 1 {
					t.Fatalf("accepted: %+v %v", values, err)
				}
				if v := values[0].Readings[0].Value; v != c.value {
					t.Errorf("accepted %v, want %v", v, c.value)
				}
			})
		})
	}
}

// testdataEngine compiles the metrics of testdata/DIR/metrics.yaml.
func testdataEngine(t *testing.T, dir string) *rules.Engine {
	t.Helper()
	var f struct {
		Metrics []rules.MetricSpec `yaml:"metrics"`
	}
	spec, err := os.ReadFile(filepath.Join("testdata", dir, "metrics.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(spec, &f); err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(f.Metrics)
	if err != nil {
		t.Fatal(err)
	}
	return eng
}
