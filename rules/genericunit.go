package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A count said of any one of a kind, with an adverb of what is usual, is
// per unit as a distributive's is (pereach.go): "a brigade typically has
// three or four battalions", "a displacement camp usually holds 20,000
// people", "an infantry division normally fields nine battalions". The
// subject is an indefinite singular ("a", "an" and a noun or two), the
// adverb one of ordinary times, the figure the object of the verb after
// it. "Rafah, normally home to 280,000" is a place's size
// (residentsbefore.go); "the camp usually holds" names one camp.

// genericUnitCount reports whether figure fi of sentence s is what an
// indefinite singular subject usually has.
func genericUnitCount(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if w := word(fs - 1); w == "or" || w == "to" {
		if fj := figureAt(d, fs-2); fj >= 0 {
			fs = firstTok(d, fj) // "three or four battalions": the second end shares the first's verb
		}
	}
	v := fs - 1
	if v-2 < s.TokStart || !holdingVerb(word(v)) || !habitualAdverb(word(v-1)) {
		return false
	}
	for k := v - 2; k >= s.TokStart && k >= v-4; k-- {
		switch w := word(k); {
		case w == "a" || w == "an":
			return k < v-2
		case !isLowerWord(d.TokenText(k)) || figureAt(d, k) >= 0:
			return false
		}
	}
	return false
}

// holdingVerb reports whether lower-cased w, in the present, says what a
// unit is made of or holds: "has", "numbers", "comprises", "fields".
func holdingVerb(w string) bool {
	switch w {
	case "has", "have", "numbers", "comprises", "contains", "fields", "holds", "includes", "houses":
		return true
	}
	return false
}
