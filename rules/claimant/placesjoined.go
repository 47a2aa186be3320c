package claimant

// People or institutions "in" two places joined by "and" ("Hospitals in
// Larkana and Sukkur said", "Officials in Kharkiv and Sumy say") are one
// phrase: the "and" joins the places inside it, and the phrase read back
// from the verb runs over it to the people. Read from the verb alone, the
// walk stopped at the "and" and named the last place ("Sukkur") as the
// source of the figure, which a place never is (convention 4).

// placesJoined reports whether the "and" at token i, inside the phrase
// read back from token end, joins two place names after "in" or "at"
// whose phrase opens on people or institutions: tokens (i, end) are a
// place's capitalised words, and so are those between the "in" and i.
func (v *view) placesJoined(i, lo, end int) bool {
	if !v.isOne(i, wAnd) || i+1 >= end || end-(i+1) > 5 || !v.placeShape(i+1, end) {
		return false
	}
	// The first place, back to "in" or "at", over an Arabic article and
	// its hyphen ("Deir al-Balah").
	p := i - 1
	for p >= lo && p > i-6 && (v.toks[p].capital && v.toks[p].word && !v.sentenceWord(p) || v.placeLink(p)) {
		p--
	}
	if p == i-1 || p-1 < lo || !v.is(p, wIn, wAt) || !v.placeShape(p+1, i) {
		return false
	}
	// Whose phrase it is: people ("Officials", "paramedics", "women";
	// gatheredPeople, initialskind.go) or where they work ("Hospitals",
	// "clinics"), as the walk reads over "in" to them.
	h := &v.toks[p-1]
	if !h.word || !(h.gatheredPeople() || h.has(cInstitution) || institutionNouns[singular(h.low)]) {
		return false
	}
	// The phrase opens its clause: "Talks went on with officials in Cairo
	// and Blinken said" joins two clauses, the people the object of
	// "with".
	if !v.opensClause(p-1, lo) {
		return false
	}
	// Like is joined with like: two places the rules know ("Turkey and
	// Syria", "Ankara and Damascus"), or two names of one word neither of
	// which they know ("Larkana and Sukkur"). A known place and a name
	// the rules lack ("Gaza and Joe Biden", "Kherson and Oleksandr
	// Prokudin") are a place and a person, two subjects. A known place
	// last ("Tel Aviv and Jerusalem", "Ashdod and Ashkelon") is no
	// subject of its own, a place never being a source (convention 4):
	// the "and" joins the place-shaped name before it to it, whether the
	// rules know that one or not.
	first, second := v.placeName(p+1, i), v.placeName(i+1, end)
	return second || !first && i-(p+1) == 1 && end-(i+1) == 1
}

// opensClause reports whether the phrase whose head is at token h opens
// its clause: the head first, or after punctuation, a determiner, or one
// modifier that does ("Local officials", "The hospitals").
func (v *view) opensClause(h, lo int) bool {
	k := h - 1
	if k >= lo && v.toks[k].word && !v.toks[k].has(cDeterminer) && !v.toks[k].has(cPreposition) && !v.isVerbLike(k) && (k == lo || !v.toks[k-1].word || v.toks[k-1].has(cDeterminer)) {
		k-- // one modifier: "Local officials", "Emergency doctors"
	}
	return k < lo || !v.toks[k].word && !v.toks[k].num || v.toks[k].has(cDeterminer) && !v.toks[k].has(cPreposition)
}

// placeShape reports whether tokens [s, e) are capitalised words that name
// no body, post or findings: the shape of a place's name, known or not
// ("Sukkur", "Dera Ghazi Khan").
func (v *view) placeShape(s, e int) bool {
	if s >= e {
		return false
	}
	for k := s; k < e; k++ {
		t := &v.toks[k]
		if v.placeLink(k) && k > s && k+1 < e {
			continue
		}
		if !t.word || !t.capital || t.shouted || t.has(cBody) || t.has(cInstitution) || t.has(cGovernment) || forceKinds[t.low] || t.post() || t.has(cFindingNoun|cStaff|cFieldPeople) {
			return false
		}
	}
	return true
}

// placeLink reports whether token k joins a place's name inside it: a
// hyphen with no space before it, or "al" or "el" before one ("Deir
// al-Balah", "Beit Lahia", "El-Fasher").
func (v *view) placeLink(k int) bool {
	t := &v.toks[k]
	if v.isOne(k, wDash) && !t.space {
		return true
	}
	return (t.low == "al" || t.low == "el") && !t.capital && v.isOne(k+1, wDash)
}
