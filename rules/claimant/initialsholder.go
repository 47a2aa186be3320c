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
// other than a government's or a local council's, then a person's name of
// two to four parts closing the phrase.
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
		if !v.personName(n, e) || !v.holderSized(n, e) {
			return 0, false
		}
		for k := x; k < n; k++ {
			t := &v.toks[k]
			// ("National Security Council Chairman P. Rana": a council
			// with no town's sign is an organisation, read elsewhere.)
			local := adminNouns[t.low] && (t.low != "council" || v.localCouncil(x, k)) || councilNouns[t.low] || governments[t.low]
			if t.nameKind() && !local || t.has(cDay|cMonthName|cPronoun) {
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

// initialA clears the article's reading of a capital "A" written as a
// name's initial: a full stop straight after it and a capitalised word
// after that ("Director A. B. Silva", "spokesman A. Perera"). Read as
// the article it cut the name after it, so the holder lost her first
// initial and a name of one initial kept only its full stop.
func (v *view) initialA() {
	for i := 0; i+2 < len(v.toks); i++ {
		t := &v.toks[i]
		if t.id != wA || !t.capital || !v.isOne(i+1, wFullStop) || v.toks[i+1].space {
			continue
		}
		if n := &v.toks[i+2]; n.word && n.capital && n.space {
			t.cls &^= cDeterminer
			t.id = noWord
		}
	}
}
