package claimant

// South Asian copy gives most people by their initials and family name
// ("K. G. Perera", "S. Ranjith Fernando") and titles them with a local
// office the lexicons do not hold: a village officer's ("Grama Sevaka"),
// a local council's chair ("Urban Council Chairman"). A dotted initial
// is never a title's last word, so it says where the holder's name starts
// whatever the title's words are, and the holder speaks by name
// (convention 8), as after "District Magistrate". A title that holds a
// body's own kind ("Electoral Commission Chairman R. Perera") is a named
// organisation's post, read elsewhere (bodypost.go), and keeps the body;
// a local government's council is no organisation and holds an office.

// initialsHolder returns where the holder's name starts in the phrase [s,
// e) when capitalised title words stand before a name that opens on a
// dotted initial: one to five capitalised words, none a kind of body
// other than a government's or a council's, then a person's name of two
// to four parts closing the phrase.
func (v *view) initialsHolder(s, e int) (int, bool) {
	x := s
	if x < e && v.toks[x].has(cDeterminer) {
		x++
	}
	for n := x + 1; n+2 < e && n <= x+5; n++ {
		if !v.openingInitial(n) {
			t := &v.toks[n]
			if !t.word || !t.capital || t.shouted {
				return 0, false
			}
			continue
		}
		if !v.personName(n, e) || v.nameParts(n, e) < 2 || v.nameParts(n, e) > 4 {
			return 0, false
		}
		for k := x; k < n; k++ {
			t := &v.toks[k]
			if t.nameKind() && !adminNouns[t.low] && !councilNouns[t.low] && !governments[t.low] || t.has(cDay|cMonthName|cPronoun) {
				return 0, false
			}
		}
		if v.placeName(x, n) || v.knownPlace(x, n) {
			return 0, false
		}
		return n, true
	}
	return 0, false
}

// openingInitial reports whether token n is a name's initial: one capital
// letter with its full stop straight after it.
func (v *view) openingInitial(n int) bool {
	t := &v.toks[n]
	return t.word && t.capital && len([]rune(t.low)) == 1 && n+1 < len(v.toks) && v.isOne(n+1, wFullStop) && v.internalDot(n+1)
}

// councilNouns are South Asian English words for a legislature's or a
// local government's council ("Pradeshiya Sabha", "Gram Panchayat", "Zila
// Parishad"): an office of government, as "council" is (adminNouns).
var councilNouns = set("sabha panchayat parishad")
