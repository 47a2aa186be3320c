package claimant

import "strings"

// Reporting verbs used of something else than a claim: "when I first
// reported from Gaza" (where a reporter worked), "Ukrainians have learned
// to live with 12-hour blackouts" (a skill, not news). Neither governs a
// clause, so neither claims the figures after it.

// intransitiveReport reports whether the reporting verb at i is used so:
// a form of "report" before "from" and a place's name, with no "that"
// after the place and not closing the sentence; a form of "register"
// before a preposition; or a form of "learn" before "to" and a verb's plain
// form (a lower-case word, no determiner: "learned to the ministry's
// dismay" is no such use); or a form of "count" before a determiner and
// the object of an idiom ("count the cost", "counting the days").
func (v *view) intransitiveReport(i, hi int) bool {
	w := v.toks[i].low
	switch {
	case strings.HasPrefix(w, "report") && v.isOne(i+1, wFrom) && i+2 < hi && v.toks[i+2].capital:
		// "..., EFE reported from Ramallah.": closing the sentence, the
		// verb reaches back over what was reported.
		k := i + 2
		for k < hi && (v.toks[k].capital || v.toks[k].has(cLink)) {
			k++
		}
		if k >= hi || v.isOne(k, wFullStop) && k == hi-1 {
			return false
		}
		for ; k < hi && k <= i+6; k++ {
			if v.isOne(k, wThat) {
				return false
			}
		}
		return true
	case strings.HasPrefix(w, "regist") && !strings.HasPrefix(w, "registr") && v.is(i+1, wAs, wIn, wOn, wWith, wFor, wAt, wTo):
		// "6.7 million Ukrainians have registered as refugees", "a sum
		// that would barely register in its budget": who registers
		// somewhere or as something is counted, or noticed, and tells
		// nothing; "registered 40 deaths" has its object first.
		return true
	case v.countIdiom(i, hi):
		// "Beirut's southern suburbs count the cost after 11 weeks of
		// strikes", "families counting the days": what is weighed or
		// waited for, not a tally.
		return true
	case (w == "learned" || w == "learnt" || w == "learn" || w == "learns" || w == "learning") && v.isOne(i+1, wTo) && i+2 < hi:
		t := &v.toks[i+2]
		return t.word && !t.capital && !t.has(cDeterminer|cPronoun)
	}
	return false
}

// countIdiomObjects are what "count" takes in an idiom, not a tally:
// "count the cost", "count the days", "count their blessings".
var countIdiomObjects = set("cost costs days hours minutes blessings")

// countIdiom reports whether the word at i is a form of "count" before a
// determiner and the object of an idiom: read as a verb or as a findings
// noun after a possessive ("Beirut's southern suburbs count the cost"), it
// counts nothing.
func (v *view) countIdiom(i, hi int) bool {
	w := v.toks[i].low
	// ("By the army's count the costs ...": a possessive's own count
	// is the noun, and a frame.)
	if i > 0 && (v.isOne(i-1, wApostrophe) || v.isOne(i-1, wS) && v.isOne(i-2, wApostrophe)) {
		return false
	}
	// ("The World Food Programme counts the cost of a ration at 45
	// cents": a cost valued at a figure is counted.)
	return strings.HasPrefix(w, "count") && !strings.HasPrefix(w, "countr") && i+2 < hi && v.is(i+1, wThe, wTheir, wIts, wOur) && countIdiomObjects[v.toks[i+2].low] && !v.ahead(i, hi, 8, "at")
}
