package claimant

// A body is often described by where it works, and the places come as a
// list: "Airwars, a London-based monitor that has tracked civilian harm in
// Iraq, Syria and now Gaza, counted", "Acled, a group that monitors
// violence in Sudan, Yemen and the Sahel, recorded". The list's commas are
// no asides' commas: the verb's subject stands before the aside the list
// closes, not inside it ("civilian harm in Iraq"). listInAside reads a
// list of common words; a list of names opens with a capital, which would
// otherwise read as an appositive of its own.

// placeListTail returns the comma that opens the aside holding the list
// of names whose last items follow the comma at k: the segment after k is
// names joined by "and" or "or" up to the next comma, the item before k is
// a name after a preposition (or another item's comma), and back from the
// list's opening preposition a comma opens an aside with "which", "who",
// "whose", "a" or "an", with no clause break between. ok false: the
// comma at k is no list's.
func (v *view) placeListTail(k, lo int) (int, bool) {
	n := len(v.toks)
	if k+1 >= n || !v.toks[k+1].capital || !v.toks[k+1].word {
		return k, false
	}
	joined := false
	for e := k + 1; e < n && e <= k+12; e++ {
		if v.comma(e) {
			break
		}
		if v.boundary(e) {
			return k, false
		}
		if v.isOne(e, wAnd) || v.toks[e].low == "or" {
			joined = true
		}
	}
	if !joined {
		return k, false
	}
	// Back over the list's earlier items ("in Iraq, Syria, Libya") to
	// the preposition that opens it.
	p := k - 1
	for {
		if p < lo || !v.toks[p].capital || !v.toks[p].word {
			return k, false
		}
		for p-1 >= lo && v.toks[p-1].capital && v.toks[p-1].word {
			p--
		}
		if p-1 >= lo && v.comma(p-1) {
			p -= 2
			continue
		}
		break
	}
	if p-1 < lo || !v.toks[p-1].has(cPreposition) || v.toks[p-1].capital {
		return k, false
	}
	for m := p - 2; m > lo && m >= k-30; m-- {
		if v.comma(m) {
			if v.is(m+1, wWhich, wWho, wWhose, wA, wAn) {
				return m, true
			}
			return k, false
		}
		if v.boundary(m) {
			return k, false
		}
	}
	return k, false
}
