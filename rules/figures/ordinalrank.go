package figures

import "strings"

// An ordinal after "a" that names the next of a series: "a third person
// has died", "a fourth evacuation order", "a fifth straight night". The
// words "third" to "nineteenth" are also denominators ("a third of the
// homes", "a third of a million", "cut by a third"), and "a" before them
// reads a fraction unless a singular noun follows that the ordinal ranks.
// A fraction stands alone as a subject or object, so what follows it is a
// verb ("a third say they will leave", "a third fled", "a third were
// children", "a third lost their homes"), "of", a comparative ("a third
// more", "a third larger than"), a word of grammar or nothing; a noun
// after it cannot be the fraction's, since "a third person" is no third
// of a person. A word read as a noun is one singularNounAt takes and no
// verb shows: no -ed, no auxiliary, no comparative, and no pronoun,
// article or owner straight after it that would be its object or the
// subject of a clause it opens. A hedge before the article ("nearly a
// third live in tents", "more than a fifth work abroad") qualifies an
// amount, and no rank is hedged: what follows is then a verb.

// rankingOrdinalAt reports whether the ordinal at token k, after "a" at
// token k-1, ranks the singular noun that follows it rather than naming a
// fraction.
func (p *parser) rankingOrdinalAt(k int) bool {
	if !p.has(k, fOrdinal) || p.has(k, fDenPl) || p.joinedHyphen(k+1) || p.lowerIsAny(k-2, amountHedges) {
		return false
	}
	n := k + 1
	if n < len(p.toks) && !p.toks[n].Break && p.lowerIsAny(n, seriesAdjectives) {
		return true // "a third straight day": singularNounAt reads a word before a unit of time as saying when
	}
	if n >= len(p.toks) || p.toks[n].Break || !p.isWord(n) || !p.singularNounAt(n) {
		return false
	}
	w := strings.ToLower(p.str(n))
	if strings.HasSuffix(w, "ed") || p.lowerIsAny(n, auxiliaries) || p.lowerIsAny(n, pluralVerbs) ||
		p.lowerIsAny(n, quantityModifiers) || p.lowerIsAny(n, comparativeWords) || p.has(n, fScale|fScalePl|fHundred|fOf) {
		return false
	}
	if p.lowerIs(n+1, "than") || p.has(n+1, fDet|fA) || p.lowerIsAny(n+1, possessives) ||
		p.lowerIsAny(n+1, peopleTakenUp) || p.lowerIsAny(n+1, peoplePronouns) {
		return false // "a third larger than", "a third say they", "a third lack the means"
	}
	return true
}

// comparativeWords compare a fraction with a whole: "a third less", "a
// fifth again as many". A closed class of English; comparatives in -er
// are read by the "than" after them.
var comparativeWords = []string{"less", "again", "as", "too", "below", "above", "under", "over"}

// amountHedges stand before "a" to hedge the fraction after it: "nearly a
// third", "more than a fifth", "only a tenth". A closed class of English.
var amountHedges = []string{"than", "nearly", "almost", "about", "around", "roughly", "some", "only", "just",
	"barely", "over", "under", "fully", "exactly", "approximately", "perhaps", "maybe", "least", "most"}

// seriesAdjectives say that what an ordinal ranks comes in a row: "a
// fifth straight night", "a third consecutive year". A closed class of
// English.
var seriesAdjectives = []string{"straight", "consecutive", "successive", "running"}
