package claimant

// "A spokesman for Afghanistan's health ministry, Sharif Amiri, said":
// a post narrowed to its body, with its holder's name beside it, is the
// body speaking (convention 1), whether the body is a proper name ("A
// spokesman for Save the Children, Jason Lee") or a body named by its
// kind. The name beside a description that is no post ("the country's
// disaster management agency, AFAD") is still the claimant (name.go).

// postNarrowed reports whether the source phrase opening at src was
// narrowed, to the body starting at s, past a lower-case post or staff
// word ("A spokesman for", "the director of").
func (v *view) postNarrowed(src, s int) bool {
	for k := src; k < s && k < len(v.toks); k++ {
		if t := &v.toks[k]; !t.capital && (t.post() || t.has(cStaff)) {
			return true
		}
	}
	return false
}
