package claimant

import "strings"

// A pronoun opening a clause after a semicolon takes up the source of the
// clause before it: "The Kenya Red Cross says two of its volunteers were
// hurt in Garissa; it says 340 families have lost their homes." The
// semicolon stops the first verb's reach (writerbreaks.go clauseBreak), so the
// second clause's "it says" was read as a pronoun with nothing to take up
// in its own sentence; a live blog's entries and wire copy join a body's
// two statements so. Only "it" and "they" after a source that names a
// body or people, and "he" and "she" after one closing on a person's name
// ("Governor Mohamed Abdi said ...; he said"), are taken up; the first
// clause's verb must have its subject before it ("X says ...;"), and a
// clause before with no such verb ("The river burst its banks; they say
// 60 homes ...") lends nothing.

// semicolonSubject is the source of the verb attribution of the clause
// before the semicolon just before pronoun token p, or false.
func (v *view) semicolonSubject(atts []attr, p int) (attr, bool) {
	if p < 2 || !v.isOne(p-1, wSemicolon) {
		return attr{}, false
	}
	// The clause before runs back to the last semicolon before it.
	lo := 0
	for k := p - 2; k >= 0; k-- {
		if v.isOne(k, wSemicolon) {
			lo = k + 1
			break
		}
	}
	personal := v.is(p, wHe, wShe)
	for i := len(atts) - 1; i >= 0; i-- {
		o := atts[i]
		if o.kind != kVerb || o.back || o.src < lo || o.anchor >= p-1 || o.srcEnd > o.anchor || v.anaphoric(o) {
			continue
		}
		if v.toks[o.src].has(cPronoun) || v.toks[o.src].has(cFirstPerson) {
			continue
		}
		if personal && !v.endsInPersonName(o.src, o.srcEnd) || !v.named(o.src, o.srcEnd) {
			continue
		}
		// "Residents said the army had razed 30 homes; it says 12 ...":
		// "it" is never people in the plural; it is someone the clause
		// before spoke of, not its speakers.
		if v.is(p, wIt) && v.pluralPeople(o.srcEnd-1) {
			continue
		}
		return o, true
	}
	return attr{}, false
}

// endsInPersonName reports whether tokens [s, e) close on a person's name
// of two words or more: "Governor Mohamed Abdi", "Mohamed Abdi".
func (v *view) endsInPersonName(s, e int) bool {
	for k := s; k < e-1; k++ {
		if v.personName(k, e) {
			return true
		}
	}
	return false
}

// pluralPeople reports whether token k is a noun of people in the plural:
// "residents", "officials", "people".
func (v *view) pluralPeople(k int) bool {
	w := v.toks[k].low
	return w == "people" || agentNoun(w) && strings.HasSuffix(w, "s")
}
