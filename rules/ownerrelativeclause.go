package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The second frame of an owner after its count noun (ownerafternoun.go):
// the owner as the subject of a relative clause on the noun, with no
// pronoun (two noun phrases in a row): "the number the Gaza health
// ministry gave us as of yesterday was ... forty-six thousand five
// hundred", "the figure the ministry itself stands by is 41,909". Not a
// clause whose verb has "for" or "of" after it ("the figure the ministry
// gave for the wounded": another thing counted), nor one whose verb turns
// the count away ("the number the agency rejects", disowningVerb).

// ownerAsClauseSubject returns, when phrase ph's owner (ph.keys[0]) is the
// subject of a relative clause whose words start at token k of sentence s,
// right after the figure noun ("that" or "which" may open it), the token
// the hit ends before: the main verb after the clause (relativeClauseEnd),
// or else the token after the clause's verb; or -1.
func ownerAsClauseSubject(st *docState, s *figures.Sentence, k int, ph *phrase) int {
	d := st.d
	if w := d.LowerTokenText(k); w == "that" || w == "which" {
		k++
	}
	if k >= s.TokEnd || !strings.EqualFold(d.TokenText(k), "the") {
		return -1
	}
	o := ownerWithin(st, s, k+1, ph)
	if o < 0 {
		return -1
	}
	v := o + 1
	if v < s.TokEnd && d.LowerTokenText(v) == "itself" {
		v++
	}
	if v >= s.TokEnd || !opensLower(d.TokenText(v)) || disowningVerb(d.LowerTokenText(v)) {
		return -1 // "the number the ministry disputes" is another's
	}
	if a := v + 1; a < s.TokEnd {
		if w := d.LowerTokenText(a); w == "for" || w == "of" {
			return -1 // "the figure the ministry gave for the wounded"
		}
	}
	if mv := relativeClauseEnd(d, s, v+1); mv > v {
		// The hit runs to the main verb: what the clause says of its
		// owner ("released on Tuesday after its weekly review") dates
		// the release, not another period of the count.
		return mv
	}
	return v + 1
}

// relativeClauseWords is how many words a relative clause on a count noun
// may run after its verb before the main verb: "gave us as of yesterday".
const relativeClauseWords = 8

// relativeClauseEnd returns the token of the verb of value (valueVerb)
// that ends a relative clause whose words after its own verb start at
// token k of sentence s, or -1: none within relativeClauseWords words
// before a figure or a mark other than a comma.
func relativeClauseEnd(d *figures.Document, s *figures.Sentence, k int) int {
	words := 0
	for t := k; t < s.TokEnd && words <= relativeClauseWords; t++ {
		if figureAt(d, t) >= 0 {
			return -1
		}
		if !d.Tokens[t].IsWord() {
			if w := d.TokenText(t); w != "," && !isApostrophe(w) {
				return -1
			}
			continue
		}
		words++
		if valueVerb(d.LowerTokenText(t)) {
			return t
		}
	}
	return -1
}
