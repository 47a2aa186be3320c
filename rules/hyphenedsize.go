package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sum whose number is hyphened to its scale word ("$500-billion",
// "$2.1-trillion"), after a determiner or an owner, is written as a
// modifier: it gives the size of the noun after it ("its $500-billion
// economy", "a $2.1-trillion budget", "Israel's $500-billion economy"), as
// a compound adjective does. For a money metric, that noun must be the
// metric's own, a keyword of it standing in the noun's phrase ("a
// $3.8-billion military aid package", "a $3.8-billion commitment in
// military assistance"); another noun is another
// thing's size, and the figure is not taken. Some outlets hyphen every
// such sum ("FMF runs at $3.1-billion yearly", ", $2.9-billion each
// year"): without the determiner the hyphen says nothing. A sum written
// open ("its $500 billion economy") is left as before: after a
// determiner an open sum may be a subject before its verb ("the $3.8
// billion goes to ..."), which the hyphen rules out. (hyphened_size.yaml)

// hyphenedSizeReach is how many words the noun phrase a sized figure
// opens may hold.
const hyphenedSizeReach = 8

// hyphenedSizeOfOther reports whether money figure fi of sentence s is
// hyphened to its scale word and sizes a noun after it that no keyword hit
// of the metric (among hits) names.
func hyphenedSizeOfOther(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	f := &d.Figures[fi]
	if f.Kind != figures.Money {
		return false
	}
	i := strings.LastIndexByte(f.Text, '-')
	if i <= 0 || i+1 >= len(f.Text) || f.Text[i-1] < '0' || f.Text[i-1] > '9' || !isLowerWord(strings.ToLower(f.Text[i+1:])) {
		return false // "$500-billion": a digit, the hyphen, the scale word
	}
	fs, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd || !isLowerWord(d.TokenText(fe)) {
		return false // no noun after it: "... was $500-billion."
	}
	if !determinedBefore(d, s, fs) {
		return false // "$3.1-billion yearly", "of $2.9-billion totals": a plain sum in a hyphening style
	}
	// "a $3.8-billion yearly pledge of military assistance" names the
	// metric's own.
	return !keywordHitWithin(hits, fe, sizedPhraseEnd(d, s, fe))
}

// keywordHitWithin reports whether a keyword hit among hits starts in
// tokens [start, end).
func keywordHitWithin(hits []hit, start, end int) bool {
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start >= start && h.start < end {
			return true
		}
	}
	return false
}

// sizedPhraseEnd returns the token after the noun phrase a sized figure
// opens at token fe: its noun and what follows it ("yearly pledge of
// American military assistance for Israel"), up to a mark, a word that opens a
// clause or joins another, a form of "be" or "have" or a modal (the
// sentence's verb), or hyphenedSizeReach words. An initialism's full stops
// and an owner's apostrophe are no marks: "yearly share of U.S. military
// aid", "annual slice of Washington's military assistance"
// (hyphened_share_owner.yaml).
func sizedPhraseEnd(d *figures.Document, s *figures.Sentence, fe int) int {
	t := fe
	for words := 0; t < s.TokEnd && words < hyphenedSizeReach; t++ {
		if !d.Tokens[t].IsWord() {
			if isApostrophe(d.TokenText(t)) || d.TokenText(t) == "." && initialDot(d, s, t) {
				continue
			}
			return t
		}
		words++
		switch w := d.LowerTokenText(t); {
		case w == "that" || relativeWord(w) || subordinatingWord(w) || w == "but" || w == "and" || w == "or" || w == "as",
			beForm(w) || w == "has" || w == "have" || w == "had" || modalWord(w):
			return t
		}
	}
	return t
}

// determinedBefore reports whether the token before fs in sentence s is an
// article, a possessive determiner or an owner's 's: "its", "a", "Israel's".
func determinedBefore(d *figures.Document, s *figures.Sentence, fs int) bool {
	if fs-1 < s.TokStart {
		return false
	}
	w := d.LowerTokenText(fs - 1)
	if determiner(w) {
		return true
	}
	return w == "s" && fs-2 >= s.TokStart && isApostrophe(d.TokenText(fs-2))
}
