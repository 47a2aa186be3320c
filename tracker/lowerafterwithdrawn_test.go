package tracker

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestLowerAfterWithdrawnJudgedAgain: a paper's slip ("more than 3,000
// detained", the ministry's figure being 300) is the value when the wire
// carries the same ministry's newer 412, flagged as a lower total; then
// the paper corrects its figure in place to "more than 300" under a
// "Correction:" note. The corrected figure replaces the slip, and 412, the
// ministry's newest word, is judged again against it: a change, the value,
// posted after the outlet's correction (walk59: the value stayed "more
// than 300"). Near misses: a newer figure still lower than the corrected
// one stays a lower total, and a revision with no note (an update, no
// correction: "more than 300" agrees with "more than 3,000" as a bound)
// changes nothing of 412's.
func TestLowerAfterWithdrawnJudgedAgain(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		cases := []struct {
			name      string
			newer     string // the wire's file and figure
			newerFig  string
			revision  string // the paper's revised text
			want      string // the accepted value at the end
			newerLast string // the wire figure's outcome at the end
			kinds     string // the events posted after the wire's, in order
		}{
			{"corrected: the newer figure is a change from it", "newer.txt", "412", "corrected.txt", "412", "change", "change change"},
			{"near miss: still lower than the corrected figure", "newer-lower.txt", "250", "corrected.txt", "more than 300", "decrease", "change"},
			{"near miss: an update with no note", "newer.txt", "412", "updated.txt", "more than 3,000", "decrease", ""},
		}
		for i, c := range cases {
			metric := fmt.Sprintf("detained%d", i)
			w := slipLowerCorrected(t, s, metric, c.newer, c.newerFig, c.revision, func() {
				if evs := pending(t, s); len(evs) != 1 || evs[0].Kind != model.EventDecrease {
					t.Fatalf("%s: the wire's figure should be flagged as a lower total first: %v", c.name, evs)
				}
			})
			var kinds []string
			for _, e := range pending(t, s) {
				kinds = append(kinds, string(e.Kind))
				if e.Kind == model.EventChange && !e.Payload.Correction && c.newerLast == "change" {
					if e.Payload.Old == nil || e.Payload.Old.Readings[0].Text != "more than 300" || e.Payload.New.Readings[0].Text != c.newerFig {
						t.Errorf("%s: the change should be more than 300 → %s: %+v", c.name, c.newerFig, e.Payload)
					}
				}
			}
			if got := strings.Join(kinds, " "); got != c.kinds {
				t.Errorf("%s: posted %q after the wire's figure, want %q", c.name, got, c.kinds)
			}
			acc := accepted(t, s, metric, "")
			if got, want := fmt.Sprint(acc.Readings[0].Value), fmt.Sprint(reading(t, c.want).Value); got != want {
				t.Errorf("%s: the accepted value is %s, want %s", c.name, got, want)
			}
			hist, err := s.History(ctx, metric)
			if err != nil {
				t.Fatal(err)
			}
			var outs []string
			for _, o := range hist {
				outs = append(outs, o.Outcome)
				if o.URL == w && o.Outcome != c.newerLast {
					t.Errorf("%s: the wire's figure is %s, want %s", c.name, o.Outcome, c.newerLast)
				}
			}
			if t.Failed() {
				t.Logf("%s: outcomes %v", c.name, outs)
			}
		}
	})
}

// slipLowerCorrected runs the story of testdata/withdrawn-lower for metric:
// the paper's slip "more than 3,000", the wire's
// newer figure of the same ministry (file newer, figure newerFig), between
// (the test's look at the outbox then), and the paper's revision (file
// revision) giving "more than 300". It returns the wire's address.
func slipLowerCorrected(t *testing.T, s store.Store, metric string, newer, newerFig, revision string, between func()) string {
	t.Helper()
	text := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "withdrawn-lower", name))
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(b))
	}
	ctx := context.Background()
	day0 := time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)
	paper := fmt.Sprintf("https://standard-%s.example/estrava-crackdown", metric)
	judge := judgeWithNames(Policy{Total: true, ConflictWindow: 48 * time.Hour})
	fig := func(f, quote string) model.Observation {
		o := claimed(t, metric, f, "", "interior ministry")
		o.Quote = quote
		return o
	}
	a := article(paper, "Northern Standard", day0, text("slip.txt"))
	a.Text = text("slip.txt")
	if _, err := Process(ctx, s, a, []model.Observation{fig("more than 3,000", a.Text)}, judge); err != nil {
		t.Fatal(err)
	}
	w := article(fmt.Sprintf("https://wire-%s.example/detentions-rise", metric), "Capital Wire", day0.Add(6*time.Hour), text(newer))
	w.Text = text(newer)
	if _, err := Process(ctx, s, w, []model.Observation{fig(newerFig, w.Text)}, judge); err != nil {
		t.Fatal(err)
	}
	between()
	rev := text(revision)
	a = article(paper, "Northern Standard", day0, rev)
	a.Text = rev
	if _, err := processBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{fig("more than 300", rev)}, Revised: true, AsOf: day0.Add(8 * time.Hour)}}, judge, nil, nil); err != nil {
		t.Fatal(err)
	}
	return w.URL
}
