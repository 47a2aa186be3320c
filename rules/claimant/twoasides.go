package claimant

// A name may carry two asides before its verb, a relative clause and then
// its post: "Andriy Voloshyn, who took over the region in the spring and
// who toured the shelled market on Saturday, the regional governor,
// said", "Maria Santos, who has run the shelter since 2019, the city's
// housing chief, said". The post's aside is read as any appositive; the
// subject is the name before the relative clause, not the clause's last
// noun ("Saturday").

// relativeAsideBefore returns the comma opening a relative clause in
// commas that ends at the comma k ("..., who toured the market on
// Saturday, the regional governor, said": the comma before "who"), when
// the aside after k is an appositive of the same name (a determiner, a
// possessive or a capital opens it); k itself otherwise.
func (v *view) relativeAsideBefore(k, lo int) int {
	if k+1 >= len(v.toks) || !(v.toks[k+1].has(cDeterminer) || v.toks[k+1].capital || v.toks[k+1].poss) {
		return k
	}
	for m := k - 1; m > lo && m >= k-30; m-- {
		if v.comma(m) {
			if v.is(m+1, wWho, wWhich, wWhose) && !v.toks[m+1].capital && m-1 >= lo && v.toks[m-1].word {
				return m
			}
			return k
		}
		if v.boundary(m) {
			return k
		}
	}
	return k
}
