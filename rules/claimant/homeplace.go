package claimant

// Where a body sits, as a noun phrase reads it: a common noun for a place
// described by modifiers ("Hamas-run territory": modifiedHome), after "in
// the" ("the Red Crescent in the enclave": homePlace) or after a body's
// lower-case kind and "of the" ("the water board of the region":
// bodyOfHome), and a place's own name of capitals (namedPlaceAt). Such a
// place is no name of its own: the body placed in it heads the phrase.
// Split from np.go.

// modifiedHome reads the words from token k as modifiers closing on a
// common noun for where a body sits: "Hamas-run territory", "rebel-held
// north", "besieged enclave", "Russian-occupied south"; the noun's token.
// A place described so is still no name of its own, and the body placed
// in it is the phrase's head (claimfix32). Up to four words or joining
// hyphens (no space either side), none a determiner, preposition, clause
// word or number, then the noun in lower case.
func (v *view) modifiedHome(k int) (int, bool) {
	for j := k; j < len(v.toks) && j <= k+4; j++ {
		t := &v.toks[j]
		if j > k && t.word && !t.capital && t.has(cHome) {
			return j, true
		}
		if t.low == "-" && !t.space && j > k && j+1 < len(v.toks) && !v.toks[j+1].space {
			continue
		}
		if !t.word || t.has(cDeterminer|cPreposition|cClause|cPronoun) || t.has(cHome) {
			return 0, false
		}
	}
	return 0, false
}

// namedPlaceAt reports whether a place's name of capitalised words opens
// at token k and closes before a lower-case word, a mark or the sentence's
// end ("Gaza Strip says", "West Bank, said").
func (v *view) namedPlaceAt(k int) bool {
	e := k
	for e < len(v.toks) && e < k+4 && v.toks[e].word && v.toks[e].capital && !v.toks[e].shouted {
		e++
	}
	if e == k || e < len(v.toks) && v.toks[e].capital {
		return false
	}
	// "Gaza Strip", "Sinai Peninsula": a known place and one word more
	// naming its part, no kind of body ("Gaza Health Ministry").
	if e-k == 2 && v.knownPlace(k, k+1) {
		t := &v.toks[k+1]
		return !t.has(cBody|cInstitution|cGovernment|cFindingNoun|cStaff|cFieldPeople) && !forceKinds[t.low] && !t.post()
	}
	return v.placeName(k, e)
}

// modifiedHomeAt reports whether modifiedHome reads a place from token k.
func (v *view) modifiedHomeAt(k int) bool {
	_, ok := v.modifiedHome(k)
	return ok
}

// homeNouns: common nouns for where a body sits, after "in the".
var homeNouns = set("enclave territory strip capital country kingdom north south east west region province city")

// homePlace reports whether tokens [k, e) are "in the" and a common noun
// for where a body sits ("the Red Crescent in the enclave"): a place,
// however written. "in the West Bank" is a name, not such a noun.
func (v *view) homePlace(k, e int) bool {
	return k+3 == e && v.isOne(k, wIn) && v.toks[k+1].has(cDeterminer) && v.toks[k+2].has(cHome) && !v.toks[k+2].capital
}

// forceNouns: armed bodies placed as bodies are ("the army in the north").
var forceNouns = set("army military police navy gendarmerie")

// bodyOfHome reports whether the "of" at i joins a body named by its
// lower-case kind to "the" and a common noun for a place that closes the
// phrase: "the census bureau of the city", "the water board of
// the region". "the Institute of the Americas" is a name.
func (v *view) bodyOfHome(i int) bool {
	if i < 1 || i+3 > len(v.toks) || !v.isOne(i+1, wThe) {
		return false
	}
	p, h := &v.toks[i-1], &v.toks[i+2]
	if !p.word || p.capital || !p.has(cBody|cInstitution|cOfficeNoun) || !h.word || h.capital || !h.has(cHome) {
		return false
	}
	// The place's noun closes the phrase: no of-phrase or name after it.
	return i+3 == len(v.toks) || !v.toks[i+3].word || !v.toks[i+3].has(cLink) && !v.toks[i+3].capital
}
