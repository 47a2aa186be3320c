package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure a count rose to, or that holds its own verb of level, is the
// count at the time its period gives (period.go). (Moved out of period.go
// whole.)

// countAtTime reports whether figure fi is the level of a count at a time
// its period gives, not a count over it: it follows a verb of level or
// "to" ("rose to 33,091 in the past 24 hours", "stood at 34,000 on
// Tuesday"), holds its own bound verb ("passes 45,000 on Monday"), or
// opens with a preposition of level right after a verb of change
// ("went above 17,000 by Thursday's count", "rose past 40,000 on Monday"),
// or stands after "still", a level that holds ("a tally still below 800
// deaths as of Sunday").
func countAtTime(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs > s.TokStart {
		switch d.LowerTokenText(fs - 1) {
		case "to", "at", "reached", "reach", "reaches", "passed", "surpassed", "topped", "exceeded", "hit", "past":
			return true
		}
		if levelPreposition(d.LowerTokenText(fs)) && changeVerb(d.LowerTokenText(fs-1)) {
			return true
		}
		if d.TokenText(fs-1) == "still" {
			return true // a level that stands: "a tally still below 800 deaths as of Sunday" (still_level.yaml)
		}
	}
	if fs+1 < s.TokEnd && changeVerb(d.LowerTokenText(fs)) && levelPreposition(d.LowerTokenText(fs+1)) {
		return true // the verb in the figure's own words: "rose past 40,000"
	}
	return boundVerbForm(d.LowerTokenText(fs))
}

// levelPreposition reports whether lower-cased w, opening a figure after
// a verb of change, says the level the count moved to: "climbed above",
// "rose past", "jumped beyond", "edged over".
func levelPreposition(w string) bool {
	switch w {
	case "above", "past", "beyond", "over":
		return true
	}
	return false
}
