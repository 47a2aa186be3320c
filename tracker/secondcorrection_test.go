package tracker

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestSecondCorrectionUnderANewNote: an outlet corrected its figure once
// (60,940 → 60,490) and later corrects it again, its note rewritten or a
// second note added to say so (60,490 → 60,409). The second is its
// correction too, posted as one, not an ordinary update: the note states
// the new figure, which the note acted on before could not have (desk53),
// or, new at this revision, it names the article's figure and says it was
// wrong, stating no other ("amended again to correct the figure", desk54).
// Near misses: a new figure under the note acted on (an update, judged as
// any), a rewritten note that gives a figure the article never gave, one
// about a name, a photo caption or another count, one that says nothing
// was wrong; read again, the notes kept, nothing more is posted. The
// cases: testdata/renewed-note/notes.yaml.
func TestSecondCorrectionUnderANewNote(t *testing.T) {
	data, err := os.ReadFile("testdata/renewed-note/notes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		First string
		Cases []struct {
			Name, Note, Now string
			KeepFirst       bool `yaml:"keep_first"`
			Correction      bool
		}
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		day0 := time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)
		body := func(fig string) string {
			return "Some " + fig + " people have reached the southern islands by boat since January, the coast agency said."
		}
		first := file.First
		for i, c := range file.Cases {
			note := c.Note
			if c.KeepFirst {
				note = strings.TrimSpace(first + "\n\n" + c.Note)
			}
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
				if _, err := processBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{fig(f)}, Revised: true, AsOf: day0.Add(at)}}, judge, nil, nil); err != nil {
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
				t.Fatalf("%s: the first correction: %+v", c.Name, evs)
			}
			revise(body(c.Now)+"\n\n"+note, c.Now, 40*time.Hour)
			evs := pending(t, s)
			if len(evs) != 1 {
				t.Errorf("%s: posted %d events, want one", c.Name, len(evs))
				continue
			}
			e := evs[0]
			if e.Payload.Correction != c.Correction {
				t.Errorf("%s: correction %v, want %v: %+v", c.Name, e.Payload.Correction, c.Correction, e.Payload)
			}
			if c.Correction && (e.Payload.Old == nil || e.Payload.Old.Readings[0].Text != "60,490" || !strings.Contains(e.Payload.New.Readings[0].Text, c.Now)) {
				t.Errorf("%s: not 60,490 → %s: %+v", c.Name, c.Now, e.Payload)
			}
			if got := accepted(t, s, metric, "").Readings[0].Text; c.Correction && got != c.Now {
				t.Errorf("%s: the accepted value is %s, want %s", c.Name, got, c.Now)
			}
			// Read again, the notes kept: nothing more.
			revise(body(c.Now)+"\n\n"+note+"\n\nPhotograph: coast agency.", c.Now, 50*time.Hour)
			if evs := pending(t, s); len(evs) != 0 {
				t.Errorf("%s: read again, posted %+v", c.Name, evs)
			}
		}
	})
}
