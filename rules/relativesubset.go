package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A restrictive relative clause on a figure's noun says which of them the
// figure counts: "the 24,686 dead who have been fully identified", "the 9
// million who are internally displaced". Its passive or copular predicate
// is said of the figure as a main clause's is ("24,686 have been
// identified": predicateAt), so an exclude_near word there marks the
// figure as that subset, whatever share or part the sentence then takes
// of it ("52 per cent of the 24,686 dead who have been fully identified",
// where a main clause's predicate would be the share's: partpredicate.go).
// The clause is restrictive when nothing parts it from the noun: no comma
// (", who include ..." adds to the figure), and "who" or "that" opens it
// within the figure's noun phrase. A predicate that is the metric's own
// keyword ("the 35,000 who have been killed") is no exclude_near hit, and
// an active verb ("who fled") no predicate of this kind.

// relativePredicateAt returns the first token of the passive or copular
// predicate of a restrictive relative clause on figure fi of sentence s,
// or -1.
func relativePredicateAt(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe; k < s.TokEnd && k < fe+subjectReach; k++ {
		switch w := word(k); {
		case w == "who" || w == "that":
			if v := word(k + 1); beForm(v) || v == "have" || v == "has" || v == "had" {
				return predicateFrom(d, s, k+1)
			}
			return -1
		case !d.Tokens[k].IsWord() || beForm(w) || w == "have" || w == "has" || w == "had" || w == "and" || w == "or" || w == "which" || questionOpener(w):
			return -1
		}
	}
	return -1
}
