package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A relative clause set off by ", which" after a keyword says more of the
// same thing: "$3.3 billion a year comes as Foreign Military Financing,
// which Israel uses to buy American weapons, and $500 million goes to
// missile defence". A keyword inside it restates its antecedent keyword,
// and names no figure after the clause closes: the figure is as near the
// antecedent as its own words put it, and the clause's words do not bring
// the keyword nearer to a figure of the next clause.

// relativeKeywordWords is how many words the clause may run from "which"
// to the keyword.
const relativeKeywordWords = 6

// restatedInRelative reports whether keyword hit h stands in a ", which"
// clause whose antecedent ends in another hit of role r (of the same
// metric: hits are one metric's), closed by a comma before the figure
// starting at token fs.
func restatedInRelative(d *figures.Document, in *figures.Sentence, hits []hit, h hit, r role, fs int) bool {
	if h.end > fs {
		return false
	}
	// An antecedent keyword before it first: most sentences hold one
	// keyword, and their words are not read.
	antecedent := false
	for _, o := range hits {
		if o.ref.role == r && o.end < h.start {
			antecedent = true
			break
		}
	}
	if !antecedent {
		return false
	}
	which := -1
	for k, n := h.start-1, 0; k > in.TokStart && n <= relativeKeywordWords; k-- {
		if d.LowerTokenText(k) == "which" {
			which = k
			break
		}
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) {
			return false
		}
		n++
	}
	if which < 0 || d.TokenText(which-1) != "," {
		return false
	}
	// The clause closes between the keyword and the figure.
	closed := false
	for k := h.end; k < fs; k++ {
		if d.TokenText(k) == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for _, o := range hits {
		if o.ref.role == r && o.end == which-1 && o.start != h.start {
			return true
		}
	}
	return false
}
