package notify

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// TestChangeDatesAnOldValue: a change from a value more than a week older
// than the new figure names that value's outlet and day, so that a jump
// across months is not read as a rise since yesterday; within the week the
// message is as before.
func TestChangeDatesAnOldValue(t *testing.T) {
	r, err := NewRenderer(nil, Plain)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 6, 2, 18, 0, 0, time.UTC)
	change := func(oldAt time.Time) string {
		e := model.Event{Kind: model.EventChange, Metric: "fire_evacuated", Payload: model.EventPayload{
			MetricName: "People ordered out by the fires",
			Old: &model.Observation{Outlet: "Interior News", Published: oldAt,
				Readings: []model.Reading{{Name: "value", Value: 8000, Text: "8,000"}}},
			New: &model.Observation{Outlet: "Coast Wire", Published: now, Quote: "More than 41,300 people are under orders.",
				Readings: []model.Reading{{Name: "value", Value: 41300, Text: "more than 41,300", Qualifier: "more_than"}}},
		}}
		m, err := r.Render(e)
		if err != nil {
			t.Fatal(err)
		}
		return m.Body
	}
	if got := change(time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)); !strings.HasPrefix(got, "8,000 (Interior News, 20 Aug 2026) → *more than 41,300*") {
		t.Errorf("an old value from August: %q", got)
	}
	if got := change(now.Add(-2 * 24 * time.Hour)); !strings.HasPrefix(got, "8,000 → *more than 41,300*") {
		t.Errorf("an old value from two days before: %q", got)
	}
	if got := change(time.Time{}); !strings.HasPrefix(got, "8,000 → *more than 41,300*") {
		t.Errorf("an old value of unknown date: %q", got)
	}
}
