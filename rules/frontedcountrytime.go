package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A fronted phrase that places a sentence in another country may date
// itself before its comma: "And in Lebanon now, they are saying ...", "In
// Ukraine this week, the UN said ...", "Meanwhile, in Sudan on Monday,
// ...". The time says when, not where: the country before it frames the
// figure as it does with no time (frontedcountry.go).

// frontedTimeStart returns the first token of a time that ends right
// before the comma at token comma ("now", "today", "this week", "on
// Monday"), or comma when none stands there.
func frontedTimeStart(d *figures.Document, s *figures.Sentence, comma int) int {
	if comma-1 <= s.TokStart {
		return comma
	}
	if stateTimeAdverb(d.LowerTokenText(comma - 1)) {
		return comma - 1
	}
	return timeAdjunctStart(d, s, comma)
}
