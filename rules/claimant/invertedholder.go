package claimant

// After an inverted verb of claim, the source may open on its office in
// lower case with no article, then its holder's name: "..., said mayor
// Lim Boon Keat", "..., said district police chief Mohd Hafiz", "...,
// says state governor Mary Okafor". Wire and local copy write an office
// before a name so, in prose as after the verb; the name closing the
// phrase is what makes it a source and not the start of what was said
// ("..., said police had arrested 12"), and convention 8 writes the
// holder by name. invertedSource asked only for a capital, an article or
// a plural of people at the phrase's start.

// officeBeforeHolder reports whether the phrase [a, b) after an inverted
// verb opens on a lower-case word and is an office and its holder's name
// (holderName).
func (v *view) officeBeforeHolder(a, b int) bool {
	if b-a < 3 || !v.toks[a].word || v.toks[a].capital {
		return false
	}
	n, ok := v.holderName(a, b)
	return ok && n > a
}
