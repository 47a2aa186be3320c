package tracker

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// TestReRunDatedByItsAsOf: a claimant gives 1,200 on Monday 7 December
// and 1,350 on Tuesday; days past the re-run window another outlet gives
// the 1,200 again in new words, dated by the sentence before the newer
// figure ("as of December 7", "as at 7 December", "as of Monday", "said on
// Monday"): the claimant's superseded figure, stored as a repeat. Near
// misses: a sentence dated after the newer figure (the claimant's own
// word since, within the window too), one with no as-of, a date in a
// forecast ("by December 30"), a "since" date. The date is the rules'
// reading of the sentence (model.Says' AsOf): the tracker reads no quote.
func TestReRunDatedByItsAsOf(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		day0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC) // a Monday
		late := day0.Add(5 * 24 * time.Hour)                 // Saturday: past the window
		cases := []struct {
			name, quote string
			at          time.Time
			repeat      bool
		}{
			{"wire: as of a month and day", "As of December 7, the board said, 1,200 homes were without power across the harbour district.", late, true},
			{"british: as at a day and month", "Some 1,200 homes were off supply as at 7 December, according to the board.", late, true},
			{"a weekday before the newer figure", "As of Monday, 1,200 households had no power, the board said in a statement.", late, true},
			{"said on a weekday", "The board said on Monday that 1,200 homes were still without power.", late, true},
			{"a dated year", "Outages stood at 1,200 as of Dec. 7, 2026, the water board said.", late, true},
			{"near miss: dated after the newer figure", "As of Friday, 1,200 homes were without power again, the board said.", late, false},
			{"near miss: dated after, within the window", "As of Wednesday, the board said 1,200 homes were without power once more.", day0.Add(48 * time.Hour), false},
			{"near miss: no as-of past the window", "Outages have fallen back to 1,200 homes as crews work, the board says.", late, false},
			{"near miss: a forecast's date", "The board expects 1,200 homes to remain cut off by December 30.", late, false},
			{"near miss: an until date", "Some 1,200 homes will stay without power until Monday, the board said.", late, false},
			// review48's M4: the date is another figure's, or another clause's.
			{"near miss: another figure's as-of", "Outages fell back to 1,200 homes on Saturday, down from 1,900 as of Monday, the board said.", late, false},
			{"near miss: an earlier statement's date", "Five days after it said on Monday that 1,350 homes were dark, the board now counts 1,200.", late, false},
			{"near miss: another clause's date", "Up to Dec 7 the board had restored most lines; on Saturday it said 1,200 homes were again without power.", late, false},
			{"near miss: a contrast and a nearer day", "The board said on Monday that crews had restored most lines, but by Saturday 1,200 homes were dark again.", late, false},
			{"near miss: yet, and another night", "As of Monday the board had reconnected most of the district, yet on Saturday night 1,200 homes had no power.", late, false},
			{"near miss: a figure again, last seen as of", "1,200 homes are without power again, a figure last seen as of Monday, the board said on Saturday.", late, false},
			{"near miss: a since date", "Some 1,200 homes have been without power since December 7, the board said.", late, false},
		}
		for i, c := range cases {
			metric, site := fmt.Sprintf("asof%d", i), fmt.Sprintf("https://asof%d.example", i)
			judge := judgeWithNames(Policy{ConflictWindow: 48 * time.Hour})
			for j, fig := range []string{"1,200", "1,350"} {
				u := fmt.Sprintf("%s/courier/%d", site, j)
				o := claimed(t, metric, fig, "", "Harbour Water Board")
				if _, err := Process(ctx, s, article(u, "Gulf Courier", day0.Add(time.Duration(j)*24*time.Hour), u), []model.Observation{o}, judge); err != nil {
					t.Fatal(err)
				}
			}
			o := claimed(t, metric, "1,200", "", "Harbour Water Board")
			o.Quote = c.quote
			o.AsOf, _ = rules.StatedAsOf(c.quote, o.Readings[0].Text, c.at) // the rules' reading of the sentence, as a pass gives it
			u := site + "/radio"
			outs, err := Process(ctx, s, article(u, "Harbour Radio", c.at, u), []model.Observation{o}, judge)
			if err != nil {
				t.Fatal(err)
			}
			if got := outs[0] == Repeat; got != c.repeat {
				t.Errorf("%s: %s, repeat %v", c.name, outs[0], c.repeat)
			}
		}
	})
}
