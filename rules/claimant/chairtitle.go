package claimant

// councilChair reports whether token k is a chairman's title after a
// local government's council named in capitals: "Kalutara Urban Council
// Chairman X", "Matale Pradeshiya Sabha Chairman X". The council governs
// a town or a division, so its chair holds an office of government and
// speaks by name (convention 8), as a territory's chairman does. A
// council lacking any mark of a town's or a division's ("Medical Research
// Council Chairman X") is an organisation, whose chair keeps it
// (claim118).
func (v *view) councilChair(s, k int) bool {
	t := &v.toks[k]
	if k-2 < s || !t.capital || t.shouted || !chairTitles[t.low] {
		return false
	}
	c := &v.toks[k-1]
	if !c.word || !c.capital || c.shouted || !(c.low == "council" || councilNouns[c.low]) {
		return false
	}
	for m := k - 2; m >= s; m-- {
		q := &v.toks[m]
		if q.has(cDeterminer) && m == s {
			break
		}
		if !q.word || !q.capital || q.shouted || q.nameKind() {
			return false
		}
	}
	return v.localCouncil(s, k-1)
}

// localCouncil reports whether the council at token c, named by the
// capitalised words from s, is a local government's: a word of South
// Asian English for a council (councilNouns), or "Council" after a word
// that scopes a town, a city or a division ("Urban Council", "Municipal
// Council", "District Council") or after a place the rules know.
func (v *view) localCouncil(s, c int) bool {
	if councilNouns[v.toks[c].low] {
		return true
	}
	x := c
	for x-1 >= s && v.toks[x-1].word && v.toks[x-1].capital {
		x--
		if localScopes[v.toks[x].low] || territoryScopes[v.toks[x].low] || localCouncilScopes[v.toks[x].low] {
			return true
		}
	}
	return x < c && (v.placeName(x, c) || v.knownPlace(x, c))
}

// localCouncilScopes scope a council to a town or a division, beside
// territoryScopes: "Urban Council", "Town Council", "Divisional Council".
var localCouncilScopes = set("urban town village rural divisional parish borough")

// territoryChair reports whether token k is a chairman's title after a
// territory's scope, both capitalised: "Regional Chairman Devanand
// Ramdatt", "District Chairman X", "Provincial Chairwoman X". The scope says
// he chairs a territory's council, an office of government whose holder
// speaks by name (convention 8), as a label's "ENGA PROVINCIAL
// ADMINISTRATOR" does (scopedoffice.go); a body's chairman is named with
// the body ("BGMEA Chairman X") and keeps it.
func (v *view) territoryChair(s, k int) bool {
	t := &v.toks[k]
	return k > s && t.capital && !t.shouted && chairTitles[t.low] && v.toks[k-1].capital && territoryScopes[v.toks[k-1].low] && (k-1 == s || v.toks[k-2].has(cDeterminer))
}

// chairTitles are the words for one who chairs.
var chairTitles = set("chairman chairwoman chairperson")
