package claimant

// listInAside returns where the aside closed by the comma before a verb
// opens, when the comma at k only splits a list inside it: "the IOM's
// Displacement Tracking Matrix, which counts people in camps, schools and
// host communities, said": the segment after k ("schools and host
// communities") is no appositive but the list's tail, and the aside opens
// at the comma before "which". It returns k itself otherwise. The words
// back to that comma may hold only words and commas (no clause break),
// and the segment after k must not open an aside of its own.
func (v *view) listInAside(k, lo int) int {
	// ("Airwars, a monitor in Iraq, Syria and Gaza, counted": see
	// asideplaces.go.)
	if m, ok := v.placeListTail(k, lo); ok {
		return m
	}
	if v.is(k+1, wWhich, wWho, wWhose, wA, wAn, wThe) || k+1 < len(v.toks) && v.toks[k+1].capital {
		return k
	}
	for m := k - 1; m > lo && m >= k-25; m-- {
		if v.is(m, wComma) {
			if v.is(m+1, wWhich, wWho, wWhose) {
				return m
			}
			continue
		}
		if !v.toks[m].word && !v.toks[m].num || v.boundary(m) {
			return k
		}
	}
	return k
}
