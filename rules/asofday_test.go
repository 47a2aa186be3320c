package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestStatedAsOf: the day a sentence says its figure was true on, read
// against the article's date (moved from the tracker's asof.go, which read
// it from the quote when it judged: the cases of its TestReRunDatedByItsAsOf).
// A month and day, a day and month, a dated year, a weekday and a
// statement's weekday date the figure; near misses: no as-of, a forecast's
// or an until date, a since date, another figure's or another clause's
// date, a date after the article's.
func TestStatedAsOf(t *testing.T) {
	saturday := time.Date(2026, 12, 12, 9, 0, 0, 0, time.UTC)
	monday := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	none := time.Time{}
	for quote, want := range map[string]time.Time{
		"As of December 7, the board said, 1,200 homes were without power across the harbour district.":                monday,
		"Some 1,200 homes were off supply as at 7 December, according to the board.":                                   monday,
		"As of Monday, 1,200 households had no power, the board said in a statement.":                                  monday,
		"The board said on Monday that 1,200 homes were still without power.":                                          monday,
		"Outages stood at 1,200 as of Dec. 7, 2026, the water board said.":                                             monday,
		"As of Friday, 1,200 homes were without power again, the board said.":                                          monday.AddDate(0, 0, 4),
		"Outages have fallen back to 1,200 homes as crews work, the board says.":                                       none,
		"The board expects 1,200 homes to remain cut off by December 30.":                                              none,
		"Some 1,200 homes will stay without power until Monday, the board said.":                                       none,
		"Outages fell back to 1,200 homes on Saturday, down from 1,900 as of Monday, the board said.":                  none,
		"Five days after it said on Monday that 1,350 homes were dark, the board now counts 1,200.":                    none,
		"Up to Dec 7 the board had restored most lines; on Saturday it said 1,200 homes were again without power.":     none,
		"The board said on Monday that crews had restored most lines, but by Saturday 1,200 homes were dark again.":    none,
		"As of Monday the board had reconnected most of the district, yet on Saturday night 1,200 homes had no power.": none,
		"1,200 homes are without power again, a figure last seen as of Monday, the board said on Saturday.":            none,
		"Some 1,200 homes have been without power since December 7, the board said.":                                   none,
		"As of December 20, 1,200 homes are expected to be without power, the board warned.":                           none,
	} {
		got, ok := StatedAsOf(quote, "1,200", saturday)
		if ok != !want.IsZero() || !got.Equal(want) {
			t.Errorf("%q: as of %v (%v), want %v", quote, got, ok, want)
		}
	}
}

// TestObservationAsOf: the engine gives an observation the day its
// sentence says its figure was true on, read against the article's date;
// an article of no known date, or a sentence that names no such day,
// gives none.
func TestObservationAsOf(t *testing.T) {
	e := compile(t, `
- id: outages
  keywords: [homes]
`)
	wednesday := time.Date(2026, 12, 9, 15, 0, 0, 0, time.UTC)
	for text, want := range map[string]time.Time{
		"As of Monday, 1,200 homes had no power, the board said.":                      time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC),
		"Some 1,200 homes were dark as at 8 December, the board said.":                 time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC),
		"Some 1,200 homes were still dark, the board said.":                            {},
		"Some 1,200 homes have been dark since December 1, it said.":                   {},
		"Some 1,200 homes were reconnected in the week ending Sunday, the board said.": time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC),
	} {
		obs := e.ExtractInArticle(text, "", wednesday)
		if len(obs) != 1 {
			t.Fatalf("%q: %d observations, want 1", text, len(obs))
		}
		if !obs[0].AsOf.Equal(want) {
			t.Errorf("%q: as of %v, want %v", text, obs[0].AsOf, want)
		}
		if undated := e.Extract(text); len(undated) != 1 || !undated[0].AsOf.IsZero() {
			t.Errorf("%q in an article of no known date: %+v, want no as-of", text, undated)
		}
	}
}

// TestAsOfOfTheFigureItself: a sentence that states one figure twice
// dates each by its own place (review57): the engine's offset, not the
// text's first place in the quote.
func TestAsOfOfTheFigureItself(t *testing.T) {
	wednesday := time.Date(2026, 12, 9, 15, 0, 0, 0, time.UTC)
	quote := "The board counted 1,200 homes dark on Friday, and as of Monday 1,200 homes were still dark, it said."
	first := strings.Index(quote, "1,200")
	second := strings.LastIndex(quote, "1,200")
	if d, ok := statedAsOfAt(quote, [2]int{first, first + 5}, wednesday); ok {
		t.Errorf("the first 1,200: as of %v, want none", d)
	}
	if d, ok := statedAsOfAt(quote, [2]int{second, second + 5}, wednesday); !ok || !d.Equal(time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("the second 1,200: as of %v (%v), want Monday 7 December", d, ok)
	}
	o := Observation{Quote: quote, QuoteStart: 100, Values: []Value{{Figure: figures.Figure{Text: "1,200", Start: 100 + second, End: 100 + second + 5}}}}
	if got := figureInQuote(&o); got != [2]int{second, second + 5} {
		t.Errorf("figureInQuote: %v, want the second's %v", got, [2]int{second, second + 5})
	}
}

// TestStatedAsOfWeekEnd: a week's count dated by the week's end ("in the
// week ending 6 December", "the week to 6 December", "the week ending
// Sunday") is as of that day: a weekly metric judges it by its week
// (tracker/countperiod.go) whenever it runs. Near misses: a week that ends
// in no date, the week's start, a week to go, a week ending after the
// article.
func TestStatedAsOfWeekEnd(t *testing.T) {
	saturday := time.Date(2026, 12, 12, 9, 0, 0, 0, time.UTC)
	sunday := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	none := time.Time{}
	for quote, want := range map[string]time.Time{
		"The ministry logged 1,200 fresh infections in the week ending December 6.":                      sunday,
		"In the week to 6 December, 1,200 infections were confirmed, according to the WHO bulletin.":     sunday,
		"Roughly 1,200 infections were logged in the week ending Sunday, health officials said.":         sunday,
		"KASAMBE CHOLERA: 1,200 INFECTIONS IN WEEK ENDING 6 DECEMBER":                                    sunday,
		"New infections fell to 1,200 in the week ending in chaos at the clinics, a nurse told us.":      none,
		"In the week of 30 November, 1,200 infections were confirmed, the agency said.":                  none,
		"With a week to go before the vote, 1,200 infections have been confirmed, the ministry said.":    none,
		"The ministry expects 1,200 infections in the week ending 20 December, its modelling shows.":     none,
		"Roughly 1,200 infections were confirmed last week, up from 900 in the week ending 29 November.": none,
	} {
		got, ok := StatedAsOf(quote, "1,200", saturday)
		if ok != !want.IsZero() || !got.Equal(want) {
			t.Errorf("%q: as of %v (%v), want %v", quote, got, ok, want)
		}
		if d := figures.Analyze(quote); !want.IsZero() && !asOfCue(d, 0, len(d.Tokens)) {
			t.Errorf("%q: no as-of cue, so the engine never reads its as-of", quote)
		}
	}
}
