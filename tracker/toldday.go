package tracker

import (
	"strings"
	"time"
	"unicode"
)

// toldDay is the day a sentence says its event happened, from its
// publication: one weekday named ("on Sunday", "Sunday's handover") is
// the last such day on or before it, "yesterday" the day before, "today"
// and "tonight" its own day, a weekday that dates a saying ("said on
// Tuesday") not counted; zero when the sentence names none, or two
// ("freed on Friday, ahead of Saturday's swap"), or a day to come ("next
// Sunday", "due on Sunday", "by Sunday"): which of them the figures are of
// the words alone do not say. A metric of exchanges dates a swap by it
// (anotherEvent): a swap told of a day after the accepted one's report
// was published cannot be the swap that report told.
func toldDay(text string, published time.Time) time.Time {
	if published.IsZero() {
		return time.Time{}
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	var days []time.Time
	pubDay := dayOf(published)
	for i, w := range words {
		w = strings.TrimSuffix(w, "'s")
		var d time.Time
		switch w {
		case "yesterday":
			d = pubDay.AddDate(0, 0, -1)
		case "today", "tonight":
			d = pubDay
		default:
			wd, ok := weekdayNames[w]
			if !ok {
				continue
			}
			if j := i - 1; j >= 0 && (comingWords[words[j]] || words[j] == "on" && j > 0 && comingWords[words[j-1]]) {
				return time.Time{} // "next Sunday", "due on Sunday"
			}
			if saidOn(words, i) {
				continue // "the army said on Tuesday": the day of the saying
			}
			d = lastWeekday(pubDay, wd)
		}
		if len(days) > 0 && !days[0].Equal(d) {
			return time.Time{}
		}
		days = append(days, d)
	}
	if len(days) == 0 {
		return time.Time{}
	}
	return days[0]
}

// comingWords, right before a weekday or its "on", make it a day to come
// or a deadline: "next Sunday", "due on Sunday", "by Sunday", "until
// Sunday".
var comingWords = map[string]bool{
	"next": true, "coming": true, "due": true, "by": true, "until": true, "till": true, "before": true,
	"expected": true, "planned": true, "scheduled": true, "from": true,
}

// sayingVerbs date a statement, not the event it tells, when a weekday
// follows them: "said on Tuesday", "confirmed late Tuesday".
var sayingVerbs = map[string]bool{
	"said": true, "says": true, "confirmed": true, "announced": true, "told": true, "reported": true,
	"stated": true, "added": true, "disclosed": true, "revealed": true, "claimed": true, "denied": true,
}

// saidOn reports whether the weekday at i dates a saying: a saying verb
// before it, over "on", "late", "early".
func saidOn(words []string, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		switch w := words[j]; {
		case sayingVerbs[w]:
			return true
		case w == "on" || w == "late" || w == "early":
			continue
		}
		return false
	}
	return false
}
