package notify

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// TestMessagesSayRevised: a figure dated by a revision of its page (a live
// blog raised in place) is said to be "revised" at that time, not
// "published", in every kind that dates a figure, for the new figure and
// the old; a figure dated by its publication reads as before.
func TestMessagesSayRevised(t *testing.T) {
	r, err := NewRenderer(nil, Plain)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 6, 9, 40, 0, 0, time.UTC)
	obs := func(outlet string, value float64, revised bool) *model.Observation {
		return &model.Observation{Metric: "outages", Outlet: outlet, URL: "https://example.org/" + outlet, Published: at, Revised: revised, Quote: "q",
			Readings: []model.Reading{{Name: "value", Value: value}}}
	}
	for _, kind := range []model.EventKind{model.EventFirst, model.EventChange, model.EventConflict, model.EventDecrease} {
		for _, revised := range []bool{true, false} {
			p := model.EventPayload{MetricName: "Homes without power", Old: obs("Coast Wire", 52800, !revised), New: obs("Valley Herald", 41200, revised)}
			if kind == model.EventConflict {
				p.Conflict = model.ConflictClaimants
			}
			m, err := r.Render(model.Event{Kind: kind, Metric: "outages", Payload: p})
			if err != nil {
				t.Fatal(err)
			}
			word := map[bool]string{true: "revised", false: "published"}
			if want := "Valley Herald https://example.org/Valley Herald, " + word[revised] + " 6 Dec 2026 09:40 UTC"; !strings.Contains(m.Body, want) {
				t.Errorf("%s, new figure revised %v: body lacks %q:\n%s", kind, revised, want, m.Body)
			}
			if kind != model.EventConflict {
				continue
			}
			if want := "Coast Wire https://example.org/Coast Wire, " + word[!revised] + " 6 Dec 2026 09:40 UTC"; !strings.Contains(m.Body, want) {
				t.Errorf("conflict, old figure revised %v: body lacks %q:\n%s", !revised, want, m.Body)
			}
		}
	}
}
