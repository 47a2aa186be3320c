package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A later clause of the sentence may disown a figure for the running
// total: "I said earlier that eight thousand had died here; that was
// Adıyaman province's figure, not the overall toll", "— that is the count
// for Malatya alone rather than the national total". A pronoun pointing
// back ("that", "this", "it") and a form of "be" open the clause; a
// contrast in it ("not", "rather than") names the whole the figure is not.
// A contrast with anything else keeps the figure ("that is the ministry's
// figure, not an estimate").

// disownWords is how many words the disowning clause may run before its
// contrast.
const disownWords = 12

// disowned reports whether a clause after figure fi, in sentence s, says
// the figure is not the whole.
func disowned(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe; k+2 < s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ";", ",", "—", "–", ":":
		default:
			continue
		}
		p := k + 1
		switch word(p) {
		case "though", "but", "and", "although":
			p++
		}
		switch word(p) {
		case "that", "this", "it":
		default:
			continue
		}
		switch {
		case beForm(word(p + 1)):
			p += 2
		case isApostrophe(word(p+1)) && word(p+2) == "s": // "that's"
			p += 3
		default:
			continue
		}
		if wholeContrast(d, s, p) {
			return true
		}
	}
	return false
}

// wholeContrast reports whether, in the clause from token k, "not" or
// "rather than" opens a noun phrase that names a whole count: an article or
// a possessive, a word of the whole, a count's noun ("not the overall
// toll", "rather than the national total", "not Turkey's national tally").
// Any other "not" is no contrast with the whole: "it is not clear whether
// the national total ...", "it is not yet the full toll".
func wholeContrast(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	for t := k; t < s.TokEnd && t < k+disownWords; t++ {
		switch w := word(t); {
		case w == ";" || w == ".":
			return false
		case w == "not":
			if wholeCountAt(word, t+1) {
				return true
			}
		case w == "rather" && word(t+1) == "than":
			if wholeCountAt(word, t+2) {
				return true
			}
		}
	}
	return false
}

// wholeCountAt reports whether the words from token u name a whole count:
// an article or a possessive, then one or two words of the whole, then a
// count's noun ("the overall toll", "its full figure", "Syria's combined
// count", "the country-wide toll").
func wholeCountAt(word func(int) string, u int) bool {
	switch w := word(u); {
	case determiner(w) || w == "this" || w == "that":
		u++
	case isApostrophe(word(u+1)) && word(u+2) == "s": // "Turkey's"
		u += 3
	case isApostrophe(word(u + 1)): // "Hamas'"
		u += 2
	}
	// "total" is both: "the national total", "the total figure".
	for whole := 0; whole <= 2; whole++ {
		w := word(u)
		if whole > 0 && wholeCountNoun(w) {
			return true
		}
		if whole == 2 || !wholeWord(w) {
			return false
		}
		u++
		if word(u) == "-" && word(u+1) == "wide" {
			u += 2
		}
	}
	return false
}

// wholeCountNoun reports whether lower-cased w names a count a word of the
// whole may qualify: "toll", "total", "figure".
func wholeCountNoun(w string) bool {
	return tallyNoun(w) || w == "figure"
}

// wholeWord reports whether lower-cased w says a count is the whole:
// "overall", "total", "national".
func wholeWord(w string) bool {
	switch strings.TrimSuffix(w, "-wide") {
	case "overall", "total", "national", "nationwide", "countrywide", "full", "whole", "entire", "combined", "country":
		return true
	}
	return false
}
