package tracker

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestClaimantsOlderFigureReRun: a claimant gives 1,200 on Monday and
// 1,350 on Tuesday; on Wednesday another outlet runs its 1,200 again (an
// old wire copy). Against the claimant's own history that is a figure it
// has superseded: stored as a repeat, posting neither a change nor a
// lower figure, and the value stays 1,350; in a level, a total and a
// metric judged by claimant alike, in each store. Near misses: the
// claimant's new figure (1,410), one the article says is corrected or
// revised, one from an article revised in place, another claimant's
// 1,200, and an unattributed 1,200, are judged as before.
func TestClaimantsOlderFigureReRun(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		n := 0
		for _, pol := range []struct {
			name string
			p    Policy
		}{
			{"level", Policy{ConflictWindow: 48 * time.Hour}},
			{"total", Policy{Total: true, ConflictWindow: 48 * time.Hour}},
			{"by claimant", Policy{Total: true, ByClaimant: true, ConflictWindow: 48 * time.Hour}},
		} {
			later := "change"
			if pol.p.Total {
				later = "decrease"
			}
			cases := []struct {
				name, figure, words, quote string
				revised                    bool
				want                       string
				after                      time.Duration // after Monday; 48h when 0
			}{
				{"the claimant's superseded figure re-run", "1,200", "Harbour Water Board", "", false, "repeat", 0},
				{"the claimant's new figure", "1,410", "Harbour Water Board", "", false, "change", 0},
				{"a correction the article states", "1,200", "Harbour Water Board", "The board corrected its count to 1,200 on Wednesday.", false, later, 0},
				{"a figure revised downwards", "1,200", "Harbour Water Board", "The board revised the figure down to 1,200.", false, later, 0},
				{"an article revised in place", "1,200", "Harbour Water Board", "", true, later, 0},
				{"the old sentence run again weeks later", "1,200", "Harbour Water Board", "", false, "repeat", 21 * 24 * time.Hour},
				// review47's M2: a level that comes back weeks later in new words.
				{"a level back to an old value weeks later", "1,200", "Harbour Water Board", "Outages have fallen to 1,200 as crews restore lines, the board says.", false, later, 21 * 24 * time.Hour},
				{"another claimant's 1,200", "1,200", "Eastside Residents Union", "", false, "", 0},
				{"an unattributed 1,200", "1,200", "", "", false, "", 0},
			}
			for _, c := range cases {
				// Each case its own metric and articles, in the one store.
				n++
				metric, site := fmt.Sprintf("outages%d", n), fmt.Sprintf("https://case%d.example", n)
				judge := judgeWithNames(pol.p)
				day0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
				steps := []struct {
					url, outlet, figure string
					at                  time.Time
				}{
					{site + "/courier/mon", "Gulf Courier", "1,200", day0},
					{site + "/courier/tue", "Gulf Courier", "1,350", day0.Add(24 * time.Hour)},
				}
				for _, st := range steps {
					o := claimed(t, metric, st.figure, "", "Harbour Water Board")
					if _, err := Process(ctx, s, article(st.url, st.outlet, st.at, st.url), []model.Observation{o}, judge); err != nil {
						t.Fatal(err)
					}
				}
				pending(t, s)
				o := claimed(t, metric, c.figure, "", c.words)
				if c.quote != "" {
					o.Quote = c.quote
				}
				u := site + "/radio/wed"
				var outs []Outcome
				var err error
				if c.revised {
					a := article(u, "Harbour Radio", day0.Add(48*time.Hour), "first")
					if _, err = Process(ctx, s, a, []model.Observation{claimed(t, metric, "1,350", "", c.words)}, judge); err != nil {
						t.Fatal(err)
					}
					pending(t, s)
					a = article(u, "Harbour Radio", day0.Add(48*time.Hour), "second")
					var done batchResult
					done, err = processBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{o}, Revised: true, AsOf: day0.Add(50 * time.Hour)}}, judge, nil, nil)
					if err == nil {
						outs = judgedOutcomes(done.all[0])
					}
				} else {
					at := day0.Add(48 * time.Hour)
					if c.after != 0 {
						at = day0.Add(c.after)
					}
					outs, err = Process(ctx, s, article(u, "Harbour Radio", at, u), []model.Observation{o}, judge)
				}
				if err != nil {
					t.Fatal(err)
				}
				if c.want == "" {
					if outs[0] == Repeat {
						t.Errorf("%s, %s: %s, not a repeat of the board's figure", pol.name, c.name, outs[0])
					}
					continue
				}
				if outs[0].String() != c.want {
					t.Errorf("%s, %s: %s, want %s", pol.name, c.name, outs[0], c.want)
				}
				evs := pending(t, s)
				if c.want == "repeat" {
					var kinds []string
					for _, e := range evs {
						kinds = append(kinds, fmt.Sprintf("%s %s", e.Kind, notifyText(e)))
					}
					if len(kinds) != 0 {
						t.Errorf("%s, %s: queued %q, want nothing", pol.name, c.name, kinds)
					}
					if acc := accepted(t, s, metric, pol.p.StateKey("harbour water board")); acc.Readings[0].Value != 1350 {
						t.Errorf("%s, %s: the value is %v, want the board's 1,350", pol.name, c.name, acc.Readings[0].Value)
					}
					hist, err := s.History(ctx, metric)
					if err != nil {
						t.Fatal(err)
					}
					var words []string
					for _, h := range hist {
						words = append(words, OutcomeWords(h.Outcome))
					}
					if want := []string{"first reading", "change", "repeats an older figure"}; !slices.Equal(words, want) {
						t.Errorf("%s, %s: history %q, want %q", pol.name, c.name, words, want)
					}
				}
			}
		}
	})
}
