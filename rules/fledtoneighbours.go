package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A destination after "fled to" may name other countries without naming
// one: "2.5M Sudanese flee to neighbours", "have fled to Sudan's
// neighbours", "fled to other countries", "escaped into nearby nations".
// Those people crossed a border as surely as those who "fled to Chad"
// (fledto.go), and a metric whose exclude_near names a border rules them
// out (crossedborder.go). "Neighbours" are countries only when the
// country owns them ("Sudan's neighbours", "its neighbours") or when they
// close the clause (a headline's "flee to neighbours — UNHCR"): people's
// neighbours ("to neighbours in villages away from the front", "their
// neighbours") took in people who stayed inside, and a neighbourhood is a
// part of a town. A destination with the country's inside after it ("to
// neighbours within Sudan", "to other states inside the country") is no
// border crossed.

// abroadDestination reports whether the words from token k name other
// countries as a destination, and the token after them.
func abroadDestination(d *figures.Document, s *figures.Sentence, k int) (bool, int) {
	word := sentenceWords(d, s)
	owned := false
	switch w := word(k); {
	case w == "the":
		k++
	case w == "its":
		k, owned = k+1, true
	case k+2 < s.TokEnd && named(d, k) && isApostrophe(word(k+1)) && foldsToS(word(k+2)):
		k, owned = k+3, true // "to Sudan's neighbours"
	}
	switch w := word(k); w {
	case "neighbours", "neighbors":
		next := k + 1
		if owned || next >= s.TokEnd || !d.Tokens[next].IsWord() && !isApostrophe(d.TokenText(next)) {
			return true, next
		}
		return false, k
	case "neighbouring", "neighboring", "nearby", "surrounding", "bordering", "other":
		// Not "states": a federal country's own states are inside it
		// ("fled to other states inside Sudan").
		switch word(k + 1) {
		case "countries", "nations":
			return true, k + 2
		}
	}
	return false, k
}

// insideNamedAfter reports whether the words from token k to the end of
// its clause (at most six) name the metric's own place or its inside:
// "fled to neighbours within Sudan", "to other countries or elsewhere in
// Sudan" went nowhere abroad, or not only there.
func (m *metric) insideNamedAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	for t := k; t < s.TokEnd && t < k+6; t++ {
		w := d.LowerTokenText(t)
		if isClauseMark(w) {
			return false
		}
		if named(d, t) && m.scopeName(d.TokenText(t)) || insideOutSide(w) == 1 {
			return true
		}
	}
	return false
}
