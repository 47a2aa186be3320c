package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// "One" that names a source is a determiner, not a count: "five, by one
// count", "By one congressional aide's tally, 107", "according to one
// estimate, 40,000". The sentence's figure is the other one; "one" only
// says whose reckoning it is. A change by one ("the number of battalions
// fell by one") is a change, read elsewhere (changeBy).

// sourceOne reports whether figure fi of sentence s is such a "one".
func sourceOne(d *figures.Document, s *figures.Sentence, fi int) bool {
	f := &d.Figures[fi]
	if f.Value != 1 || !strings.EqualFold(f.Text, "one") {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd || !d.Tokens[fe].IsWord() || figureIn(d, s, fe) >= 0 {
		return false // "one" must open a noun phrase
	}
	word := sentenceWords(d, s)
	switch word(fs - 1) {
	case "by":
		return !changeVerb(word(fs-2)) && !passiveBy(word(fs-2))
	case "to":
		return word(fs-2) == "according"
	}
	return false
}

// passiveBy reports whether lower-cased w is a past participle before "by"
// whose agent follows ("killed by one strike"): then "one" counts.
func passiveBy(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}
