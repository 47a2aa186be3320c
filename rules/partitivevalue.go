package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A swap told in the first person or by its parts counts each side with a
// partitive: "We freed 1,200 of their prisoners for 33 of our hostages",
// "released 300 of the prisoners for 100 of the hostages". The noun after
// the figure's "of" and a determiner is the figure's own, as plainly as in
// "1,200 prisoners"; read by distance, the value word before the next
// figure ("prisoners for 33") stood nearer it than its own noun two words
// after it.

// partitiveNoun reports whether value hit h is figure fi's partitive
// noun: right after the figure's "of" and an article or a possessive
// ("of their", "of our", "of the", "of its"), perhaps past one adjective
// ("of the Palestinian prisoners"). A whole the figure is part of ("24 of
// the 240 hostages") holds a figure of its own, and is no such noun.
func partitiveNoun(d *figures.Document, fe int, h hit) bool {
	k := fe
	if h.start <= k+1 || h.start > k+3 || d.LowerTokenText(k) != "of" {
		return false
	}
	if w := d.LowerTokenText(k + 1); !article(w) && !possessiveDeterminer(w) {
		return false
	}
	for j := k + 2; j < h.start; j++ {
		if !d.Tokens[j].IsWord() || inFigure(d, j) {
			return false
		}
	}
	return true
}
