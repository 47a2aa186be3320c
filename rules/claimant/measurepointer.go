package claimant

// A pointer back may name the figure by its kind rather than as "the
// figure": "The rate is from the Bank of Uganda's daily fixing", "The
// share comes from the district office's breakdown", "Those shares are
// from ...". These nouns say what sort of number the sentence before
// gave; unlike "figure" or "count" (around.go backNouns) they also
// speak of things that are no figure ("the exchange rate fell"), so they
// point back only with a verb of coming or being and "from" after them,
// the shape that names a figure's origin ("The rain came from the
// west" has no such noun).

// measureNouns name a kind of figure: a rate, a share, a ratio, a
// series of them.
var measureNouns = set("rate rates share shares proportion proportions ratio ratios percentage percentages series average median")

// measurePointer reports whether a measure noun at i (after its
// determiner) is followed by a form of come or be and "from".
func (v *view) measurePointer(i int) bool {
	if i+2 >= len(v.toks) || !measureNouns[v.toks[i].low] || v.toks[i].capital {
		return false
	}
	return v.is(i+1, wComes, wCame, wCome, wIs, wWas, wAre, wWere) && v.isOne(i+2, wFrom)
}
