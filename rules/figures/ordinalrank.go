package figures

import "strings"

// An ordinal after "a" that names the next of a series: "a third person
// has died", "a fourth evacuation order issued", "a fifth straight night".
// The words "third" to "nineteenth" are also denominators ("a third of the
// homes", "a third of a million", "cut by a third"), and a fraction stands
// alone as a subject or object, so a bare verb may follow it that looks
// like a noun ("a third sleep in cars", "a fifth live below the poverty
// line", "a third work abroad"). The ordinal ranks only on evidence that
// the word after it is a noun:
//   - a word saying the series runs in a row: "a third straight day",
//     "a fifth consecutive night";
//   - "for", "into", "during" or the like before the article, where no
//     subject stands: "for a third night", "into a fourth week";
//   - after the noun (or a noun and the compound's head: "a fourth
//     evacuation order"), a singular auxiliary or a verb in -ed of which
//     it is the subject ("a third person has died", "a seventh
//     firefighter was hurt", "a third Palestinian was killed", "a fifth
//     blaze erupted"), or "of" ("a third wave of evacuees");
//   - a noun of a thing counted one by one, whatever follows it ("found
//     a fourth body", "a third person dies"): see countedThingAt.
// Otherwise the fraction stays. A hedge before the article ("nearly a
// third live in tents") qualifies an amount, and no rank is hedged.

// rankingOrdinalAt reports whether the ordinal at token k, after "a" at
// token k-1, ranks the noun that follows it rather than naming a
// fraction.
func (p *parser) rankingOrdinalAt(k int) bool {
	if !p.has(k, fOrdinal) || p.has(k, fDenPl) || p.joinedHyphen(k+1) || p.lowerIsAny(k-2, amountHedges) {
		return false
	}
	n := k + 1
	if n >= len(p.toks) || p.toks[n].Break || !p.isWord(n) {
		return false
	}
	if p.lowerIsAny(n, seriesAdjectives) {
		return true // "a third straight day": singularNounAt reads a word before a unit of time as saying when
	}
	if !p.rankedNounAt(n) {
		return false
	}
	if p.lowerIsAny(k-2, seriesPrepositions) {
		return true // "for a third night", "into a fourth week"
	}
	if p.nounEvidenceAt(n+1) || p.countedThingAt(n) {
		return true
	}
	// A compound: "a fourth evacuation order issued", "a third Gaza
	// hospital has stopped".
	return n+1 < len(p.toks) && !p.toks[n+1].Break && p.isWord(n+1) && p.rankedNounAt(n+1) &&
		!p.lowerIs(n+1, "of") && p.nounEvidenceAt(n+2) && !p.lowerIs(n+2, "of")
}

// rankedNounAt reports whether the word at token n may be a singular noun
// after an ordinal: a word singularNounAt takes, or a capitalised one (a
// demonym or a name: "a third Briton", "a fourth Gaza hospital"); no
// word of amount, comparison or auxiliary.
func (p *parser) rankedNounAt(n int) bool {
	w := strings.ToLower(p.str(n))
	if strings.HasSuffix(w, "ed") || p.lowerIsAny(n, subjectPronouns) || p.lowerIsAny(n, auxiliaries) || p.lowerIsAny(n, pluralVerbs) ||
		p.lowerIsAny(n, quantityModifiers) || p.lowerIsAny(n, comparativeWords) || p.has(n, fScale|fScalePl|fHundred|fOf|fMinor|fDet|fA|fPrep) {
		return false
	}
	return p.singularNounAt(n) || p.capitalised(n) && !p.pluralAt(n)
}

// nounEvidenceAt reports whether token i, after a word that may be a noun,
// shows that it is one: a singular auxiliary or modal, a verb in -ed
// ("died", "erupted"), or "of".
func (p *parser) nounEvidenceAt(i int) bool {
	if i >= len(p.toks) || p.toks[i].Break || !p.isWord(i) {
		return false
	}
	w := strings.ToLower(p.str(i))
	return p.lowerIsAny(i, singularAuxiliaries) || p.lowerIsAny(i, rankedModals) || p.lowerIs(i, "of") ||
		len(w) >= 4 && strings.HasSuffix(w, "ed") && !p.capitalised(i)
}

// rankedModals follow a singular subject as readily as a plural one, and
// no bare verb ("a third sleep will" is no English).
var rankedModals = []string{"had", "will", "would", "could", "may", "might", "must", "should", "can"}

// seriesPrepositions open a phrase of time or extent before "a", where
// no subject stands: "for a third night", "into a fourth week".
var seriesPrepositions = []string{"for", "into", "during", "throughout", "after"}

// comparativeWords compare a fraction with a whole: "a third less", "a
// fifth again as many". A closed class of English.
var comparativeWords = []string{"less", "again", "as", "too", "below", "above", "under", "over", "than"}

// amountHedges stand before "a" to hedge the fraction after it: "nearly a
// third", "more than a fifth", "only a tenth". A closed class of English.
var amountHedges = []string{"than", "nearly", "almost", "about", "around", "roughly", "some", "only", "just",
	"barely", "over", "under", "fully", "exactly", "approximately", "perhaps", "maybe", "least", "most"}

// seriesAdjectives say that what an ordinal ranks comes in a row: "a
// fifth straight night", "a third consecutive year". A closed class of
// English.
var seriesAdjectives = []string{"straight", "consecutive", "successive", "running"}

// subjectPronouns open a clause of their own after a bare verb ("a third
// say they will leave"), and are no noun a compound ends on.
var subjectPronouns = []string{"i", "you", "he", "she", "it", "we", "they", "them", "us", "him", "her", "its", "their", "our"}
