package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A keyword after "on top of" or "in addition to" names the base an
// amount is added to, and a figure a later "bringing the total to" gives
// is the sum of both: "Missile defence adds US$500 million a year on top
// of the FMF, bringing the memorandum's annual total to US$3.8 billion"
// is the whole package, not the FMF. The keyword's own amount, told
// right in its phrase ("on top of the roughly $3.8 billion in military
// aid"), is not behind such a verb and stays. (keyword_as_base.yaml)

// keywordAsBase reports whether keyword hit h stands after "on top of" or
// "in addition to" (a determiner or owner perhaps between) and figure fi
// is the value a taking verb after h gives a total (takingTotal).
func keywordAsBase(st *docState, s *figures.Sentence, fi int, h hit) bool {
	d := st.d
	fs, _ := d.FigureTokens(fi)
	if t := st.takingTotal(fi, fs); t < h.end {
		return false
	}
	word := sentenceWords(d, s)
	k := h.start - 1
	if word(k) == "s" && isApostrophe(word(k-1)) {
		k -= 3 // an owner's name: "on top of Israel's FMF"
	}
	switch word(k) {
	case "the", "its", "their", "this", "that":
		k--
	}
	switch {
	case word(k) == "of" && word(k-1) == "top" && word(k-2) == "on":
		return true
	case word(k) == "to" && word(k-1) == "addition" && word(k-2) == "in":
		return true
	}
	return false
}
