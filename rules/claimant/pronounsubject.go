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
