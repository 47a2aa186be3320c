package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// An exclude_near word that is the subject of a relative clause on the
// keyword's noun says what the keyword's amount is: "$3.5bn in FMF the
// supplemental had already funded", "$2bn of military financing that the
// emergency bill paid for". The amount is the supplemental's, as near as
// its keyword.

// subjectOnKeyword returns how far the keyword is from the figure when
// exclude_near hit h opens the subject of a relative clause right after a
// keyword of role r ("FMF [that] the supplemental had funded"), and
// whether it does. A verb must follow the subject: "FMF, the supplemental
// aside," is no clause.
func subjectOnKeyword(d *figures.Document, hits []hit, h hit, r role, fs, fe int) (int, bool) {
	lower := func(k int) string {
		if k < 0 || k >= len(d.Tokens) {
			return ""
		}
		return d.LowerTokenText(k)
	}
	for _, k := range hits {
		if k.ref.role != r || k.end > h.start || k.end < fe {
			continue
		}
		j := k.end
		if w := lower(j); w == "that" || w == "which" {
			j++
		}
		switch lower(j) {
		case "the", "this", "that", "its", "an", "a":
			j++
		}
		if j != h.start || h.end >= len(d.Tokens) {
			continue
		}
		v := h.end
		if w := lower(v); !pastForm(w) && !auxiliary(w) && d.Tokens[v].IsWord() && (pastForm(lower(v+1)) || auxiliary(lower(v+1))) {
			v++ // the subject's noun after the word: "the emergency bill paid"
		}
		aux := v
		for v < len(d.Tokens) && v < h.end+3 && (auxiliary(lower(v)) || lower(v) == "already" || lower(v) == "also") {
			v++ // "had already"
		}
		if w := lower(v); negation(w) {
			continue // "FMF that the supplemental did not touch": not its
		} else if v < len(d.Tokens) && d.Tokens[v].IsWord() && (pastForm(w) || v > aux && auxiliary(lower(aux))) {
			return wordGap(d, fs, fe, k.start, k.end), true
		}
	}
	return 0, false
}

// pastForm reports whether w looks like a past participle or past tense
// of a regular verb: "funded", "paid" (irregular ones a clause may use
// after an auxiliary are read by the auxiliary).
func pastForm(w string) bool {
	return len(w) > 3 && w[len(w)-2:] == "ed" || w == "paid" || w == "sent" || w == "spent" || w == "gave" || w == "given"
}
