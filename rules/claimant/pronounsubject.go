package claimant

// A subject pronoun right before its verb is the whole subject of its
// clause: "In a written reply it put the figure at about $6.5bn" (a
// phrase opening the sentence with no comma after it), "bringing the
// number it has recorded to more than 35,800" (a contact clause after its
// noun). The phrase read back from the verb ran on over the pronoun into
// the words before ("written reply it", "number it"), and the pronoun was
// never taken up; what it stands for is now found as for any pronoun
// (find.go pickResolved): the sentence before, a fronted clause's
// subject, or the sentence's own subject for a contact clause; inside the
// maker's phrase of findings opening the sentence, the maker ("An
// analysis by the UN human rights office of deaths it had verified found
// ...": the office; see find.go).

// pronounSubject reports whether token i is a subject pronoun after a
// word, ending the phrase read back from the verb after it.
func (v *view) pronounSubject(i int) bool {
	return i > 0 && v.is(i, wIt, wThey, wHe, wShe) && !v.toks[i].capital && v.toks[i-1].word
}

// A hearer's pronoun after a verb of telling ends the phrase read back
// from the clause told: "He told me his teams had registered 2,400", "The
// mayor told us his staff had counted 41 bodies". The clause's subject is
// "his teams", not "me his teams"; "me", "us", "him" and "them" are never
// inside a noun phrase before its head.
func (v *view) hearerPronoun(i int) bool {
	t := &v.toks[i]
	return !t.capital && (t.low == "me" || t.low == "him" || v.is(i, wUs, wThem))
}

// impersonalThey reports whether the pronoun at token p is "they" right
// after a place opening the sentence with "in": "In Qatar they said more
// than 40,000 people had been killed", "In Chad they say ...". Such a
// "they" is the people of the place, no one named before: it takes up
// nothing, as the phrase "Qatar they" named no one before.
func (v *view) impersonalThey(p int) bool {
	lo := v.skipDateline(0)
	if !v.isOne(p, wThey) || p < lo+2 || !v.isOne(lo, wIn) || !v.toks[lo].capital {
		return false
	}
	for k := lo + 1; k < p; k++ {
		if t := &v.toks[k]; !t.word || !t.capital {
			return false
		}
	}
	return true
}
