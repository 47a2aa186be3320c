package claimant

// A word of a name may open with a small letter before its capital, as
// bodies coin it: "the Information & eGovernment Authority", "the eThekwini
// Municipality", "iGov". Read as lower case, it cut the name before it
// ("Authority" alone); it is written as a capitalised word is, and is read
// as one. Units of measure ("kWh", "mAh") and the like hold one small
// letter after the capital, or none, and stay as written.

// camelName reports whether raw is such a word: one small letter, a
// capital, then two small letters or more, letters only.
func camelName(raw string) bool {
	if len(raw) < 4 || raw[0] < 'a' || raw[0] > 'z' || raw[1] < 'A' || raw[1] > 'Z' {
		return false
	}
	small := 0
	for i := 2; i < len(raw); i++ {
		switch c := raw[i]; {
		case c >= 'a' && c <= 'z':
			small++
		case c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return small >= 2
}
