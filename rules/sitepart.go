package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// sitePart reports whether keyword hit h is followed straight away by
// "near", "outside" or "around" and the noun phrase of a site, not a
// place's name: the figure counts only those the keyword befell there
// ("More than 1,000 people have been killed near aid distribution sites",
// "the UN says 900 were killed near its hubs", "deaths outside the
// hospitals"), a part of a running total, as "killed while trying to
// reach food" is (circumstancepart.go). The phrase opens on a determiner
// or a lower-case word; a capitalised name ("killed near Rafah") is a
// place the place readings weigh, an amount ("killed around 40,000") is
// the figure, and a phrase of time ("around the clock", "near the end of
// the year") says when, not where; "around" a stretch of land ("killed
// around the Strip") is everywhere in it (sitearound.go).
func sitePart(d *figures.Document, s *figures.Sentence, h hit) bool {
	k := h.end
	if k+1 >= s.TokEnd || !d.Tokens[k].IsWord() {
		return false
	}
	switch d.LowerTokenText(k) {
	case "near", "outside", "around":
	default:
		return false
	}
	k++
	if figureAt(d, k) >= 0 || !d.Tokens[k].IsWord() {
		return false
	}
	if determiner(d.LowerTokenText(k)) {
		k++
		if k >= s.TokEnd || figureAt(d, k) >= 0 || !d.Tokens[k].IsWord() {
			return false
		}
	} else if named(d, k) {
		return false
	}
	if d.LowerTokenText(h.end) == "around" && aroundLand(d, s, k) {
		return false // sitearound.go: "around the Strip" is all of it
	}
	for ; k < s.TokEnd && d.Tokens[k].IsWord(); k++ {
		if timeOfSite(d.LowerTokenText(k)) {
			return false
		}
	}
	return true
}

// timeOfSite reports whether w makes a phrase after "near", "around" or
// "outside" one of time or manner: "near the end", "around the clock",
// "around the same time".
func timeOfSite(w string) bool {
	switch w {
	case "end", "start", "beginning", "outset", "time", "clock", "same", "midnight", "noon", "dawn", "dusk":
		return true
	}
	return timeUnit(w)
}
