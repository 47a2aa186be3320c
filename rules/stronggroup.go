package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure fused to "-strong" gives the size of the body of people the
// words after it name: "the city's 2,000-strong Palestinian community",
// "a 15,000-strong crowd", "Bristol's 4,200-strong Turkish community". It
// counts the group as it stands, not what befell it: a keyword of the
// metric outside the group's phrase ("had lost at least 34 relatives",
// "mourned relatives killed in Hatay") counts another thing, and the size
// is no figure of the metric. A keyword inside the phrase names what the
// figure sizes ("a 10-million-strong displaced population"), and a group
// named before the size ("a displaced population 9m-strong") is left to
// the words before it. (strong_group_size.yaml; fa59.)

// strongGroupWords is how many words the group's phrase after "-strong"
// may hold ("Palestinian diaspora community").
const strongGroupWords = 3

// strongGroupSize reports whether figure fi of sentence s sizes a group
// by "-strong" whose phrase holds no keyword of the metric among hits.
func strongGroupSize(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fe+2 >= s.TokEnd || d.Tokens[fe].Space || d.Tokens[fe+1].Space {
		return false
	}
	if w := d.TokenText(fe); w != "-" && w != "‐" || d.LowerTokenText(fe+1) != "strong" {
		return false
	}
	end := strongGroupEnd(d, s, fe+2)
	if end == fe+2 {
		return false // "a displaced population 9m-strong": the group stands before
	}
	// "a 10-million-strong displaced population" sizes the metric's own.
	return !keywordHitWithin(hits, fs, end)
}

// strongGroupEnd returns the token after the group's phrase that opens at
// token k, after "-strong": names and lower-case words up to a mark, a
// preposition, an auxiliary, a word that ends a clause or a figure; after
// its first word, a verb's past ("community mourned") ends it too.
func strongGroupEnd(d *figures.Document, s *figures.Sentence, k int) int {
	start := k
	for ; k < s.TokEnd && k < start+strongGroupWords; k++ {
		if !d.Tokens[k].IsWord() || figureAt(d, k) >= 0 {
			break
		}
		w := d.LowerTokenText(k)
		if prepositions[w] || auxiliary(w) || clauseStop(w) || subjectPronoun(w) {
			break
		}
		if k > start && !named(d, k) && len(w) > 4 && w[len(w)-2:] == "ed" {
			break
		}
	}
	return k
}
