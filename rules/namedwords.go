package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Token readers of names and words: a capitalised word, the first word of
// a name, an owner's "'s", a count of words with hyphened compounds as
// one. They stand apart from places.go because many files (not only the
// place readers) ask them; they read tokens, not a place's role.

// named reports whether token k is a capitalised word.
func named(d *figures.Document, k int) bool {
	if k < 0 || k >= len(d.Tokens) || !d.Tokens[k].IsWord() {
		return false
	}
	c := d.Text[d.Tokens[k].Start]
	return c >= 'A' && c <= 'Z'
}

// nameStart returns the first token of the run of capitalised words (named)
// that ends at token k, going back no further than token from: "South"
// for the "Sudan" of "gives South Sudan". Several readings find a name by
// its last word and need its first.
func nameStart(d *figures.Document, from, k int) int {
	for k > from && named(d, k-1) {
		k--
	}
	return k
}

// ownerHit reports whether hit h ends in the possessive: "Syria's".
func ownerHit(d *figures.Document, h hit) bool {
	return h.end-h.start >= 2 && strings.EqualFold(d.TokenText(h.end-1), "s") && d.Tokens[h.end-2].IsSymbol()
}

// wordsEnd returns the token after n words of sentence s from token k (or
// the sentence's end), a hyphened compound counted as one word: "rebel-held
// north-west" is two words, five tokens.
func wordsEnd(d *figures.Document, s *figures.Sentence, k, n int) int {
	for ; k < s.TokEnd && n > 0; k++ {
		if hyphenPart(d, s, k) {
			continue
		}
		n--
	}
	return k
}

// hyphenPart reports whether token k of sentence s is an attached hyphen
// or the word it attaches ("-" and "held" of "rebel-held"), which a count
// of words passes over.
func hyphenPart(d *figures.Document, s *figures.Sentence, k int) bool {
	if k <= s.TokStart || k >= s.TokEnd {
		return false
	}
	if d.TokenText(k) == "-" {
		return !d.Tokens[k].Space && k+1 < s.TokEnd && !d.Tokens[k+1].Space
	}
	return d.TokenText(k-1) == "-" && !d.Tokens[k].Space && !d.Tokens[k-1].Space && k-1 > s.TokStart
}
