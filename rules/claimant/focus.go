package claimant

// A subject may be followed by a word that singles it out before its verb:
// "Ablekuma North alone recorded 212 suspected cases", "The ministry
// itself says 40 staff have left", "The volunteers themselves counted
// 300". The word says which of several, or that no one else did; it is no
// word of the subject's name, and read as one it kept a place recording
// ("Tema alone") from being read as the place it is (recorded.go).

// focusWords single out the subject before its verb.
var focusWords = set("alone itself themselves himself herself")

// focusAfterSubject reports whether token j is a word of focus in lower
// case right after a word of the subject's phrase (no punctuation, no
// verb between).
func (v *view) focusAfterSubject(j, lo int) bool {
	t := &v.toks[j]
	if !t.word || t.capital || !focusWords[t.low] || j-1 < lo {
		return false
	}
	p := &v.toks[j-1]
	return p.word && !p.report && !p.has(cBetween|cClause|cPreposition)
}
