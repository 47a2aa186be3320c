package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// Another country may hold the count as the subject of the figure's
// clause: "Yemen has 4.5 million displaced", "Syria still counts 6.8
// million people uprooted", "Gaza has 1.9 million displaced and ...". The
// count is that country's, as "displaced in Yemen" says it is
// (othercountry.go decides whether the country is another than the
// metric's). The country opens its clause (the sentence, past a stamp, a
// speaker's label or a joining word, or a clause after a semicolon, "and",
// "but", "while", "whereas" or "yet"), a verb of having or counting
// follows it, perhaps after one adverb ("still", "now", "once"), and the
// figure is the verb's object, right after it.

// countHoldingForms are the finite forms of the verbs whose subject holds
// the count their object is: "counts", "hosted", "records", "holds".
var countHoldingForms = wordform.Set([]wordform.Verb{{Base: "count"}, {Base: "host"}, {Base: "hold", Past: "held"}, {Base: "record"}, {Base: "register"}}, true, wordform.Finite)

// countHoldingVerb reports whether w is a finite form of having or of a
// verb of holding a count.
func countHoldingVerb(w string) bool {
	switch w {
	case "has", "have", "had":
		return true
	}
	return countHoldingForms[w]
}

// countrySubject returns the first token of a listed country's name that
// is the subject of a verb of holding whose object is figure fi, opening
// its clause, or -1.
func countrySubject(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	v := fs - 1
	if v <= s.TokStart || !countHoldingVerb(d.LowerTokenText(v)) {
		return -1
	}
	end := v
	if w := d.LowerTokenText(v - 1); subjectAdverb(w) || stateTimeAdverb(w) || w == "once" {
		end = v - 1
	}
	if end <= s.TokStart || !named(d, end-1) {
		return -1
	}
	c := longestCountryBefore(d, s, end)
	if c < 0 || !opensCountryClause(d, s, c) {
		return -1
	}
	return c
}

// opensCountryClause reports whether token c opens its clause: the
// sentence's own words (frontedOpening), or the words after a semicolon
// or a joining word ("and", "but", "while", "whereas", "yet").
func opensCountryClause(d *figures.Document, s *figures.Sentence, c int) bool {
	if c == frontedOpening(d, s, sentenceWords(d, s)) {
		return true
	}
	if c-1 <= s.TokStart {
		return false
	}
	switch d.LowerTokenText(c - 1) {
	case ";", "and", "but", "while", "whereas", "yet":
		return true
	}
	return false
}
