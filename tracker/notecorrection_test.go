package tracker

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestStatedCorrectionOfATakenFigure: an article gave the board's 1,530;
// revised, it carries an editor's note that names no metric's keyword
// ("Correction: an earlier version misstated the figure. The correct
// figure is 1,350."), and the rules, which read one sentence at a time,
// still find only the old sentence's figure or nothing. The tracker knows
// which figure the article took before, and takes the note's other figure
// as the article's corrected figure of that metric, its claimant kept: a
// wire's note, a British paper's amendment line, a note giving both
// figures. Near misses: a note with no figure, a note with two other
// figures, a note in an article read for the first time, a note whose
// figure is a date or year, and a revision whose rules found the figure
// already, are judged as before.
func TestStatedCorrectionOfATakenFigure(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		story := "Some 1,530 homes were without power on Monday night, the Harbour Water Board said."
		cases := []struct {
			name, note string
			found      []string // figures the rules give of the revised text
			firstRead  bool     // no earlier version
			want       string   // the revised article's figure ("" none)
		}{
			{"wire: the correct figure", "Correction: An earlier version of this story misstated the figure. The correct figure is 1,350.", []string{"1,530"}, false, "1,350"},
			{"british: amended, both figures", "This article was amended on 9 December 2026. An earlier version gave the number of homes affected as 1,530; it was 1,350.", nil, false, "1,350"},
			{"a note giving the new figure first", "Editor's note: the count is 1,350, not 1,530 as an earlier version of this article said.", []string{"1,530"}, false, "1,350"},
			{"near miss: a note with no figure", "Correction: An earlier version of this story misspelled the board chair's name.", []string{"1,530"}, false, "1,530"},
			{"near miss: two other figures", "Correction: An earlier version misstated the figures. The correct figures are 1,350 homes and 212 businesses.", []string{"1,530"}, false, "1,530"},
			{"near miss: first read", "Correction: An earlier version of this story misstated the figure. The correct figure is 1,350.", []string{"1,530"}, true, "1,530"},
			{"near miss: a date and a year only", "Correction, December 9, 2026: an earlier version of this story misstated the board's name.", []string{"1,530"}, false, "1,530"},
			// review48 M7: a note about another count, a story's own
			// "misstated", an earlier version of a plan.
			{"near miss: a note correcting another count", "Correction: An earlier version of this story misstated the number of substations damaged. It is 190.", []string{"1,530"}, false, "1,530"},
			{"near miss: a politician's misstated", "Opposition councillors said the board misstated the scale of the outage, putting the real number nearer 2,000.", []string{"1,530"}, false, "1,530"},
			{"near miss: an earlier version of a plan", "Under an earlier version of the plan, 900 homes would have been reconnected by Friday.", []string{"1,530"}, false, "1,530"},
			{"near miss: a clarification with no correction frame", "Clarification: the number of homes cut off was 1,350, the board has since told us.", []string{"1,530"}, false, "1,530"},
			{"near miss: a clarification explaining the figure", "Clarification: The figure of 1,530 homes includes 200 businesses on the waterfront.", []string{"1,530"}, false, "1,530"},
			{"near miss: the noun of another measure", "Correction: An earlier version of this story misstated the number of homes in the district. There are 4,000.", []string{"1,530"}, false, "1,530"},
			{"near miss: the figure for another thing", "Correction: An earlier version of this story gave the wrong figure for crews. The board has 300 crews working.", []string{"1,530"}, false, "1,530"},
			{"should have said", "Correction: An earlier version of this story should have said that 1,350 homes lost power.", []string{"1,530"}, false, "1,350"},
			{"near miss: the rules found it", "Correction: An earlier version of this story misstated the figure. The correct figure is 1,350.", []string{"1,350"}, false, "1,350"},
		}
		for i, c := range cases {
			metric, u := fmt.Sprintf("homes%d", i), fmt.Sprintf("https://note%d.example/story", i)
			judge := judgeWithNames(Policy{Total: true, ConflictWindow: 48 * time.Hour})
			day0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
			fig := func(f string) model.Observation {
				o := claimed(t, metric, f, "", "Harbour Water Board")
				o.Quote = story
				return o
			}
			if !c.firstRead {
				a := article(u, "Gulf Courier", day0, story)
				a.Text = story
				if _, err := Process(ctx, s, a, []model.Observation{fig("1,530")}, judge); err != nil {
					t.Fatal(err)
				}
			}
			text := story + "\n\n" + c.note
			a := article(u, "Gulf Courier", day0, text)
			a.Text = text
			var found []model.Observation
			for _, f := range c.found {
				found = append(found, fig(f))
			}
			if _, err := processBatch(ctx, s, []Item{{Article: a, Observations: found, Revised: !c.firstRead, AsOf: day0.Add(48 * time.Hour)}}, judge, nil, nil); err != nil {
				t.Fatal(err)
			}
			if c.name == "wire: the correct figure" {
				// Revised again (a typo fixed elsewhere), the note read
				// again: the figure stays corrected, not flipped back.
				text += "\n\nCrews worked through the night."
				a := article(u, "Gulf Courier", day0, text)
				a.Text = text
				if _, err := processBatch(ctx, s, []Item{{Article: a, Observations: found, Revised: true, AsOf: day0.Add(50 * time.Hour)}}, judge, nil, nil); err != nil {
					t.Fatal(err)
				}
			}
			hist, err := s.History(ctx, metric)
			if err != nil {
				t.Fatal(err)
			}
			last := hist[len(hist)-1]
			got := fmt.Sprint(last.Readings[0].Value)
			if want := fmt.Sprint(reading(t, c.want).Value); got != want {
				t.Errorf("%s: the article's figure is %s, want %s", c.name, got, want)
				continue
			}
			if c.want == "1,350" && len(c.found) == 0 || c.want == "1,350" && c.found[0] == "1,530" {
				if last.ClaimantWords != "Harbour Water Board" || last.Outcome != "corrected" && c.name != "wire: the correct figure" || last.Rule != "correction" {
					t.Errorf("%s: %q %s by rule %q, want the board's corrected figure, replacing the withdrawn one (desk52a: was a lower total, the value kept)", c.name, last.ClaimantWords, last.Outcome, last.Rule)
				}
			}
		}
	})
}
