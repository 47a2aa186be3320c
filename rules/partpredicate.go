package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A whole that a part is taken of ("7,797 of the 34,844 dead had been
// identified as children", "about 17,000 of the 35,000-plus dead in Gaza
// were fighters") is not the subject of the clause's predicate: the part
// is. What the predicate says ("identified", "fighters") rules out the
// part, not the whole, which stays the count its own keyword names
// ("dead"). The part itself is still turned away by the predicate, and a
// figure no part is taken of is read as before (excludedpredicate.go).
// A share or a quantity taken of the whole ("Roughly 53 per cent of the
// 10.4 million people uprooted ... are children", "two thirds of the 11
// million displaced are women and children", "Most of the 11 million ...
// are women") is the predicate's subject in the same way: what
// the predicate says is the share's (share_predicate_whole.yaml).

// predicateExcludes reports whether an exclude_near hit of hits is what
// figure fi's clause says of it, fi not being the whole a figure before it
// takes a part of, nor the whole a share or a quantity is taken of.
func (st *docState) predicateExcludes(s *figures.Sentence, fi int, hits []hit) bool {
	return nearHitAt(hits, st.predicateAt(s, fi)) && partTaker(st.d, s, fi) < 0 && !quantifiedWhole(st.d, fi)
}
