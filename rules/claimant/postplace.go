package claimant

// A body's post is often placed where its holder works, by the kind of
// place rather than its name, when the story has named it already:
// "The Libyan Red Crescent's coordinator in the city", "Save the
// Children's director in the region", "MSF's head of mission in the
// country". The place says where the post is held, not whose it is: the
// holder speaks for the body (convention 1), as "MSF's emergency
// coordinator for Sudan" does. postRemit reads a place by its name; this
// reads one by its kind.

// postSites are nouns that name a place by its kind besides placeKinds
// (recorded.go): where a post is held.
var postSites = set("village camp area territory enclave strip capital north south east west field")

// placeByKind reports whether tokens [k, e) are "the", perhaps a
// lower-case modifier ("northern", "besieged"), and a noun of placeKinds or postSites.
func (v *view) placeByKind(k, e int) bool {
	if k >= e || !v.isOne(k, wThe) || e-k > 3 || e-k < 2 {
		return false
	}
	for m := k + 1; m < e; m++ {
		if t := &v.toks[m]; !t.word || t.capital || t.num {
			return false
		}
	}
	w := v.toks[e-1].low
	return placeKinds[w] || postSites[w]
}

// postInPlace reports whether the "in" at token i joins a post before it
// to a place by its kind after it ("coordinator in the city", "director
// in the northern region"), so the phrase reads back over it to the
// post's body.
func (v *view) postInPlace(i int) bool {
	if i < 1 || v.toks[i-1].capital || !v.toks[i-1].word {
		return false
	}
	// "head of office in the province", "head of mission in the
	// country": a post's remit after "of" is the post's.
	if p := i - 1; !v.toks[p].post() {
		if p-2 < 0 || !v.isOne(p-1, wOf) || !v.toks[p-2].post() || v.toks[p-2].capital {
			return false
		}
	}
	for e := i + 3; e <= i+4 && e <= len(v.toks); e++ {
		if v.placeByKind(i+1, e) && (e == len(v.toks) || !v.toks[e].word || v.toks[e].capital || !v.toks[e].has(cDeterminer|cPreposition)) {
			return true
		}
	}
	return false
}
