package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sum said to be split among parts right after it names the parts as
// pieces of it: "about $3.8bn a year, split between weapons financing and
// missile defence", "$3.8bn, divided among FMF grants and missile
// defence". A keyword in the list after "split between" is one part's
// name, so it does not name the figure, which is the sum of all of them;
// the whole's own keyword before the figure still does, and an exclude
// word there names a part the figure holds, as after "including". Only
// the verbs of
// dividing a whole ("split", "divided", "shared", "apportioned", "broken
// down") before
// "between", "among" or "into" say so: "spent on weapons financing" names
// what the figure is.

// splitGap is how many tokens the verb of dividing may stand from the
// figure's end: ", a year, split between".
const splitGap = 6

// splitPartKeyword reports whether hit h (a keyword or an exclude word) stands in a list of parts
// opened after the figure ending at token fe by a verb of dividing and
// "between", "among" or "into", in the figure's clause.
func splitPartKeyword(d *figures.Document, in *figures.Sentence, fe int, h hit) bool {
	if h.start <= fe || h.start-fe > splitGap+4 {
		return false
	}
	for k := fe; k < h.start && k < in.TokEnd; k++ {
		switch d.TokenText(k) {
		case ";", ":", "(", ")":
			return false
		}
		if countAt(d, k) && k > fe {
			return false // another amount opens its own phrase
		}
		switch d.LowerTokenText(k) {
		case "between", "among", "amongst", "into":
			if k-fe > splitGap+1 || k == 0 {
				return false
			}
			switch d.LowerTokenText(k - 1) {
			case "split", "divided", "shared", "apportioned":
				return true
			case "down":
				return k >= 2 && d.LowerTokenText(k-2) == "broken" // "broken down into"
			}
			return false
		}
	}
	return false
}
