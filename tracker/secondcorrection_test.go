package tracker

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestSecondCorrectionUnderANewNote: an outlet corrected its figure once
// (60,940 → 60,490) and later corrects it again, its note rewritten to
// say so (60,490 → 60,409). The second is its correction too, posted as
// one, not an ordinary update: the note states the new figure, which the
// note acted on before could not have. Near misses: a new figure under the
// note acted on (an update, judged as any), and a rewritten note that
// gives a figure the article never gave (about another figure); read
// again, the notes kept, nothing more is posted.
func TestSecondCorrectionUnderANewNote(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		day0 := time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)
		body := func(fig string) string {
			return "Some " + fig + " people have reached the southern islands by boat since January, the coast agency said."
		}
		const first = "Correction: An earlier version of this story gave the number of people arriving by boat as 60,940."
		for i, c := range []struct {
			name, note, now string
			correction      bool
		}{
			{"wire: the note rewritten", "Correction: Earlier versions of this story gave the number of people arriving by boat as 60,940 and then 60,490. The figure is 60,409.", "60,409", true},
			{"british: a second note added", first + "\n\nCorrection: This article was further amended on 5 December 2026: the number of arrivals is 60,409, not 60,490.", "60,409", true},
			{"near miss: an update under the note acted on", first, "61,200", false},
			{"near miss: a rewritten note about another figure", "Correction: An earlier version of this story gave the number of people arriving by boat as 60,940, and the number of boats as 412.", "61,200", false},
		} {
			metric, u := fmt.Sprintf("arrivals%d", i), fmt.Sprintf("https://courier%d.example/boats", i)
			judge := judgeWithNames(Policy{Total: true, ConflictWindow: 48 * time.Hour})
			fig := func(f string) model.Observation {
				o := claimed(t, metric, f, "", "coast agency")
				o.Quote = body(f)
				return o
			}
			revise := func(text, f string, at time.Duration) {
				t.Helper()
				a := article(u, "Island Courier", day0, text)
				a.Text = text
				if _, err := processBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{fig(f)}, Revised: true, AsOf: day0.Add(at)}}, judge, nil); err != nil {
					t.Fatal(err)
				}
			}
			a := article(u, "Island Courier", day0, body("60,940"))
			a.Text = body("60,940")
			if _, err := Process(ctx, s, a, []model.Observation{fig("60,940")}, judge); err != nil {
				t.Fatal(err)
			}
			revise(body("60,490")+"\n\n"+first, "60,490", 20*time.Hour)
			if evs := pending(t, s); len(evs) != 1 || !evs[0].Payload.Correction {
				t.Fatalf("%s: the first correction: %+v", c.name, evs)
			}
			revise(body(c.now)+"\n\n"+c.note, c.now, 40*time.Hour)
			evs := pending(t, s)
			if len(evs) != 1 {
				t.Errorf("%s: posted %d events, want one", c.name, len(evs))
				continue
			}
			e := evs[0]
			if e.Payload.Correction != c.correction {
				t.Errorf("%s: correction %v, want %v: %+v", c.name, e.Payload.Correction, c.correction, e.Payload)
			}
			if c.correction && (e.Payload.Old == nil || e.Payload.Old.Readings[0].Text != "60,490" || !strings.Contains(e.Payload.New.Readings[0].Text, c.now)) {
				t.Errorf("%s: not 60,490 → %s: %+v", c.name, c.now, e.Payload)
			}
			if got := accepted(t, s, metric, "").Readings[0].Text; c.correction && got != c.now {
				t.Errorf("%s: the accepted value is %s, want %s", c.name, got, c.now)
			}
			// Read again, the notes kept: nothing more.
			revise(body(c.now)+"\n\n"+c.note+"\n\nPhotograph: coast agency.", c.now, 50*time.Hour)
			if evs := pending(t, s); len(evs) != 0 {
				t.Errorf("%s: read again, posted %+v", c.name, evs)
			}
		}
	})
}
