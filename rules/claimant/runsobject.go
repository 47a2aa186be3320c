package claimant

// What a person runs, heads or directs, read in "who runs X" (apposition.go
// worksAfter): a named body is the claimant she speaks for (convention 8's
// named head of a named organisation); a place of work with no body's name
// is no one she speaks for, and she keeps her name (convention 1).
//   - "who runs the shelter in Pokrovsk": a lower-case place of work and the
//     town it stands in name no body (runsPlaceOnly).
//   - "who directs the shelter run by the Jesuit Refugee Service in Ciudad
//     Juárez": the body that runs the place of work (runsRunBy).
//   - "who runs the Casa del Migrante shelter in Tapachula": a name with
//     its language's particles before the place's kind (runsNameBeforeKind).
//   - "who leads the Sudan Research Group at the London School of
//     Hygiene": a unit named in its own right is what she leads, before the
//     body it sits in (runsNamedUnit).

// runsPlaceOnly reports whether [x, y), the object of a verb of running,
// has its only capitals after a lower-case preposition that follows a
// place of work, no body's kind: "the shelter in Pokrovsk", "the soup
// kitchen near Kramatorsk".
func (v *view) runsPlaceOnly(x, y int) bool {
	for m := x; m < y; m++ {
		t := &v.toks[m]
		if t.capital && !(m == x && t.has(cDeterminer)) {
			return false
		}
		// ("who heads the regional agricultural department in Kharkiv":
		// a generic body keeps its place, convention 8.)
		if t.word && t.has(cPreposition) && !t.capital {
			h := &v.toks[m-1]
			return m > x && !bodyNouns[h.low] && !h.has(cBody)
		}
	}
	return false
}

// runsRunBy returns the body after "run by", "operated by" or "managed by"
// inside [x, y), its place cut: "the shelter run by the Jesuit Refugee
// Service in Ciudad Juárez" → "Jesuit Refugee Service".
func (v *view) runsRunBy(x, y int) (int, int, bool) {
	for m := x + 1; m+2 < y; m++ {
		if !v.isOne(m+1, wBy) {
			continue
		}
		switch v.toks[m].low {
		case "run", "operated", "managed", "funded":
		default:
			continue
		}
		n := m + 2
		if v.toks[n].has(cDeterminer) {
			n++
		}
		if n >= y || !v.toks[n].capital {
			return 0, 0, false
		}
		e := v.capitalRunEnd(n, y)
		return n, e, e > n
	}
	return 0, 0, false
}

// runsNameBeforeKind returns the name before a place of work's kind in
// lower case, its particles kept: "the Casa del Migrante shelter in
// Tapachula" → "Casa del Migrante".
func (v *view) runsNameBeforeKind(x, y int) (int, int, bool) {
	n := x
	if n < y && v.toks[n].has(cDeterminer) {
		n++
	}
	if n >= y || !v.toks[n].capital {
		return 0, 0, false
	}
	k := v.capitalRunEnd(n, y)
	if k == n || k >= y || !v.toks[k].word || v.toks[k].capital || !(k+1 == y || v.toks[k+1].has(cPreposition)) {
		return 0, 0, false
	}
	// ("the Ukrainian Saturday school in Parma": a people's adjective and
	// a day describe the school, no name.)
	if demonym(v.toks[n].low) {
		return 0, 0, false
	}
	for m := n; m < k; m++ {
		if v.toks[m].has(cDay | cTimeWord | cTimeNoun) {
			return 0, 0, false
		}
	}
	return n, k, true
}

// runsNamedUnit returns the object before the preposition at k when it is
// a name in its own right, capitalised after "the" to its end: "the Sudan
// Research Group" in "who leads the Sudan Research Group at the London
// School".
func (v *view) runsNamedUnit(a, k int) (int, int, bool) {
	n := a
	if v.isOne(n, wThe) {
		n++
	}
	if n+1 >= k || !v.allCapitalised(n, k) || v.knownPlace(n, k) {
		return 0, 0, false
	}
	if !nameKind(v.toks[k-1].low) && !bodyNouns[v.toks[k-1].low] {
		return 0, 0, false
	}
	return n, k, true
}

// capitalRunEnd returns where the capitalised words from token n end
// before y, a name's lower-case particles between two of them kept: "Casa
// del Migrante", "Jesuit Refugee Service".
func (v *view) capitalRunEnd(n, y int) int {
	e := n
	for e < y && (v.toks[e].word && v.toks[e].capital || e > n && particleWord(v.toks[e].low) && e+1 < y && v.toks[e+1].capital) {
		e++
	}
	return e
}
