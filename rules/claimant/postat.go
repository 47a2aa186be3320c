package claimant

// A post "at" a named body speaks for it as one "of" or "for" it does
// (convention 1): "Dr Khalil al-Daqran, a spokesman at al-Aqsa Martyrs
// hospital in Deir al-Balah" is the hospital's, "Ana Ruiz, a
// spokeswoman at the Catalan Water Agency" the agency's, the place after
// the name cut as for any proper name. A post at a place ("a spokesman at
// the border", "an official at Rafah") names no body, and only a post of
// the lists (staffNouns, postNouns) speaks so: "Dr Lina Haddad, a doctor
// at Nasser Hospital" is a witness at work, and keeps her name.

// postAtNamed reads the phrase [x, b) after a post's "at": the body it
// names, with its place cut, when it names one.
func (v *view) postAtNamed(x, b int) (int, int, bool) {
	n := x
	if v.isOne(n, wThe) {
		n++
	}
	if n >= b || v.placeName(n, b) || v.knownRegion(n, b) || !v.anyCapital(n, b) {
		return 0, 0, false
	}
	for m := n; m < b; m++ {
		if t := &v.toks[m]; !t.word && !v.is(m, wDash, wApostrophe, wAmpersand) || t.has(cClause) || v.isVerbLike(m) {
			return 0, 0, false
		}
	}
	e := v.namePlace(x, b)
	// A body by its own name or its kind: "al-Aqsa Martyrs hospital",
	// "the Catalan Water Agency"; "the Kerem Shalom crossing" is a place.
	if last := v.toks[e-1].low; !(bodyNouns[last] || nameKind(last) || v.allCapitalised(n, e)) {
		return 0, 0, false
	}
	return x, e, true
}
