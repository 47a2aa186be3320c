package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An operation in the metric's place that displaced people drove them out
// of it: "Occupation admits Rafah operation displaced 800,000", "the
// offensive on Rafah has uprooted nearly a million", "Israel's Rafah
// assault has forced 450,000 out". For a metric that counts who is in a
// place (a keyword "in PLACE"), the figure the verb moves is the people
// who left, not those sheltering there. The operation is read from its
// shape: a noun of military operation (operationNoun) that the place names
// before it ("the Rafah operation") or places after it ("the offensive in
// Rafah"), the subject of the displacing verb right before the figure,
// perhaps after an auxiliary. An operation elsewhere ("the Khan Younis
// offensive displaced 300,000") leaves the figure to the other readings.

// displacedByOperation reports whether keyword hit h, a verb of displacing
// (a past form or "displaces") right before figure fi, has for subject an
// operation in one of the metric's inside places.
func (m *metric) displacedByOperation(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	if len(m.insideNames) == 0 || h.start <= s.TokStart {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	if h.end > fs || d.WordPos(fs)-d.WordPos(h.end) > 0 {
		return false // the figure is the verb's object, right after it
	}
	v := d.LowerTokenText(h.start)
	if !strings.HasSuffix(v, "ed") && v != "displaces" && v != "drove" && v != "driven" {
		return false // a verb, not "displacement"
	}
	k := h.start - 1
	for n := 0; n < 2 && k > s.TokStart && auxiliary(d.LowerTokenText(k)); n++ {
		k-- // "has displaced", "has been displaced" is passive: see below
	}
	if k < s.TokStart || k != h.start-1 && d.LowerTokenText(k+1) == "been" {
		return false
	}
	// "the Rafah operation" / "Israel's Rafah assault"
	if operationNoun(d.LowerTokenText(k)) && k-1 >= s.TokStart && named(d, k-1) && m.insideName(d.TokenText(k-1)) {
		return true
	}
	// "the offensive in Rafah", "the assault on eastern Rafah"
	if k-2 >= s.TokStart && named(d, k) && m.insideName(d.TokenText(k)) {
		j := skipCompass(d, k-1, s.TokStart)
		if j >= s.TokStart && d.LowerTokenText(j) == "the" {
			j--
		}
		switch d.LowerTokenText(j) {
		case "in", "on", "into", "against":
			return j-1 >= s.TokStart && operationNoun(d.LowerTokenText(j-1))
		}
	}
	return false
}
