package claimant

// An office held for a place is written with its place after the holder's
// name as often as before it: "Mayor Ali Sampiano of Piagapo town", "said
// Mayor Jón Guðmundsson of Ísafjörður", "Governor Kathy Hochul of New
// York". The holder speaks by name (convention 8), as "Piagapo Mayor Ali
// Sampiano" is read; the place says whose office it is, and is no part of
// the name. A body after "of" ("Director Jane Doe of the Red Cross",
// "Mila Reyes of the Cebu hotel association") is read as before: its
// people speak for it.

// holderPlaceEnd returns where the phrase [s, e) ends before "of" and a
// place closing it, when an office's title and its holder's name stand
// before "of": capitalised words after "of", perhaps closed by one
// lower-case kind of place ("town", "province"), none of them a kind of
// body. It returns e when the phrase is no such thing.
func (v *view) holderPlaceEnd(s, e int) int {
	for m := s + 2; m+1 < e; m++ {
		if !v.isOne(m, wOf) || v.toks[m].capital || !v.toks[m-1].capital || !v.toks[m+1].capital {
			continue
		}
		p := e
		if w := v.toks[e-1].low; !v.toks[e-1].capital && (placeNouns[w] || adminNouns[w] || settlementNouns[w]) {
			p--
		}
		if p <= m+1 || !v.capitalisedWords(m+1, p, true) {
			return e
		}
		for k := m + 1; k < p; k++ {
			if t := &v.toks[k]; t.nameKind() || t.has(cOfficeNoun) || t.has(cGovernment) || t.has(cForce) || forceKinds[t.low] {
				return e
			}
		}
		if n, ok := v.holderName(s, m); ok && n > s {
			return m
		}
		return e
	}
	return e
}

// settlementNouns are kinds of place smaller than placeNouns' that a
// local office is held for: "of Piagapo town", "of Kalubihan village".
var settlementNouns = set("town village municipality")
