package claimant

// A name may be described in an aside by its size: "Rafah, a city of
// 275,000 before the war, now shelters more than a million people,
// according to UNRWA", "Tawila, a town of 40,000, has taken in ...". The
// size says what the place or body is (convention 4: a named entity
// described by the sentence claims nothing); the attribution after it
// covers the main clause's figure, not the description's.

// sizeAside reports whether the figure at ft follows "a <noun> of" in an
// aside opened by a comma right after a capitalised name: ", a city of
// 275,000", ", a camp of 300,000 people".
func (v *view) sizeAside(ft int) bool {
	o := ft - 1
	// ("a town of about 40,000")
	if o > 0 && approxWords[v.toks[o].low] {
		o--
	}
	if o < 4 || !v.isOne(o, wOf) {
		return false
	}
	// ", a city of", ", a small town of": the article, a modifier at
	// most, and the noun, all in lower case.
	for c := o - 3; c >= o-4 && c >= 1; c-- {
		if !v.isOne(c, wComma) {
			continue
		}
		if !v.is(c+1, wA, wAn) || !v.toks[c-1].word || !v.toks[c-1].capital {
			return false
		}
		for k := c + 2; k < o; k++ {
			if t := &v.toks[k]; !t.word || t.capital {
				return false
			}
		}
		return true
	}
	return false
}
