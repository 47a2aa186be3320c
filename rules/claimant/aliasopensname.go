package claimant

// A city that stands for its government ("Washington", the donor of US
// aid) is a one-word alias that no lexicon of places holds, and it opens
// many other names in a US local newsroom's copy: a county's or a parish's
// ("Washington County Sheriff's Office", "Washington Parish"), a
// university's named for the city or the state ("Washington University",
// "Washington State University", "Washington U."). Inside such a name the
// word says which county or which university it is, and the county's office
// or the university, not the government, is who speaks (README convention
// 8), as placeInName reads "the Bank of Israel" for a place the rules know.

// aliasOpensName reports whether the one-word alias at token i, capitalised
// and no acronym (an acronym's "WHO Collaborating Centre", "UN Satellite
// Centre" are its own; a word of two letters may be one, as "UN" is),
// opens a longer proper name before e: a local government's unit after it
// ("County", "Parish", "Township", "Borough"), capitalised words closed by
// an institution's kind ("State University", "University"), or a word of a
// name written short with its full stop ("U."); or it closes an
// institution's name after "of" ("the University of Washington").
func (v *view) aliasOpensName(i, s, e int) bool {
	t := &v.toks[i]
	if !t.word || !t.capital || t.shouted || len(t.low) < 3 {
		return false
	}
	if i-2 >= s && v.isOne(i-1, wOf) && v.toks[i-2].capital && !v.toks[i-2].shouted && v.toks[i-2].has(cInstitution) {
		return true
	}
	if t.poss || i+1 >= e {
		return false
	}
	n := &v.toks[i+1]
	if !n.word || !n.capital || n.shouted || !n.space {
		return false
	}
	if localUnits[n.low] {
		return true
	}
	// "Washington U.": one capital letter and its full stop, no initial of
	// a run ("D.C.") after it.
	if len(n.low) == 1 && i+2 < len(v.toks) && v.isOne(i+2, wFullStop) && !v.toks[i+2].space &&
		(i+3 >= len(v.toks) || v.toks[i+3].space || !v.toks[i+3].word) {
		return true
	}
	for k := i + 1; k < e && k < i+4; k++ {
		w := &v.toks[k]
		if !w.word || !w.capital || w.shouted {
			return false
		}
		if w.has(cInstitution) {
			return true
		}
		if w.poss {
			return false
		}
	}
	return false
}

// localUnits are the units of US local government a place's name opens:
// "Washington County", "Jefferson Parish", "Hamilton Township".
var localUnits = set("county parish township borough")
