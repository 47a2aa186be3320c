package claimant

// openingPreposition reports whether token k is a preposition opening its
// phrase ("For comparison, ...", "By Israeli tallies, ...", "In Syria,
// ..."): its capital is the sentence's or the phrase's, not a name's, so
// no name read back from a findings noun or a place takes it in.
func (v *view) openingPreposition(k int) bool {
	return v.toks[k].has(cPreposition) && (k == 0 || v.boundary(k-1))
}

// openingClause reports whether token k is a conjunction or subordinator
// opening its clause ("When Amnesty International figures show ...",
// "Because Oxfam's count ..."): its capital is the clause's, not a name's.
func (v *view) openingClause(k int) bool {
	return v.toks[k].has(cClause|cSubordinator) && !v.toks[k].shouted && (k == 0 || v.boundary(k-1))
}
