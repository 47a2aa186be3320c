package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// holderSubject reports whether exclude_near hit h stands in the subject
// of the clause whose verb of holding takes money figure fi as its object:
// "The emergency supplemental would add $14.1bn in military assistance",
// "An additional appropriation includes $3.5bn". The subject names whose
// amount the figure is, however near a keyword after the figure stands.
// The subject opens the sentence or a clause (after a comma) in at most
// four words, and at most two lower-case words follow h before the verb
// group (a modal or an auxiliary, perhaps "also", then the verb).
func holderSubject(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	if d.Figures[fi].Kind != figures.Money {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	if h.end >= fs {
		return false
	}
	word := sentenceWords(d, s)
	// The subject's opening: the sentence's start or a comma, at most
	// four words before h, none of them a verb of holding.
	open := h.start
	for open > s.TokStart && h.start-open < 4 && d.TokenText(open-1) != "," {
		open--
	}
	if open > s.TokStart && d.TokenText(open-1) != "," {
		return false
	}
	t := h.end
	for n := 0; n < 2 && t < fs && isLowerWord(d.TokenText(t)) && !modalWord(word(t)) && !auxiliary(word(t)) && !holdingVerbs[word(t)]; n++ {
		t++ // "supplemental bill", "legislation"
	}
	for t < fs && (modalWord(word(t)) || auxiliary(word(t)) || word(t) == "also") {
		t++
	}
	return t == fs-1 && holdingVerbs[word(t)]
}

// holdingVerbs take as their object the amount their subject holds or
// gives: "would add $14.1bn", "includes $3.5bn".
var holdingVerbs = map[string]bool{
	"add": true, "adds": true, "added": true, "include": true, "includes": true, "included": true,
	"contain": true, "contains": true, "contained": true, "provide": true, "provides": true, "provided": true,
	"carry": true, "carries": true, "carried": true, "earmark": true, "earmarks": true, "earmarked": true,
	"allocate": true, "allocates": true, "allocated": true,
}
