package rules

import (
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// sentenceSays reads a one-sentence text as readEvents reads a quote.
func sentenceSays(text string, date time.Time) EventSays {
	d := figures.Analyze(text)
	s := eventMarks(eventPieces(d, 0, len(d.Tokens)))
	s.Told = toldDay(d, 0, len(d.Tokens), date)
	return s
}

// TestEventMarks: a sentence calls its swap one that follows others by an
// ordinal or a word of a next one before an event's noun, or by a batch
// more of people; such a phrase made one to come says the swap is to
// come. Near misses: a rank of size, "last", a mark before a person or a
// plan ("deal", "proposal"), "the next day", a swap put beside the
// sentence's ("ahead of", "before") or in a clause of its own with no
// figure. (Moved from the tracker's TestAnotherWords, every case kept.)
func TestEventMarks(t *testing.T) {
	const made, coming, neither = 1, 2, 0
	for text, want := range map[string]int{
		// wire
		"Mediators said the second exchange brought four captives home and saw 120 detainees leave Ofer.":         made,
		"A fresh hostage-prisoner swap took place at Rafah crossing, with 4 Israelis and 120 Palestinians freed.": made,
		"The latest batch, four women, crossed into Egypt as 120 detainees were bussed to Ramallah.":              made,
		// British
		"Israel let 120 prisoners go in the third round of releases, the Red Cross confirmed.":     made,
		"Officials described it as the 3rd handover under the accord: 4 captives for 120 inmates.": made,
		"During the truce's fifth day, eleven captives left Gaza while 33 inmates walked free.":    made,
		// headline and batch more
		"Hamas frees another 4 hostages as Israel lets 120 prisoners go":                     made,
		"A further eleven captives reached Egypt, and 33 detainees were released overnight.": made,
		"Gunmen handed over 4 more hostages while 120 more prisoners were set free.":         made,
		// near misses
		"It was the second-largest swap of this conflict: 4 captives for 120 inmates.":                           neither,
		"In the last exchange, three captives were traded for 90 inmates.":                                       neither,
		"A second hostage was identified as Hamas traded 4 captives for 120 inmates.":                            neither,
		"Under a new deal floated by Cairo, Hamas would release 33 captives for 1,900 inmates.":                  neither,
		"Thirteen captives were handed over on Friday; 39 inmates left Ofer the next day.":                       neither,
		"Qatar said 14 captives and 42 inmates went free on Friday, ahead of a second exchange due Saturday.":    neither,
		"Before the next swap, Hamas had traded 4 captives for 120 inmates.":                                     neither,
		"Hamas traded 4 captives for 120 inmates; a third round is expected on Sunday.":                          neither,
		"More than 13 captives went home for 39 inmates on Friday.":                                              neither,
		"Ofer released 39 inmates overnight as 13 captives reached home, and a third batch is being negotiated.": neither,
		"Before the truce's second phase can begin, Hamas must hand over 13 captives for 39 inmates.":            neither,
		"Hamas handed over 13 captives for 39 inmates; the next round, officials said, may slip.":                neither,
		"In the second exchange, mediators said, 13 captives went home for 39 inmates.":                          made,
		"Thirteen captives went home; in the third round, 39 inmates were let go.":                               made,
		"Four captives went free for 120 inmates on Saturday.":                                                   neither,
		// to come: the sentence's own swap is one still to be made
		"13 more captives are expected to go free for 39 inmates, according to officials.": coming,
		"The next swap, due on Sunday, would free 4 captives for 120 inmates.":             coming,
		"A fourth handover is scheduled to bring 4 captives home for 120 inmates.":         coming,
		"Another 4 hostages will be let go later, with 120 prisoners.":                     coming,
	} {
		got := sentenceSays(text, time.Time{})
		if got.Another != (want == made) || got.ToCome != (want == coming) {
			t.Errorf("%q: another %v, to come %v; want %v", text, got.Another, got.ToCome, []string{"neither", "made", "coming"}[want])
		}
	}
}

// TestEventOrdinal: the rank an ordinal gives a swap the sentence calls
// another; none for another mark, a rank of size, an ordinal put beside
// the sentence's swap or of a swap to come.
func TestEventOrdinal(t *testing.T) {
	for text, want := range map[string]int{
		"In the second exchange, 13 captives went home for 39 inmates.":                                       2,
		"Officials described it as the 3rd handover under the accord: 4 captives for 120 inmates.":            3,
		"During the truce's fifth day, eleven captives left Gaza while 33 inmates walked free.":               5,
		"The second exchange, which freed 13 captives for 39 inmates, went smoothly.":                         2,
		"The latest batch, four women, crossed into Egypt as 120 detainees were bussed to Ramallah.":          0,
		"It was the second-largest swap of this conflict: 4 captives for 120 inmates.":                        0,
		"Qatar said 14 captives and 42 inmates went free on Friday, ahead of a second exchange due Saturday.": 0,
		"A fourth handover is scheduled to bring 4 captives home for 120 inmates.":                            0,
	} {
		if got := sentenceSays(text, time.Time{}).Ordinal; got != want {
			t.Errorf("%q: ordinal %d, want %d", text, got, want)
		}
	}
}

// TestToldDay: one weekday a sentence names is the last such day on or
// before the article's date (a Monday here); "yesterday" and "today"
// count from it. Two days named, or a day to come, date nothing; a
// weekday after a verb of saying dates the saying, not the swap, whatever
// the verb ("insisted"); a swap's own verb before it dates the swap.
// (Moved from the tracker's TestToldDay, every case kept.)
func TestToldDay(t *testing.T) {
	monday := time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC)
	today := monday.Truncate(24 * time.Hour)
	sunday, saturday := today.AddDate(0, 0, -1), today.AddDate(0, 0, -2)
	thursday := today.AddDate(0, 0, -4)
	for text, want := range map[string]time.Time{
		"Seventeen captives reached Egypt on Sunday, and 39 inmates left Ofer.":    sunday,
		"Saturday's handover freed 4 captives for 120 inmates, mediators said.":    saturday,
		"Monday's handover freed 4 captives for 120 inmates.":                      today,
		"Four captives were let go yesterday for 120 inmates.":                     sunday,
		"Four captives and 120 inmates went free.":                                 {},
		"Four captives went home on Saturday, ahead of Sunday's planned handover.": {},
		"The next swap, due on Sunday, would free 4 captives for 120 inmates.":     {},
		"Hamas must free 4 captives for 120 inmates by Thursday.":                  {},
		// the day of the saying, and the day of the swap
		"Hamas said on Sunday it had freed 4 captives for 120 inmates.":                   {},
		"Hamas insisted on Sunday that 4 captives went free for 120 inmates.":             {},
		"The army confirmed late Sunday that 4 captives were back, for 120 inmates.":      {},
		"The 120 inmates were released on Thursday, as 4 captives went home.":             thursday,
		"Mediators announced on Sunday that 4 captives went free on Saturday for 120.":    saturday,
		"Four captives went home tonight for 120 inmates, Doha's diplomats told Reuters.": today,
		// a date told as the day ("on March 24", "on 23 March", "on Mar.
		// 21", "Sunday, March 24"), read against the article's date (depth56's
		// Left); a date to come, of a saying, or naming no day dates nothing
		"Seventeen captives reached Egypt on March 24, and 39 inmates left Ofer.":                sunday,
		"Four captives went free on 23 March in return for 120 inmates.":                         saturday,
		"Four captives were handed over on Mar. 21 for 120 inmates, the Red Cross said.":         thursday,
		"Four captives went free on March 24, 2024, for 120 inmates.":                            sunday,
		"On Sunday, March 24, four captives went home for 120 inmates.":                          sunday,
		"Four captives went home Sunday, March 24, for 120 inmates.":                             sunday,
		"Hamas said Sunday, March 24, it had freed 4 captives for 120 inmates.":                  {},
		"Four captives went home on Saturday, March 24, for 120 inmates.":                        {},
		"The next swap, due on March 28, would free 4 captives for 120 inmates.":                 {},
		"Hamas said on March 24 it had freed 4 captives for 120 inmates.":                        {},
		"Four captives went home in March for 120 inmates.":                                      {},
		"Four captives abducted during the October 7 raid returned in exchange for 120 inmates.": {},
		"Four captives went free on March 24 and eight on March 25 for 120 inmates.":             {},
	} {
		if got := sentenceSays(text, monday).Told; !got.Equal(want) {
			t.Errorf("toldDay(%q) = %v, want %v", text, got, want)
		}
	}
	if got := sentenceSays("Seventeen captives reached Egypt on Sunday for 39 inmates.", time.Time{}).Told; !got.IsZero() {
		t.Errorf("an article of no known date: told %v, want none", got)
	}
}

// TestObservationEvent: the engine gives an observation of a metric of
// events what its sentence says of its swap, read against the article's
// date; a metric that counts no events gets nothing.
func TestObservationEvent(t *testing.T) {
	e := compile(t, `
- id: swap
  values:
    prisoners: {near: [inmates, prisoners]}
    hostages: {near: [captives, hostages]}
- id: held
  keywords: [captives]
`)
	monday := time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC)
	obs := e.ExtractInArticle("In the second exchange, 13 captives went home on Sunday for 39 inmates.", "", monday)
	var seen bool
	for _, o := range obs {
		switch o.Metric {
		case "swap":
			seen = true
			want := EventSays{Another: true, Ordinal: 2, Told: monday.Truncate(24*time.Hour).AddDate(0, 0, -1)}
			if o.Event != want {
				t.Errorf("swap: event %+v, want %+v", o.Event, want)
			}
		default:
			if o.Event != (EventSays{}) {
				t.Errorf("%s counts no events, but its observation says %+v", o.Metric, o.Event)
			}
		}
	}
	if !seen {
		t.Fatalf("no swap observation in %+v", obs)
	}
}
