package tracker

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestRelayedRevisionFlaggedOnce: a running total's claimant revises its
// count down ("IOM has revised its count ... to 1,498, down from 1,517"),
// which is flagged once as a lower figure, and then gives a newer count
// (1,533). An outlet that relays the revision after that (a live blog's
// "The IOM has just revised its tally: 1,498") runs the claimant's
// superseded word again: a repeat, posting no second "lower figure
// reported", whatever words the flagged telling used ("down from"), and
// when the relay is a live page's new entry read with a revision of the
// page; so is a relay of the flagged figure before any newer count. Near misses, judged as before: the claimant's own new revision
// (1,480), another claimant's 1,498, an unattributed 1,498, and a figure
// first given plainly and posted, superseded, then "revised down to
// 1,498": the correction itself. (An article revised in place that
// changes its own figure: TestClaimantsOlderFigureReRun.)
func TestRelayedRevisionFlaggedOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		const iom = "Intl. Organization for Migration"
		revised := "IOM now puts the route's dead and missing at 1,498 after revising its figure, which stood at 1,517."
		relay := "The IOM has just revised its tally: 1,498 people are now counted as lost on the route, against 1,517 before."
		// review58: the revision first told with no word of revising, and
		// flagged all the same.
		downFrom := "The IOM put its tally for the route at 1,498 on Wednesday, lower than the 1,517 it gave last week."
		cases := []struct {
			name, figure, words, quote string
			plainFirst                 bool   // the claimant's 1,498 was first given with no word of revising, before its 1,517
			first                      string // the flagged telling's words (revised when empty)
			livePage                   bool   // the relay is a live page's new entry, read as a revision of the page
			noNewer                    bool   // the claimant gives no newer count before the relay
			want                       string
		}{
			{"the flagged revision relayed after a newer count", "1,498", iom, relay, false, "", false, false, "repeat"},
			{"the flagged revision in the claimant's own words again", "1,498", iom, revised, false, "", false, false, "repeat"},
			{"the flagged figure first told as 'down from', relayed as revised", "1,498", iom, relay, false, downFrom, false, false, "repeat"},
			{"the flagged revision relayed by a live page's new entry", "1,498", iom, relay, false, "", true, false, "repeat"},
			{"the flagged revision relayed before any newer count", "1,498", iom, relay, false, "", false, true, "repeat"},
			{"the claimant's lower figure, flagged, then lower again before any newer count", "1,480", iom, "IOM has revised its count down again, to 1,480.", false, "", false, true, "decrease"},
			{"the claimant revises again", "1,480", iom, "IOM has revised its count down again, to 1,480.", false, "", false, false, "decrease"},
			{"another claimant's 1,498", "1,498", "Sea Rescue Alliance", "The Sea Rescue Alliance has revised its count to 1,498.", false, "", false, false, ""},
			{"an unattributed 1,498", "1,498", "", "The count was revised to 1,498.", false, "", false, false, ""},
			{"the correction of a figure first given plainly", "1,498", iom, relay, true, "", false, false, "decrease"},
		}
		for n, c := range cases {
			metric, site := fmt.Sprintf("cmed%d", n), fmt.Sprintf("https://case%d.example", n)
			judge := judgeWithNames(Policy{Total: true, ConflictWindow: 48 * time.Hour})
			day0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
			first := revised
			if c.first != "" {
				first = c.first
			}
			if c.plainFirst {
				first = "IOM counts 1,498 dead and missing on the route this year."
			}
			steps := []struct {
				path, outlet, figure, quote string
				at                          time.Duration
				want                        Outcome
			}{
				{"/wire/mon", "Tiber Wire", "1,452", "The IOM said 1,452 people had died.", 0, Baseline},
				{"/radio/tue", "Radio Sirocco", "1,517", "At least 1,517 are dead or lost at sea, according to IOM.", 24 * time.Hour, Change},
				{"/press/wed", "IOM press room", "1,498", first, 48 * time.Hour, Decrease},
				{"/wire/wed", "Tiber Wire", "1,533", "IOM's count reached at least 1,533 after Thursday's sinking.", 50 * time.Hour, Change},
			}
			if c.plainFirst {
				// 1,498 told plainly, then superseded by 1,517; the
				// correction comes after both.
				steps[1], steps[2] = steps[2], steps[1]
				steps[1].at, steps[2].at = 24*time.Hour, 48*time.Hour
				steps[1].want, steps[2].want = Change, Change
			}
			if c.noNewer {
				steps = steps[:3]
			}
			for _, st := range steps {
				o := claimed(t, metric, st.figure, "", iom)
				o.Quote = st.quote
				outs, err := Process(ctx, s, article(site+st.path, st.outlet, day0.Add(st.at), site+st.path), []model.Observation{o}, judge)
				if err != nil {
					t.Fatal(err)
				}
				if outs[0] != st.want {
					t.Fatalf("%s: %s %s: %s, want %s", c.name, st.outlet, st.figure, outs[0], st.want)
				}
			}
			pending(t, s)
			o := claimed(t, metric, c.figure, "", c.words)
			o.Quote = c.quote
			u := site + "/harbour/live"
			var outs []Outcome
			var err error
			if c.livePage {
				// The page opened with an entry of no figure; the entry
				// relaying the revision comes with a revision of it.
				a := article(u, "Daily Harbour", day0.Add(51*time.Hour), "opening")
				if _, err = Process(ctx, s, a, nil, judge); err != nil {
					t.Fatal(err)
				}
				a = article(u, "Daily Harbour", day0.Add(51*time.Hour), "with the entry")
				a.Fetched = day0.Add(52 * time.Hour)
				var done batchResult
				done, err = processBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{o}, Revised: true, AsOf: day0.Add(52 * time.Hour)}}, judge, nil, nil)
				if err == nil {
					outs = judgedOutcomes(done.all[0])
				}
			} else {
				outs, err = Process(ctx, s, article(u, "Daily Harbour", day0.Add(52*time.Hour), u), []model.Observation{o}, judge)
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.want == "" {
				if outs[0] == Repeat {
					t.Errorf("%s: %s, not a repeat of IOM's figure", c.name, outs[0])
				}
				continue
			}
			if outs[0].String() != c.want {
				t.Errorf("%s: %s, want %s", c.name, outs[0], c.want)
			}
			evs := pending(t, s)
			if c.want == "repeat" && len(evs) != 0 {
				t.Errorf("%s: queued %d events (%s %s), want none", c.name, len(evs), evs[0].Kind, notifyText(evs[0]))
			}
		}
	})
}
