package tracker

import (
	"slices"
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
// the two apart is what the later report's sentence says of its swap and
// how far its pair is from the one before.
//
// A later figure is another event (anotherEvent) when it is published
// after the accepted one at a moment that can be told from it
// (sameMoment) and
//   - its sentence says its swap happened on a day after the accepted
//     figure's publication (toldDay: "on Sunday", "yesterday"): that
//     report cannot have told it;
//   - else, dated by the day its sentence names or else by its
//     publication, on a later calendar day, its sentence says it tells
//     another swap (anotherWords) or it gives a whole pair no value of
//     which can be true with the accepted one's;
//   - the same day, both: a swap's two sides tell one swap's counts the
//     same day, and one word alone may be of a swap other than the one
//     the figures are of.
//
// A report that names no later day, does not say it is another swap and
// agrees on one side stays a conflict whatever its day; so does a report
// of the same day (published or told: "on Saturday", read on Sunday)
// with other numbers and no word of another swap.

// eventNouns are the nouns of one swap or of one part of a series of them.
// Not "deal", "offer" nor "proposal": a plan floated is no swap made, and
// "a new deal" is as often the one talked of all along.
var eventNouns = map[string]bool{
	"exchange": true, "exchanges": true, "swap": true, "swaps": true, "release": true, "releases": true,
	"handover": true, "handovers": true, "batch": true, "batches": true, "group": true, "groups": true,
	"round": true, "rounds": true, "phase": true, "stage": true, "trade": true, "transfer": true,
}

// anotherMarks are the words that say an event follows others: ordinals
// from the second and the words of a next one. Not "last": "the last
// swap" is as often the one before, recalled.
var anotherMarks = map[string]bool{
	"another": true, "latest": true, "next": true, "new": true, "fresh": true, "further": true,
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "final": true,
}

// ordinalMarks are the marks that rank: only they make a day one of a
// series (a truce's "sixth day"); "the next day" is a date.
var ordinalMarks = map[string]bool{
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "final": true,
}

// elsewhereWords, right before a mark's phrase, put its swap beside the
// one the figures are of: "ahead of a second exchange", "before the next
// swap", "since the third round".
var elsewhereWords = map[string]bool{
	"ahead": true, "before": true, "until": true, "till": true, "pending": true, "awaiting": true,
	"toward": true, "towards": true, "after": true, "since": true,
}

// laterWords, right after a mark's noun or after its "is", make its swap
// one to come: "a second exchange due on Saturday", "the next swap is
// expected", "the third round is to", "the next batch would".
var laterWords = map[string]bool{
	"due": true, "expected": true, "planned": true, "scheduled": true, "slated": true, "set": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "to": true,
}

// toCome reports whether the event noun at j is of a swap to come
// (laterWords right after it, or after its "is", "was", "are", "were").
func toCome(words []string, j int) bool {
	if j+1 < len(words) {
		switch w := words[j+1]; w {
		case "is", "was", "are", "were":
			return j+2 < len(words) && laterWords[words[j+2]]
		default:
			return laterWords[w] && w != "to"
		}
	}
	return false
}

// markReach is how many words may stand between a mark and its event
// noun: "the second such exchange", "another hostage-prisoner swap".
const markReach = 3

// anotherWords reports whether a sentence says its swap follows others: a
// mark (anotherMarks, or an ordinal in digits from "2nd") followed within
// markReach words by an event noun, or a batch more of people ("another
// 13 hostages", "a further 11", "13 more hostages"), where the phrase is
// not put beside the sentence's swap (elsewhereWords) nor made one to
// come (laterWords). A hyphenated word is one word: "second-largest
// exchange" ranks a size, not a sequence.
func anotherWords(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	for i, w := range words {
		if w == "more" && i > 0 && isCount(words[i-1]) && (i+1 == len(words) || words[i+1] != "than") {
			return true // "13 more hostages"
		}
		ordinal := ordinalMarks[w] || digitOrdinal(w)
		if !anotherMarks[w] && !ordinal || elsewhere(words, i) {
			continue
		}
		if (w == "another" || w == "further" || w == "fresh") && i+1 < len(words) && isCount(words[i+1]) {
			return true // "another 13 hostages", "a further 11"
		}
		for j := i + 1; j < min(len(words), i+1+markReach); j++ {
			n := words[j]
			if eventNouns[n] || eventNouns[lastPart(n)] || ordinal && n == "day" {
				if toCome(words, j) {
					break
				}
				return true
			}
		}
	}
	return false
}

// elsewhere reports whether the phrase of the mark at i follows a word
// that puts its swap beside the sentence's (elsewhereWords), over its
// determiner: "ahead of a second exchange", "before the next swap".
func elsewhere(words []string, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		switch w := words[j]; {
		case elsewhereWords[w]:
			return true
		case w == "a" || w == "an" || w == "the" || w == "of" || w == "its" || w == "their":
			continue
		}
		return false
	}
	return false
}

// countWords are the counts in words a batch more is told by.
var countWords = []string{"dozen", "dozens", "eight", "eighteen", "eleven", "fifteen", "fifty", "five", "forty",
	"four", "fourteen", "hundred", "hundreds", "nine", "nineteen", "seven", "seventeen", "six", "sixteen", "ten",
	"thirteen", "thirty", "three", "twelve", "twenty", "two"} // in alphabetical order

// isCount reports whether a word is a count: digits, or a count in words.
func isCount(w string) bool {
	return strings.Trim(w, "0123456789") == "" || slices.Contains(countWords, w)
}

// eventWords is what an observation's sentence says of its swap, for a
// metric of exchanges (Candidate.Another and Told); nothing for another
// metric. Not its headline: a headline names the day's story, which may
// be another swap than a sentence's figures ("Second swap expected
// Saturday as first 13 hostages freed").
func eventWords(p Policy, o model.Observation) (another bool, told time.Time) {
	if !p.Events {
		return false, time.Time{}
	}
	return anotherWords(o.Quote), toldDay(o.Quote, o.Published)
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
	day := c.Published
	if !c.Told.IsZero() {
		if laterDay(cur.Published, c.Told) {
			return true // the swap happened after the report of the one before
		}
		day = c.Told
	}
	differs := wholePairDiffers(cur.Readings, c.Readings)
	if !laterDay(cur.Published, day) {
		return c.Another && differs
	}
	return c.Another || differs
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
