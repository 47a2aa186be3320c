package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An exclude_near word that is the verb the figure is the object of says
// what the figure counts: "the ministry has identified only about 24,000
// bodies by name" counts the identified, a part, however near "bodies"
// stands. Right before the figure ("has identified 24,000 bodies") the
// exclude word is already as near as the keyword; a limiting adverb
// between ("only", "merely", "barely") is what the figure's own words
// ("just 24,000") would hold, and does not part the verb from its object.
// The verb is told by its auxiliary right before it ("has", "have", "had",
// a form of "be"). (exclude_verb_object.yaml)

// limitedObjectOf reports whether exclude_near hit ex is a verb after an
// auxiliary whose object figure fi is, with only limiting adverbs between:
// "has identified only about 24,000".
func limitedObjectOf(d *figures.Document, ex hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if ex.end >= fs || fs-ex.end > 2 || ex.start == 0 {
		return false
	}
	for k := ex.end; k < fs; k++ {
		switch d.LowerTokenText(k) {
		case "only", "merely", "barely", "scarcely":
		default:
			return false
		}
	}
	a := d.LowerTokenText(ex.start - 1)
	return a == "has" || a == "have" || a == "had" || beForm(a)
}
