package rules

import (
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An adjective may stand between a figure and the side that heads its
// noun phrase: "four female Israeli soldiers", "40 elderly Israeli
// hostages", "two wounded Palestinian detainees". English puts the word of
// origin last before the noun, so a describing word before it is still of
// the figure's noun phrase and the side still decides whose the figure is
// (headSide). A word that ends the noun phrase or opens another ("of",
// "were", "than", "and", "who") is no adjective, so "40 of them Israeli"
// and "40 were Israeli" keep the side out.

// describingWord reports whether token k is a lower-case word that may be
// an adjective inside a figure's noun phrase: not a word of a closed class
// that ends the phrase (a preposition, a conjunction, a pronoun, a
// determiner, a form of "be", a modal).
func describingWord(d *figures.Document, k int) bool {
	t := d.TokenText(k)
	if !d.Tokens[k].IsWord() || t == "" || !unicode.IsLower(rune(t[0])) {
		return false
	}
	w := d.LowerTokenText(k)
	if beForm(w) || modalWord(w) || determiner(w) || demonstrative(w) || subordinatingWord(w) || timeConjunction(w) {
		return false
	}
	switch w {
	case "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "among", "including",
		"and", "or", "but", "nor", "than", "as", "who", "whom", "whose", "which", "what",
		"them", "they", "we", "he", "she", "it", "us", "you", "i", "each", "all", "both",
		"have", "has", "had", "do", "does", "did", "say", "says", "said", "not", "no":
		return false
	}
	return true
}
