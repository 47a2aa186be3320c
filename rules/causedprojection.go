package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// What a modelled or feared event may cause, told as the object of a verb
// of causing after a modal: "have modelled that an escalation ... could
// cause as many as 85,000 additional deaths", "a ground assault would mean
// up to 30,000 more dead", "the famine may result in 2 million displaced".
// The figure is what may come, not a count; modalProjection reads a modal
// before a verb that sets or moves a figure ("could reach"), and this one
// a verb whose object the figure is.

// causeReach is how many tokens may stand between a modal and the verb of
// causing after it: an adverb or two ("could ultimately cause", "might
// well result in").
const causeReach = 3

// causedProjection returns the token of a coming modal before a verb of
// causing whose object is figure fi, or -1.
func causedProjection(d *figures.Document, fi int) int {
	fs, _ := d.FigureTokens(fi)
	word := func(k int) string { return d.LowerTokenText(k) }
	k := fs - 1
	if k >= 1 {
		switch word(k) {
		case "in", "to": // "result in", "lead to"
			if v := word(k - 1); v == "result" || v == "lead" {
				k--
			}
		}
	}
	if k < 1 || !causeVerb(word(k)) {
		return -1
	}
	return comingModalBefore(d, k)
}

// comingModalBefore returns the modal of what is to come ("will",
// "would", "could"; not the month "May") among the causeReach words
// before the verb at token k, with nothing but words between, or -1.
func comingModalBefore(d *figures.Document, k int) int {
	for j := k - 1; j >= 0 && j >= k-causeReach; j-- {
		if comingModal(d.LowerTokenText(j)) && d.TokenText(j) != "May" {
			return j
		}
		if !d.Tokens[j].IsWord() {
			return -1
		}
	}
	return -1
}

// causeVerb reports whether lower-cased w is a verb of causing in its base
// form, after a modal: "cause", "mean", "result (in)", "lead (to)".
func causeVerb(w string) bool {
	switch w {
	case "cause", "mean", "result", "lead", "produce", "add", "bring":
		return true
	}
	return false
}
