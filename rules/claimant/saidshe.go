package claimant

// "Nearly 700 patients came through its doors last week, said she.": a
// British and literary order, the verb before "he" or "she" closing the
// sentence. invertedSource takes no lower-case pronoun after its verb
// ("..., said it would", "..., said they were" open what was said); a
// person's pronoun alone between the verb and the sentence's end is the
// verb's subject, and is taken up as ", she said" is (pick.go, the
// person the sentence before names; no one when it names none).

// saidShe reports whether the pronoun phrase [a, b) after the verb at i
// is "he" or "she" alone, right after the verb, closing the sentence.
func (v *view) saidShe(i, a, b, hi int) bool {
	return a == i+1 && b == a+1 && v.is(a, wHe, wShe) && (b >= hi || v.endsAt(b))
}
