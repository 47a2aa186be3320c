package tracker

import (
	"time"

	"github.com/claimtrack/claimtrack/rules"
)

// A metric of exchanges (`values:` without `total:`) counts one event a
// reading: each swap's prisoners and hostages, not a running total nor a
// level that one body's word moves and another's disputes. The second
// swap, two days after the first and told by another body, is the news it
// is, not "claimants disagree" with the first (desk54b's walk). Two bodies
// giving different numbers for the same swap still disagree: what tells
// the two apart is what the later report's sentence says of its swap and
// how far its pair is from the one before.
//
// What a figure's sentence says of its swap the rules read (rules.
// EventSays, kept with the observation: model.Observation's Event
// fields): that it calls its swap another one, that the swap is still to
// come, and the day it says the swap happened on. The tracker judges from
// those facts and reads no words. A later figure is another event
// (anotherEvent) when it is published after the accepted one at a moment
// that can be told from it (sameMoment), its swap is not one to come (a
// plan's numbers are no swap made: Planned, never judged against the
// accepted pair), and
//   - its sentence says its swap happened on a day after the accepted
//     figure's publication ("on Sunday", "yesterday"), and it is
//     published toldGap after it at least: that report cannot have told
//     it;
//   - else, dated by the day its sentence names or else by its
//     publication, on a later calendar day, its sentence says it tells
//     another swap or it gives a whole pair no value of which can be
//     true with the accepted one's;
//   - the same day, both: a swap's two sides tell one swap's counts the
//     same day, and one word alone may be of a swap other than the one
//     the figures are of.
//
// Another swap is news (a change) whatever its counts; but one whose
// counts agree with the accepted pair's is the next swap only when its
// sentence ranks it after the accepted one or dates it after that report
// (rankedAfter): else it is the accepted swap recapped, and agrees.
//
// A swap its sentence dates before the accepted report's day, or ranks
// no higher than the accepted sentence did ("the second exchange" after
// the second exchange's report), is that swap or an earlier one recalled,
// never the next. A report that names no later
// day, does not say it is another swap and
// agrees on one side stays a conflict whatever its day; so does a report
// of the same day (published or told: "on Saturday", read on Sunday)
// with other numbers and no word of another swap.

// anotherEvent reports whether a candidate of a metric of exchanges that
// cannot be true with the accepted value is another event rather than
// another report of the accepted one (see above).
func anotherEvent(p Policy, cur *State, c Candidate) bool {
	if !p.Events || c.ToCome || cur == nil || cur.Published.IsZero() || !c.Published.After(cur.Published) || sameMoment(c.Published, cur.Published) {
		return false
	}
	if c.Ordinal > 0 && c.Ordinal <= cur.Ordinal {
		return false // "the second exchange" after the second exchange's report: that swap, or one before
	}
	day := c.Published
	if !c.Told.IsZero() {
		if toldAfter(cur, c) {
			return true // the swap happened after the report of the one before
		}
		if laterDay(c.Told, cur.Published) {
			return false // a swap before the one accepted, recalled: not the next one
		}
		day = c.Told
	}
	differs := wholePairDiffers(cur.Readings, c.Readings)
	if !laterDay(cur.Published, day) {
		return c.Another && differs
	}
	return c.Another || differs
}

// toldAfter reports whether a candidate's sentence dates its swap on a
// day after the accepted report was published, and it is published
// toldGap after that report at least: that report cannot have told it.
func toldAfter(cur *State, c Candidate) bool {
	return !c.Told.IsZero() && laterDay(cur.Published, c.Told) && c.Published.Sub(cur.Published) >= toldGap
}

// rankedAfter reports whether another swap (anotherEvent: a later day)
// whose counts agree with the accepted pair's is the next swap all the
// same, not the accepted one told again: its sentence dates it after the
// accepted report (toldAfter), or ranks it after the accepted one. An
// accepted sentence that said nothing of another is a first report: any
// word of another ranks after it ("the second exchange", "another 13
// hostages" the next day). One that gave a rank is passed by a higher
// ordinal alone ("the third" after "the second"). One that said another
// with no rank ("another 13 hostages") has a rank not known: nothing
// ranks after it. A truce's swaps may repeat 13 for 39 day after day;
// but "the latest swap" or "the second exchange, which freed ..." again,
// of the pair the second exchange gave, is a recap: words of another
// alone do not tell a recap from the next swap when the counts repeat.
func rankedAfter(cur *State, c Candidate) bool {
	switch {
	case toldAfter(cur, c):
		return true
	case !cur.Another:
		return c.Another
	case cur.Ordinal > 0:
		return c.Ordinal > cur.Ordinal
	}
	return false
}

// toldGap is how long after the accepted report a sentence's later day
// is taken at its word: the days are UTC's, and "tonight" in a report
// published just after midnight UTC of the evening before's swap (a live
// blog in Gaza, two hours ahead) names the next day's date.
const toldGap = 12 * time.Hour

// wholePairDiffers reports whether readings b state every value a does,
// a pair at least, and none of them can be true with a's.
func wholePairDiffers(a, b []rules.Value) bool {
	if len(a) < 2 {
		return false
	}
	for _, or := range a {
		nr, ok := valueNamed(b, or.Name)
		if !ok || or.Overlaps(nr.Figure) {
			return false
		}
	}
	return true
}

// laterDay reports whether b falls on a later calendar day (UTC, as
// pages' bare dates are stored) than a.
func laterDay(a, b time.Time) bool {
	return dayOf(b).After(dayOf(a))
}
