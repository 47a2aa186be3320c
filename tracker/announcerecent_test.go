package tracker

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// A desk's first pass whose archive's newest figure changed an older one
// and was published within AnnounceRecent of being read posts it once as
// the first value, in whatever order and transactions the archive comes:
// the older figure first (a Backlog replacing it), the recent one first
// (a replay, when the older comes, makes it the Backlog), or both at once.
// A later recent archive figure posts nothing more once it went out; an
// older newest figure, AnnounceRecent 0, or a change below min_change (no
// desk tracking the metric then would have been told: review55) posts
// nothing (queueRecent).
func TestARecentArchiveChangeIsAnnouncedOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		now := time.Now()
		item := func(metric string, i int, figure string, age time.Duration) Item {
			quote := "Some " + figure + " people were sheltering in Riverton, the county said."
			a := article(fmt.Sprintf("https://%s.example/%d", metric, i), fmt.Sprintf("Outlet %d", i), now.Add(-age), quote)
			a.Fetched = now
			o := claimed(t, metric, figure, "", "the county")
			o.Quote = quote
			return Item{Article: a, Observations: []model.Observation{o}}
		}
		for n, c := range []struct {
			name    string
			min     float64
			recent  time.Duration
			order   []int // of older (0) and recent (1); -1 splits transactions
			newest  time.Duration
			posting bool
		}{
			{"older then recent", 0, 12 * time.Hour, []int{0, -1, 1}, 90 * time.Minute, true},
			{"recent then older", 0, 12 * time.Hour, []int{1, -1, 0}, 90 * time.Minute, true},
			{"together, recent first", 0, 12 * time.Hour, []int{1, 0}, 90 * time.Minute, true},
			{"newest a day old", 0, 12 * time.Hour, []int{1, -1, 0}, 30 * time.Hour, false},
			{"announce_recent 0", 0, 0, []int{0, -1, 1}, 90 * time.Minute, false},
			{"below min_change", 500, 12 * time.Hour, []int{0, -1, 1}, 90 * time.Minute, false},
			{"below min_change, replayed", 500, 12 * time.Hour, []int{1, -1, 0}, 90 * time.Minute, false},
		} {
			metric := fmt.Sprintf("sheltering-%d", n)
			judge := judgeWithNames(Policy{ConflictWindow: 48 * time.Hour, AnnounceRecent: c.recent, MinChange: rules.Threshold{Amount: c.min}})
			all := []Item{item(metric, 0, "1,200", 50*time.Hour), item(metric, 1, "1,600", c.newest)}
			var batch []Item
			for _, i := range append(slices.Clone(c.order), -1) {
				if i >= 0 {
					batch = append(batch, all[i])
					continue
				}
				if _, err := ProcessBatch(ctx, s, batch, judge); err != nil {
					t.Fatal(err)
				}
				batch = nil
			}
			evs := pending(t, s)
			switch {
			case !c.posting && len(evs) != 0:
				t.Errorf("%s: posted %v, want nothing", c.name, evs)
			case c.posting && (len(evs) != 1 || evs[0].Kind != model.EventFirst || evs[0].Payload.New.Readings[0].Text != "1,600" ||
				evs[0].Payload.Old == nil || evs[0].Payload.Old.Readings[0].Text != "1,200"):
				t.Errorf("%s: posted %v, want the first value 1,600, which changed 1,200", c.name, evs)
			}
			if !c.posting {
				continue
			}
			// Another source's archive, later, with a newer recent figure:
			// the value moves, nothing more is posted.
			later := item(metric, 2, "1,650", 30*time.Minute)
			if _, err := ProcessBatch(ctx, s, []Item{later}, judge); err != nil {
				t.Fatal(err)
			}
			if evs := pending(t, s); len(evs) != 0 {
				t.Errorf("%s: a later archive figure posted %v", c.name, evs)
			}
		}
	})
}
