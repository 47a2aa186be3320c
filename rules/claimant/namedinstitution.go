package claimant

// A headline may close on a named institution whose kind is written in
// lower case, as British copy writes hospitals: "Gaza aid queue strike
// kills 70 – Nasser hospital", "... – Kamal Adwan hospital", "... – Al-Quds
// university". The name before the kind makes it a body that speaks, as
// "Nasser hospital said" does; a bare kind ("– local hospital") names none.

// namedInstitution reports whether the phrase [a, h) closes on a kind of
// institution with a capitalised name before it.
func (v *view) namedInstitution(a, h int) bool {
	return h-2 >= a && v.toks[h-1].has(cInstitution) && v.toks[h-2].capital && v.toks[h-2].word
}
