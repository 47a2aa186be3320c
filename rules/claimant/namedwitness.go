package claimant

// "We spoke to Fatima Idris, a nurse at the camp's clinic, this morning.
// She told us 13 children had died", "I met Omar Saleh, a teacher in
// Rafah, on Tuesday. He said ...": "she" and "he" take up the person last
// named, and a person named with a description of herself is her name
// (convention 1: a witness keeps her name, "Dr Lina Haddad, a doctor at
// al-Awda hospital"). A description that says whom she speaks for ("Rami
// Aziz, a spokesman for OCHA") is narrowed to the body instead, as in her
// own sentence.

// nameBeforeDescription returns the person's name before the comma that
// opens the description [x, y) ("Fatima Idris" before ", a nurse at the
// camp's clinic"), when the description names no one it speaks for
// (reduce leaves it whole).
func (v *view) nameBeforeDescription(x, y int) (int, int, bool) {
	if x < 2 || !v.comma(x-1) {
		return 0, 0, false
	}
	// The capitalised words before the comma: "spoke to Fatima Idris".
	n := x - 1
	for n-1 >= 0 && n-1 >= x-6 && v.toks[n-1].word && v.toks[n-1].capital && !v.toks[n-1].has(cDeterminer) {
		n--
	}
	if n >= x-1 || x-1-n < 2 || x-1-n > 4 || !v.personName(n, x-1) {
		return 0, 0, false
	}
	if rs, re := v.reduce(x, y); rs != x || re != y {
		return 0, 0, false
	}
	return n, x - 1, true
}
