package claimant

import "strings"

// genderForms are the other forms of a compound in -man, -woman or
// -person (-men, -women, -people in the plural): "chairman",
// "chairwoman" and "chairperson" are one post, so a list that knows one
// knows them all, and the next ("congresswoman", "ombudsperson") is read
// as its listed form is. A word of three letters or fewer before the
// ending is no compound ("human", "woman", "German" fold to nothing a text
// writes).
func genderForms(w string) []string {
	for _, f := range [...][3]string{{"woman", "man", "person"}, {"person", "man", "woman"}, {"man", "woman", "person"},
		{"women", "men", "people"}, {"people", "men", "women"}, {"men", "women", "people"}} {
		if base, ok := strings.CutSuffix(w, f[0]); ok {
			if len(base) < 4 {
				return nil
			}
			return []string{base + f[1], base + f[2]}
		}
	}
	return nil
}
