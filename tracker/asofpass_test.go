package tracker

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/scrape"
)

// TestPassDatesReRunByItsAsOf: a pass reads a re-run's as-of from its
// sentence through the rules (model.Says' AsOf, stored with the
// observation), and the tracker judges by it: the ministry's 33,091 of
// Monday 7 December, superseded by its 33,200 of Tuesday, run again by
// another outlet on the Monday after "as of December 7" is its superseded
// word, a repeat, past the re-run window. Near miss: the same figure "as
// of December 13", after the newer figure, is the ministry's word since,
// and no repeat; the stored observation keeps the day its sentence gave.
func TestPassDatesReRunByItsAsOf(t *testing.T) {
	for _, c := range []struct {
		day    string
		asOf   time.Time
		repeat bool
	}{
		{"December 7", time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC), true},
		{"December 13", time.Date(2026, 12, 13, 0, 0, 0, 0, time.UTC), false},
	} {
		ctx := context.Background()
		s, p := testPass(t)
		p.Now = func() time.Time { return time.Date(2026, 12, 9, 12, 0, 0, 0, time.UTC) }
		herald := writeFolder(t, map[string]string{
			"2026-12-07-toll.txt": "Gaza toll rises\n\nThe death toll in Gaza has risen to 33,091, the territory's health ministry said.",
			"2026-12-08-toll.txt": "Gaza toll rises again\n\nThe death toll in Gaza has risen to 33,200, the territory's health ministry said.",
		})
		if res := p.Run(ctx, scrape.Source{Name: "herald", Dir: herald, Outlet: "Valley Herald"}); res.Err != nil || res.Observations != 2 {
			t.Fatalf("the herald's pass: %+v", res)
		}
		p.Now = func() time.Time { return time.Date(2026, 12, 14, 12, 0, 0, 0, time.UTC) }
		radio := writeFolder(t, map[string]string{
			"2026-12-14-toll.txt": "Gaza war\n\nAs of " + c.day + ", the death toll in Gaza stood at 33,091, the territory's health ministry said.",
		})
		if res := p.Run(ctx, scrape.Source{Name: "radio", Dir: radio, Outlet: "Harbour Radio"}); res.Err != nil || res.Observations != 1 {
			t.Fatalf("%s: the radio's pass: %+v", c.day, res)
		}
		hist, err := s.History(ctx, "gaza_death_toll")
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range hist {
			if o.Outlet != "Harbour Radio" {
				continue
			}
			if !o.AsOf.Equal(c.asOf) {
				t.Errorf("%s: stored as of %v, want %v", c.day, o.AsOf, c.asOf)
			}
			if got := o.Outcome == Repeat.String(); got != c.repeat {
				t.Errorf("%s: outcome %s, repeat %v", c.day, o.Outcome, c.repeat)
			}
		}
	}
}
