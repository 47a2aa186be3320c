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
//
// The adjectives may be a list of who the side's people are, closed by
// "and" or "or": "30 of the last mothers, infants and wounded captives"
// (swap_side_by_people.yaml). A comma with no such closing word after it
// ends the noun phrase.
func partitiveNoun(d *figures.Document, fe int, h hit) bool {
	const listTokens = 8 // "of the last mothers, infants and wounded"
	k := fe
	if h.start <= k+1 || h.start > k+listTokens || d.LowerTokenText(k) != "of" {
		return false
	}
	if w := d.LowerTokenText(k + 1); !article(w) && !possessiveDeterminer(w) {
		return false
	}
	comma, closed := false, false
	for j := k + 2; j < h.start; j++ {
		if inFigure(d, j) {
			return false
		}
		switch w := d.LowerTokenText(j); {
		case w == ",":
			comma, closed = true, false
		case !d.Tokens[j].IsWord():
			return false
		case w == "and" || w == "or":
			closed = true
		}
	}
	if comma {
		return closed
	}
	return h.start <= k+3 || closed
}
