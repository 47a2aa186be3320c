package tracker

import (
	"strings"
	"time"
	"unicode"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
)

// A metric of exchanges (`values:` without `total:`) counts one event a
// reading: each swap's prisoners and hostages, not a running total nor a
// level that one body's word moves and another's disputes. The second
// swap, two days after the first and told by another body, is the news it
// is, not "claimants disagree" with the first (desk54b's walk). Two bodies
// giving different numbers for the same swap still disagree: what tells
// the two apart is what the later report says of itself and how far its
// pair is from the one before.
//
// A later figure is another event (anotherEvent) when it is published
// after the accepted one at a moment that can be told from it
// (sameMoment), and either
//   - its sentence or headline says so: an ordinal or "another", "latest",
//     "next", "new", "fresh", "further" before an event's noun ("the
//     second exchange", "another round of releases", "the latest batch of
//     hostages", "its 3rd swap"; anotherWords), or
//   - it gives a whole pair no value of which can be true with the
//     accepted one's, on a later calendar day: one swap's two counts are
//     told alike by its two sides, or one of them is, the same day.
//
// Two reports the same day of the same swap, one side's figure agreeing,
// stay a conflict; so does a report that does not say it is another swap
// and agrees on one side whatever its day.

// eventNouns are the nouns of one event of a metric of exchanges: a swap,
// a release, a handover, a stage of a deal.
var eventNouns = map[string]bool{
	"exchange": true, "exchanges": true, "swap": true, "swaps": true, "release": true, "releases": true,
	"handover": true, "handovers": true, "batch": true, "batches": true, "group": true, "groups": true,
	"round": true, "rounds": true, "phase": true, "stage": true, "trade": true, "transfer": true,
	"deal": true, "day": true, "offer": true, "proposal": true,
}

// anotherMarks are the words that say an event follows others: ordinals
// from the second and the words of a next one. Not "last": "the last
// swap" is as often the one before, recalled.
var anotherMarks = map[string]bool{
	"another": true, "latest": true, "next": true, "new": true, "fresh": true, "further": true,
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "final": true,
}

// markReach is how many words may stand between a mark and its event
// noun: "the second such exchange", "another hostage-prisoner swap".
const markReach = 3

// anotherWords reports whether a text says its event follows others: a
// mark (anotherMarks, or an ordinal in digits from "2nd") followed within
// markReach words by an event noun. A hyphenated word is one word:
// "second-largest exchange" ranks a size, not a sequence.
func anotherWords(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	for i, w := range words {
		if !anotherMarks[w] && !digitOrdinal(w) {
			continue
		}
		for _, n := range words[i+1 : min(len(words), i+1+markReach)] {
			if eventNouns[n] || eventNouns[lastPart(n)] {
				return true
			}
		}
	}
	return false
}

// toldAsAnother reports whether an observation's sentence or its
// article's headline says its event follows others (Candidate.Another).
func toldAsAnother(o model.Observation) bool {
	return anotherWords(o.Quote) || anotherWords(o.Title)
}

// lastPart is a hyphenated word's last part: "hostage-prisoner swap"'s
// compound noun is told by "swap" alone, after the words before it.
func lastPart(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return w[i+1:]
	}
	return w
}

// digitOrdinal reports whether a word is an ordinal in digits from the
// second: "2nd", "3rd", "14th".
func digitOrdinal(w string) bool {
	num := strings.TrimRight(w, "abcdefghijklmnopqrstuvwxyz")
	switch suffix := w[len(num):]; {
	case num == "" || strings.Trim(num, "0123456789") != "" || num == "0" || num == "1":
		return false
	case suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th":
		return true
	}
	return false
}

// anotherEvent reports whether a candidate of a metric of exchanges that
// cannot be true with the accepted value is another event rather than
// another report of the accepted one (see above).
func anotherEvent(p Policy, cur *State, c Candidate) bool {
	if !p.Events || cur == nil || cur.Published.IsZero() || !c.Published.After(cur.Published) || sameMoment(c.Published, cur.Published) {
		return false
	}
	return c.Another || (wholePairDiffers(cur.Readings, c.Readings) && laterDay(cur.Published, c.Published))
}

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
	return b.UTC().Truncate(24 * time.Hour).After(a.UTC().Truncate(24 * time.Hour))
}
