package claimant

// A body is often named by its kind, then its name after a comma, with
// the name closing the sentence: "according to the port operator,
// Adriaterminal.", "figures from the water utility, Acquedotto Pugliese."
// The description gives way to the name beside it (README convention 8,
// as a description set beside initials in commas does).

// nameAfterKindComma returns the name after the phrase [a, b) when the
// phrase, in lower case, closes on a kind of body, then a comma and one to
// six capitalised words (hyphens joining them) end the sentence or its
// clause, and they are no place the rules know. ok false otherwise. (A
// post before a name, "the regional governor, Marco Rossi", is read first
// as an office and its holder: officeframe.go.)
func (v *view) nameAfterKindComma(a, b, hi int) (int, int, bool) {
	if b-a < 2 || b+2 > hi || !v.isOne(b, wComma) {
		return 0, 0, false
	}
	k := &v.toks[b-1]
	// ("the town council, Bad Ischl": after an administration's kind the
	// words are its place, not its name; review43.)
	if !k.word || k.capital || !(k.nameKind() || k.has(cDescriptorKind)) || adminNouns[k.low] || governments[k.low] {
		return 0, 0, false
	}
	// ("the UN food agency, WFP": a kind with a name of its own
	// inside may be a claimant's alias, and is read as written.)
	// So is one that is a claimant's words ("the health ministry").
	for m := a; m < b; m++ {
		if v.toks[m].capital && !(m == a && v.toks[m].has(cDeterminer)) || v.toks[m].aliases != 0 {
			return 0, 0, false
		}
	}
	// ("REPORTER: ..., per the water utility, Martha.": in a
	// programme's own line a name closing it is whom the speaker
	// addresses.)
	if v.roleLabelEnd() > 0 {
		return 0, 0, false
	}
	x, y := b+1, b+1
	for y < hi && y-x < 6 && (v.toks[y].word && v.toks[y].capital || v.isOne(y, wDash) && !v.toks[y].space && y > x) {
		// ("according to the ministry, Monday.": a day or a month is
		// when, no name.)
		if v.toks[y].has(cDay | cMonthName | cTimeWord) {
			return 0, 0, false
		}
		y++
	}
	if y == x || v.isOne(y-1, wDash) || y < hi && !v.boundary(y) {
		return 0, 0, false
	}
	if v.placeName(x, y) || v.knownPlace(x, y) || v.knownRegion(x, y) {
		return 0, 0, false
	}
	return x, y, true
}
