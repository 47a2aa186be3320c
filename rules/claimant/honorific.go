package claimant

// Malaysian copy writes a conferred honorific between an office and its
// holder's name, or before the name alone: "Home Minister Datuk Seri
// Ahmad Zaki", "council president Datuk Ong Kah Wai", "Tan Sri Rosnah
// Idris", "Datin Paduka Siti Aminah". The honorific is a title the
// state confers, as a rank is, not part of the name, and outlets give the
// same person with it and without it; the dev files write the name alone
// (as a rank, convention 8). Some are two words, the second a grade
// ("Seri", "Sri", "Paduka", "Wira"), and "Tan", "Puan" and "Toh" are
// honorifics only with theirs: "Tan" alone is a family name.

// honorifics open a Malaysian conferred title by themselves.
var honorifics = set("datuk dato datin tun")

// pairedHonorifics open one only with a grade after them.
var pairedHonorifics = set("tan puan toh")

// honorificGrades follow an honorific's first word.
var honorificGrades = set("seri sri paduka wira puan")

// honorificEnd returns the token after a conferred honorific opening at k,
// within [k, e), capitalised, with its grade and an apostrophe ("Dato'
// Sri"); k when there is none.
func (v *view) honorificEnd(k, e int) int {
	t := &v.toks[k]
	if k >= e || !t.word || !t.capital || t.shouted {
		return k
	}
	n := k + 1
	// ("Dato' Sri": the apostrophe closing the first word is its own.)
	if n < e && v.isOne(n, wApostrophe) {
		n++
	}
	graded := n < e && v.toks[n].word && v.toks[n].capital && honorificGradeIDs.has(&v.toks[n].spelling)
	switch {
	case honorificIDs.has(&t.spelling):
	case pairedHonorificIDs.has(&t.spelling) && graded:
	default:
		return k
	}
	if graded {
		n++
	}
	return n
}
