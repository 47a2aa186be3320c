package tracker

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// A radio's "ten thousand" over the ministry's 4,020, then the ministry's
// 10,212 of a minute before it: one message ("4,020 → 10,212"), and the
// passes' counts add up to it. Read by passes that end one by one (run),
// the radio's pass counted the change, so the ministry's counts its figure
// as replacing that waiting message, not as a second change; read in one
// run (once), the radio's line counts its rounding as agreeing, which it
// now is, and the ministry's counts the change. On both stores. Fails on
// main: each line counted "1 change" for one message posted.
func TestPassCountsSaidRoundingRefined(t *testing.T) {
	for _, mode := range []string{"run", "once"} {
		t.Run(mode, func(t *testing.T) {
			eachStore(t, func(t *testing.T, open func() store.Store) {
				ctx := context.Background()
				s := open()
				_, p := testPass(t)
				p.Store = s
				start := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
				first := writeFolder(t, map[string]string{"2026-11-02T0700-toll.txt": "By breakfast on Monday the Gaza war's dead numbered 4,020, its ministry of health reported in a terse update."})
				p.Now = func() time.Time { return start }
				if res := p.Run(ctx, scrape.Source{Name: "ministry-archive", Dir: first, Outlet: "Ministry"}); res.Err != nil || res.Observations != 1 || res.Changes != 0 {
					t.Fatalf("first pass: %+v", res)
				}
				p.Now = func() time.Time { return start.Add(3 * time.Hour) }
				radio := writeFolder(t, map[string]string{"2026-11-02T1001-toll.txt": "Ten thousand Palestinians are dead now in the Gaza war, a ministry of health bulletin read on air put it."})
				exactText := "By lunch on Monday the Gaza war's dead numbered 10,212, its ministry of health reported in a fuller update."
				published := start.Add(2 * time.Hour)
				var ran []Ran
				if mode == "run" {
					exact := writeFolder(t, map[string]string{"2026-11-02T1000-toll.txt": exactText})
					ran = append(ran, Ran{Result: p.Run(ctx, scrape.Source{Name: "radio", Dir: radio, Outlet: "Radio"})})
					ran = append(ran, Ran{Result: p.Run(ctx, scrape.Source{Name: "ministry", Dir: exact, Outlet: "Ministry"})})
				} else {
					// The ministry's feed waits for the radio's figure, so that
					// the radio's pass counts first and the ministry's takes
					// its message over.
					srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, site string) {
						switch r.URL.Path {
						case "/feed.xml":
							for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
								if hist, err := s.History(ctx, "gaza_death_toll"); err == nil && len(hist) > 1 {
									break
								}
							}
							w.Header().Set("Content-Type", "application/rss+xml")
							fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Toll</title><link>/news/toll</link><pubDate>%s</pubDate></item></channel></rss>`, published.Format(time.RFC1123Z))
						case "/news/toll":
							head := fmt.Sprintf(`<meta property="article:published_time" content="%s">`, published.Format(time.RFC3339))
							writeStoryWithHead(w, head, "Toll", exactText)
						default:
							http.NotFound(w, r)
						}
					})
					passes, _ := passesOn(s, thisProc)
					ran = passes.RunAll(ctx, p, []scrape.Source{{Name: "radio", Dir: radio, Outlet: "Radio"}, {Name: "ministry", Feed: srv.URL + "/feed.xml", Outlet: "Ministry"}}, RunOptions{})
				}
				evs := pending(t, s)
				if len(evs) != 1 || evs[0].Payload.New == nil || evs[0].Payload.New.Readings[0].Value != 10212 {
					t.Fatalf("want one message, 4,020 → 10,212; got %+v", evs)
				}
				changes, replacing := 0, 0
				for _, r := range ran {
					if r.Err != nil || r.Observations == 0 {
						t.Fatalf("%s: %+v", r.Source, r.Result)
					}
					changes += r.Changes
					replacing += r.Replacing
					for o, n := range r.Posted {
						t.Errorf("%s: %d %s posted, want none", r.Source, n, o)
					}
				}
				radioRes, ministryRes := ran[0].Result, ran[1].Result
				switch mode {
				case "run":
					if radioRes.Changes != 1 || ministryRes.Changes != 0 || ministryRes.Replacing != 1 {
						t.Errorf("radio %d changes, ministry %d changes and %d replacing: want 1, 0 and 1", radioRes.Changes, ministryRes.Changes, ministryRes.Replacing)
					}
				case "once":
					if radioRes.Changes != 0 || radioRes.Kept[Corroborates] != 1 || ministryRes.Changes != 1 || replacing != 0 {
						t.Errorf("radio %d changes, %v kept; ministry %d changes, %d replacing: want the radio's rounding agreeing and the ministry's change", radioRes.Changes, radioRes.Kept, ministryRes.Changes, replacing)
					}
				}
				if changes != len(evs) {
					t.Errorf("the lines count %d changes for %d message", changes, len(evs))
				}
			})
		})
	}
}

// A copy's figure counted by a pass, then its original, read by the next
// batch, taking the copy's waiting message over (takeCredit): the pass
// counts one message, the original's, and the copy's figure as what it is
// now (agreeing with the original's change, or the same dispute, not
// posted). On both stores. Fails on main: 2 changes, or 2 conflicts
// posted, for one message. Where the copy's message went before the
// original was read, the original takes the value and posts nothing: it
// counts as kept, the copy's change stands. Fails on main: 2 changes.
func TestPassCountsOriginalTakingTheCopysMessage(t *testing.T) {
	cases := []struct {
		name            string
		p               Policy
		sent            bool // the copy's message is delivered before the original is read
		changes, posted int
		kept            Outcome // the copy's figure, or (sent) the original's
	}{
		{"a change", Policy{Total: true, ConflictWindow: 48 * time.Hour}, false, 1, 0, Corroborates},
		{"a change, its message sent", Policy{Total: true, ConflictWindow: 48 * time.Hour}, true, 1, 0, Change},
		{"a level's conflict", Policy{ConflictWindow: 48 * time.Hour}, false, 0, 1, Conflict},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			eachStore(t, func(t *testing.T, open func() store.Store) {
				s := open()
				ctx := context.Background()
				judge := func(string) (Policy, MetricInfo) { return c.p, MetricInfo{Name: "Displaced"} }
				p := &SourcePass{Store: s}
				var res Result
				step := func(a model.Article, figure string) {
					t.Helper()
					items := []Item{{Article: a, Observations: []model.Observation{obs("displaced", figure, t)}, CopyStored: a.CopyOf != 0}}
					done, err := processBatch(ctx, s, items, judge, nil, nil)
					if err != nil {
						t.Fatal(err)
					}
					p.count(items, []itemKind{newArticle}, done, &res, slog.New(slog.DiscardHandler))
				}
				step(article("https://courier.example/1", "Northern Courier", t0, "an older story"), "11,000")
				pending(t, s)
				res = Result{}
				cp := article("https://voice.example/flood", "Kesh Voice", t0.Add(3*time.Hour), copyCredited)
				cp.Text = copyCredited
				step(cp, "12,400")
				var evs []model.Event
				if c.sent {
					evs = pending(t, s)
				}
				wire := article("https://wire.example/flood", "Meridian Wire", t0.Add(2*time.Hour), wireStory)
				wire.Text, wire.CopyOf = wireStory, 2
				step(wire, "12,400")
				evs = append(evs, pending(t, s)...)
				posted := 0
				for _, n := range res.Posted {
					posted += n
				}
				if len(evs) != 1 || res.Changes != c.changes || posted != c.posted || res.Kept[c.kept] != 1 || res.Replacing != 0 {
					t.Errorf("%d messages; the pass counted %d changes, posted %v, kept %v, %d replacing: want 1 message, %d changes, %d posted, one %s kept",
						len(evs), res.Changes, res.Posted, res.Kept, res.Replacing, c.changes, c.posted, c.kept)
				}
			})
		})
	}
}
