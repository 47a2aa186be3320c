package claimant

// A party named with its place in power before its name: "the opposition
// PPA-CI", "the ruling ANC", "the main opposition Labour Party". The word
// says which side the party is on, as a descriptor says what a body does
// (README convention 8: a descriptor before a name is not written); the
// party is its name.

// partyWords say a party's place in power; "main" only before another.
var partyWords = set("ruling opposition governing")

// nameAfterPartyWord returns where the name starts in the phrase [s, e)
// past "the", perhaps "main", and a party word, when a capitalised name,
// its words perhaps joined by hyphens ("PPA-CI"), closes the phrase; s
// otherwise. "the opposition leader" and "the opposition" name no party.
func (v *view) nameAfterPartyWord(s, e int) int {
	k := s
	if k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	if k < e && v.toks[k].low == "main" && !v.toks[k].capital {
		k++
	}
	if k+1 >= e || v.toks[k].capital || !partyWords[v.toks[k].low] {
		return s
	}
	n := k + 1
	if !v.capitalisedName(n, e) || v.toks[n].post() || v.toks[e-1].post() {
		return s
	}
	return n
}
