package claimant

// A person named with what she does at a named institution, before her
// name and after the institution's ("Datu Piang Central School principal
// Norhaida Mamalapat", "Kalmar County Hospital matron Eva Lind"), holds a
// post in it and speaks for it (convention 8), as "Shifa hospital director
// Dr Yousef Haniyeh" does, whatever the post is called: the describing
// noun need not be one the lexicons know as a post. A place before the
// noun ("Gaza City resident Ahmed Nasser") is no institution, and the
// person speaks as herself (descriptor.go describedPerson); so does one
// the institution serves, or one of its people who saw ("hospital doctor
// Name", a witness by convention 1).

// clientele are the people an institution serves, who speak as themselves
// ("Riverside Primary School pupil Anna Berg"), as its people in the field
// do ("Shifa hospital doctor", people): no post.
var clientele = set("pupil student patient parent graduate alumnus alumna inmate resident")

// institutionPerson returns the institution's name in the phrase [s, e)
// when capitalised words closed by a kind of institution, one lower-case
// noun, and a person's name make it.
func (v *view) institutionPerson(s, e int) (int, int, bool) {
	n := e
	for n > s && v.toks[n-1].capital && !v.toks[n-1].shouted {
		n--
	}
	if e-n < 2 || e-n > 4 || n-2 <= s || !v.personName(n, e) {
		return 0, 0, false
	}
	d := &v.toks[n-1]
	if !d.word || d.capital || d.poss || d.has(cDeterminer|cLink|cPreposition|cPronoun) || v.isVerbLike(n-1) || d.has(cPeople) || clientele[d.low] {
		return 0, 0, false
	}
	k := &v.toks[n-2]
	if !k.word || !k.capital || k.shouted || !k.has(cInstitution) {
		return 0, 0, false
	}
	x := n - 2
	for x > s && v.toks[x-1].word && v.toks[x-1].capital && !v.toks[x-1].has(cDeterminer) {
		x--
	}
	if n-2-x < 1 {
		return 0, 0, false
	}
	return x, n - 1, true
}
