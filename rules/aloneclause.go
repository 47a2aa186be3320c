package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A place phrase closed by "alone" and a comma frames the clause it opens
// as a part with no "In" before it too: "Malatya alone, the governor tells
// me, is past 9,000 dead", and after a dash or a semicolon, where speech
// and long sentences open a clause of their own ("I've been in the quake
// zone — Hatay province alone, they're saying, over 20,000 dead there").
// The phrase names a place (a capitalised word that is no determiner): "The
// quake alone, seismologists say, has killed 51,000" is the whole's own
// words, and a phrase joining two names ("Turkey and Syria alone") makes
// more than a part.

// aloneOpensClause reports whether exclude_near hit h, "alone" before a
// comma, closes a phrase of at most frontedAloneWords words that opens
// sentence s or the clause after a dash or a semicolon and names a place.
// The sentence's first word is capitalised as the sentence's, not as a
// name's ("Taken alone, the 44,000 dead ..."), and names nothing here.
func aloneOpensClause(d *figures.Document, s *figures.Sentence, h hit) bool {
	open := sentenceOpening(d, s)
	q := -1
	for k := h.start - 1; k >= open && k >= h.start-frontedAloneWords-1; k-- {
		w := d.LowerTokenText(k)
		if w == "—" || w == "–" || w == ";" {
			q = k + 1
			break
		}
		if w == "and" || w == "or" || !d.Tokens[k].IsWord() && w != "-" && !isApostrophe(w) {
			return false
		}
		if k == open {
			q = open
			break
		}
	}
	if q < 0 {
		return false
	}
	for t := q; t < h.start; t++ {
		if t != open && namesPlace(d, t) {
			return true
		}
	}
	return false
}

// namesPlace reports whether token k is a capitalised word that may name a
// place: not a determiner or a pronoun opening a clause ("The", "Its").
func namesPlace(d *figures.Document, k int) bool {
	if !named(d, k) {
		return false
	}
	w := strings.ToLower(d.TokenText(k))
	return !determiner(w) && !linkWords[w] && !prepositions[w] && !subjectPronoun(w)
}
