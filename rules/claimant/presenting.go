package claimant

import "strings"

// A sentence, often a headline or a standfirst, whose subject presents
// news without giving a figure: "Centcom details Red Sea intercepts",
// "Israeli officials brief on hostage talks", "Kharkiv mayor gives update
// on overnight strike", "The appeal committee has set out what it has
// raised". It announces the figures of the sentence after, as "The IOM
// released new figures" does (announcesfigures.go announces).

// presenting reports whether token i, a verb after its subject, presents
// news: detail(s), outline(s), brief(s) on, give(s) or gave an update,
// set(s) or lay(s) out, reported on its channel. A noun ("the details of the deal") is none.
func (v *view) presenting(i int) bool {
	t := &v.toks[i]
	if i == 0 || !t.word || t.capital || v.toks[i-1].has(cDeterminer|cPreposition) {
		return false
	}
	switch t.low {
	case "details", "detailed", "outlines", "outlined":
		return true
	case "reported", "reports", "posted", "wrote":
		// "Ukraine's air force reported on its Telegram channel on
		// Saturday morning": a report on a channel, its words to come.
		if !v.is(i+1, wOn, wIn) {
			return false
		}
		for k := i + 2; k < len(v.toks) && k <= i+5 && !v.boundary(k); k++ {
			if channelNouns[v.toks[k].low] {
				return true
			}
		}
		return false
	case "brief", "briefs":
		return v.isOne(i+1, wOn)
	case "sounds", "sounded", "raises", "raised":
		// "Oxfam sounds alarm over Kassala camps": a warning whose
		// figures the standfirst after it gives.
		k := i + 1
		if v.isOne(k, wThe) {
			k++
		}
		return k < len(v.toks) && v.toks[k].low == "alarm"
	case "warns":
		// "Save the Children warns of hunger in Tigray": a headline's
		// warning in the present, its figures to come (a warning in the
		// past tense in running copy is a claim of its own sentence).
		if i+1 < len(v.toks) {
			switch v.toks[i+1].low {
			case "of", "over", "on":
				return true
			}
		}
		return false
	case "set", "sets", "lay", "lays", "laid":
		return v.isOne(i+1, wOut)
	case "gives", "gave", "give":
		k := i + 1
		if v.is(k, wA, wAn, wIts, wTheir, wThe) {
			k++
		}
		if k < len(v.toks) && v.toks[k].low == "latest" {
			k++
		}
		return k < len(v.toks) && (v.toks[k].low == "update" || v.toks[k].low == "briefing")
	}
	return false
}

// begunVerbs start work whose findings are still to come: "opened an
// investigation", "launched a review", "ordered an inquiry".
var begunVerbs = set("opened opens launched launches began begun begins started starts ordered orders commissioned")

// doubtVerbs judge findings another gave: "has been criticised as
// inflated", "disputed the count".
var doubtVerbs = set("criticised criticized disputed questioned doubted challenged rejected dismissed contested")

// findingsNotGiven reports whether the findings noun at i announces no
// figures: work just begun ("Ofcom has opened an investigation into
// ..."), or findings the sentence judges ("The ministry's count has been
// criticised by Israeli officials as inflated"): the sentence after
// gives no figure of theirs.
func (v *view) findingsNotGiven(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if begunVerbs[v.toks[k].low] {
			return true
		}
		// ("has begun releasing provisional results": the releasing
		// has begun, and gives the results.)
		if v.boundary(k) || strings.HasSuffix(v.toks[k].low, "ing") {
			break
		}
	}
	for k := range v.toks {
		if doubtVerbs[v.toks[k].low] {
			return true
		}
	}
	return false
}

// reportsForWork reports whether the form of "report" at i is followed
// by "for work" or "for duty", "to work", "to the front": turning up, not
// telling.
func (v *view) reportsForWork(i int) bool {
	if !v.is(i+1, wFor, wTo) || i+2 >= len(v.toks) {
		return false
	}
	switch v.toks[i+2].low {
	case "work", "duty", "duties", "shifts", "shift":
		return true
	}
	return false
}
