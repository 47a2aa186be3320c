package tracker

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// TestStoreNewYearIsPosted: a total that counts the calendar year (since:
// year) takes
// January's lower figure as the new year's first reading and posts it,
// without announce_first: the value never drops in silence.
func TestStoreNewYearIsPosted(t *testing.T) {
	spec := rules.MetricSpec{ID: "arrivals", Name: "Sea arrivals in Italy", Total: true, Since: rules.StartDate{Calendar: true}}
	judge := func(string) (Policy, MetricInfo) {
		return PolicyOf(spec, 48*time.Hour), MetricInfo{Name: spec.Name, Unit: "people"}
	}
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		step := stepper(ctx, t, s, "arrivals", judge)
		dec := time.Date(2026, 12, 30, 9, 0, 0, 0, time.UTC)
		if o := step(article("https://a.example/1", "A", dec, "one"), "62,015"); o != Baseline {
			t.Fatalf("first: %s", o)
		}
		pending(t, s)
		if o := step(article("https://a.example/2", "A", dec.Add(6*24*time.Hour), "two"), "812"); o != Baseline {
			t.Errorf("new year: %s", o)
		}
		evs := pending(t, s)
		if len(evs) != 1 || evs[0].Kind != model.EventFirst || evs[0].Payload.New.Readings[0].Value != 812 {
			t.Fatalf("want the new year's first reading posted, got %+v", evs)
		}
		// The message names the year whose count begins, and the year
		// before's last value: "First reading" alone read as a new metric.
		if p := evs[0].Payload; p.Year != 2027 || p.Old == nil || p.Old.Readings[0].Value != 62015 {
			t.Errorf("new year's payload: year %d, old %+v", p.Year, p.Old)
		}
		if cur, _, err := s.Current(ctx, "arrivals"); err != nil || cur == nil || cur.Readings[0].Value != 812 {
			t.Errorf("current: %+v %v", cur, err)
		}
		if o := step(article("https://a.example/3", "A", dec.Add(7*24*time.Hour), "three"), "700"); o != Decrease {
			t.Errorf("lower within the new year: %s", o)
		}
	})
}
