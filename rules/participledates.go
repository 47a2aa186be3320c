package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A past participle right after a noun opens a reduced relative clause
// that says something of that noun: "an amnesty for illegal construction
// granted in 2018", "a building code drafted in 1998". A year after it
// dates the noun's act, not the sentence's count, unless the noun is the
// count's own ("the 1,027 prisoners freed in 2011", "2,251 Palestinians
// killed in 2014"), whose phrase holds the amount.

// participleDatesNoun reports whether "in" at token k follows such a
// participle: a past form at k-1 (joinedVerb) after a lower-case noun that
// is no form of "be" or "have" and no adverb, with no amount in the
// participle's noun phrase.
func participleDatesNoun(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if k-2 <= s.TokStart || !joinedVerb(word(k-1)) || !isLowerWord(d.TokenText(k-2)) {
		return false
	}
	switch n := word(k - 2); {
	case beForm(n), n == "have", n == "has", n == "had", strings.HasSuffix(n, "ly"), joinedVerb(n), !d.Tokens[k-2].IsWord():
		return false
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if f := &d.Figures[fi]; dateKind(f.Kind) {
			continue
		}
		if _, fe := d.FigureTokens(fi); fe > k-7 && fe <= k-1 && nounPhraseBetween(word, fe, k-1) {
			return false // "the 1,027 prisoners freed in 2011"
		}
	}
	return true
}

// nounPhraseBetween reports whether tokens [from, to) are words of one noun
// phrase: no verb (a past form), no preposition, no clause mark between.
func nounPhraseBetween(word func(int) string, from, to int) bool {
	for t := from; t < to; t++ {
		switch w := word(t); w {
		case "of", "for", "in", "on", "at", "by", "to", "with", "under", "from", "and", ",", ";", ":":
			return false
		default:
			if joinedVerb(w) {
				return false
			}
		}
	}
	return true
}
