package tracker

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/store"
)

// TestOutletCorrectionReplacesWithdrawnFigure: an article gave 60,940; the
// outlet revises it in place, the body now saying 60,490 under a
// "Correction:" line, and the rules read 60,490. The outlet's corrected
// figure replaces the figure it withdrew, lower total or not, with one
// alert saying the outlet corrected its figure (60,940 → 60,490); history
// keeps both, the withdrawn one marked; read again (a later revision, the
// note kept) nothing more is posted. Near misses: the same revision with
// no note (an update: a lower total stays a possible correction), a note
// about something else, and a correction by an outlet whose figure only
// agreed with another outlet's accepted value (judged against it as any
// figure is, its outlet no longer agreeing).
func TestOutletCorrectionReplacesWithdrawnFigure(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		day0 := time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)
		body := func(fig string) string {
			return "Some " + fig + " people have reached the southern islands by boat since January, the coast agency said."
		}
		cases := []struct {
			name   string
			total  bool
			first  string // the figure the article gave
			other  string // another outlet's accepted figure first ("" none)
			note   string // the revision's note ("" none)
			now    string // the figure the rules read in the revision
			want   string // the accepted value after it
			last   string // the revision's outcome
			marked bool   // the first figure withdrawn
			posted string // the one event posted ("" none), its kind
		}{
			{"wire: a lower total corrected", true, "60,940", "", "Correction: An earlier version of this story gave the number of people arriving by boat as 60,940.", "60,490", "60,490", "corrected", true, "change"},
			{"british: amended, the figure", true, "60,940", "", "This article was amended on 4 December 2026 to correct the figure for people reaching the islands.", "60,490", "60,490", "corrected", true, "change"},
			{"a level corrected upwards", false, "60,490", "", "Correction: an earlier version of this article misstated the figure as 60,490.", "60,940", "60,940", "corrected", true, "change"},
			{"near miss: an update with no note", true, "60,940", "", "", "60,490", "60,940", "decrease", false, "decrease"},
			{"near miss: a note about a name", true, "60,940", "", "Correction: An earlier version of this story misspelled the name of the agency's director.", "60,490", "60,940", "decrease", false, "decrease"},
			{"near miss: a note about another figure", true, "60,940", "", "Correction: An earlier version of this story gave the wrong number of boats as 412.", "60,490", "60,940", "decrease", false, "decrease"},
			// review52 M1: read again, a note that gives both figures
			// never turns the correction back.
			{"the note gives both, rather than", true, "60,940", "", "Correction: An earlier version of this story gave the number of people arriving by boat as 60,940 rather than 60,490.", "60,490", "60,490", "corrected", true, "change"},
			{"the note gives both, not", false, "60,940", "", "Editor's note: The figure is 60,490, not 60,940 as an earlier version of this article said.", "60,490", "60,490", "corrected", true, "change"},
			// review52 S1: a note that admits no error beside a new figure.
			{"near miss: a clarification beside an update", true, "60,940", "", "Clarification: This article has been updated to say the count is the coast agency's own.", "61,200", "61,200", "change", false, "change"},
			{"near miss: a correction of a name beside an update", true, "60,940", "", "Correction: An earlier version of this story misnamed the agency that gave the toll.", "61,200", "61,200", "change", false, "change"},
			{"another outlet's value stays", true, "60,940", "60,940", "Correction: An earlier version of this story gave the number of arrivals as 60,940.", "60,490", "60,940", "decrease", true, "decrease"},
		}
		for i, c := range cases {
			metric, u := fmt.Sprintf("arrivals%d", i), fmt.Sprintf("https://courier%d.example/boats", i)
			judge := judgeWithNames(Policy{Total: c.total, ConflictWindow: 48 * time.Hour})
			fig := func(f string) model.Observation {
				o := claimed(t, metric, f, "", "coast agency")
				o.Quote = body(f)
				return o
			}
			if c.other != "" {
				a := article(fmt.Sprintf("https://wire%d.example/boats", i), "Harbour Wire", day0.Add(-time.Hour), body(c.other))
				a.Text = body(c.other)
				if _, err := Process(ctx, s, a, []model.Observation{fig(c.other)}, judge); err != nil {
					t.Fatal(err)
				}
			}
			a := article(u, "Island Courier", day0, body(c.first))
			a.Text = body(c.first)
			if _, err := Process(ctx, s, a, []model.Observation{fig(c.first)}, judge); err != nil {
				t.Fatal(err)
			}
			pending(t, s)
			text := body(c.now)
			if c.note != "" {
				text += "\n\n" + c.note
			}
			a = article(u, "Island Courier", day0, text)
			a.Text = text
			if _, err := processBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{fig(c.now)}, Revised: true, AsOf: day0.Add(20 * time.Hour)}}, judge, nil, nil); err != nil {
				t.Fatal(err)
			}
			evs := pending(t, s)
			// Revised again, twice (a caption fixed, a line added), the
			// note kept: nothing new.
			for k, more := range []string{"Photograph: coast agency.", "Reporting by the Island Courier's staff."} {
				text += "\n\n" + more
				a = article(u, "Island Courier", day0, text)
				a.Text = text
				if _, err := processBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{fig(c.now)}, Revised: true, AsOf: day0.Add(time.Duration(26+k) * time.Hour)}}, judge, nil, nil); err != nil {
					t.Fatal(err)
				}
			}
			evs = append(evs, pending(t, s)...)

			acc := accepted(t, s, metric, "")
			if got, want := fmt.Sprint(acc.Readings[0].Value), fmt.Sprint(reading(t, c.want).Value); got != want {
				t.Errorf("%s: the accepted value is %s, want %s", c.name, got, want)
			}
			hist, err := s.History(ctx, metric)
			if err != nil {
				t.Fatal(err)
			}
			var outcomes []string
			for _, o := range hist {
				outcomes = append(outcomes, o.Outcome)
			}
			first := hist[0]
			if c.other != "" {
				first = hist[1]
			}
			if (first.Outcome == Withdrawn.String()) != c.marked {
				t.Errorf("%s: the first figure is %s, withdrawn %v wanted (%v)", c.name, first.Outcome, c.marked, outcomes)
			}
			if rev := hist[len(hist)-3]; rev.Outcome != c.last {
				t.Errorf("%s: the revision's figure is %s, want %s (%v)", c.name, rev.Outcome, c.last, outcomes)
			}
			if c.posted == "" && len(evs) > 0 || c.posted != "" && (len(evs) != 1 || string(evs[0].Kind) != c.posted) {
				t.Errorf("%s: posted %d events (%v), want one %s", c.name, len(evs), evs, c.posted)
				continue
			}
			if c.last != "corrected" {
				if len(evs) == 1 && evs[0].Payload.Correction {
					t.Errorf("%s: posted as a correction", c.name)
				}
				if c.other != "" && strings.Contains(strings.Join(acc.Agreeing, ","), "Island Courier") {
					t.Errorf("%s: the outlet that withdrew its agreeing figure still agrees: %v", c.name, acc.Agreeing)
				}
				continue
			}
			e := evs[0]
			if !e.Payload.Correction || e.Payload.Old == nil || e.Payload.Old.Readings[0].Text != c.first || e.Payload.New.Readings[0].Text != c.now {
				t.Errorf("%s: the event is not the outlet's correction %s → %s: %+v", c.name, c.first, c.now, e.Payload)
			}
			rd, err := notify.NewRenderer(nil, notify.Plain)
			if err != nil {
				t.Fatal(err)
			}
			m, err := rd.Render(e)
			if err != nil {
				t.Fatal(err)
			}
			if want := "Island Courier corrected its figure: " + c.first + " → *" + c.now + "*"; !strings.Contains(m.Body, want) {
				t.Errorf("%s: the message says\n%s\nwant %q", c.name, m.Body, want)
			}
		}
	})
}
