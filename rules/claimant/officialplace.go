package claimant

// One official of a named body with where she is after the post: "A
// Venstre official in Aarhus", "an Oxfam official in Juba", "a Labour
// official in Cork". The place says where the official works, not whom she speaks
// for, as "here" or "there" does (convention 8); the body named before
// the post speaks (convention 1), as "an Oxfam official" does without
// the place. A body named by its kind after "in" or "at" ("an official in
// the interior ministry") is read by officialIn; a people's official ("an
// Jordanian official at the Arish depot") names no body, and keeps its
// phrase. Also a body's two capitals before its official, "A PT
// official": the initials, as longer ones are (initialsBefore);
// configured ones ("a US official", "a UN official") are left to their
// aliases. One longer word with no place after the post may be a place's
// own ("A Tromsø official") and stays as read.
//
// And a body's "secretary general" or "director general" in two words
// after its possessive ("The ANC's secretary general"): the post is one,
// written with a hyphen or without, and speaks for the body as "the
// ANC's secretary-general" does.

// officialPlaced reads the phrase [s, e) as above and returns the body.
func (v *view) officialPlaced(s, e int) (int, int, bool) {
	// (Asked of every phrase reduced: most sentences hold no official
	// noun, and pass over the phrase's walk.)
	if !v.words.has(wOfficial) && !v.words.has(wSpokesman) && !v.words.has(wSpokeswoman) && !v.words.has(wSpokesperson) {
		return 0, 0, false
	}
	k := s
	if k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	for k < e && v.toks[k].has(cRank) && !v.toks[k].capital {
		k++
	}
	m := k
	for m < e && m < k+4 && v.toks[m].word && v.toks[m].capital && !v.toks[m].has(cDeterminer) {
		m++
	}
	if m == k || m >= e || v.toks[m].capital || !officialNoun(v.toks[m].low) {
		return 0, 0, false
	}
	// One word of two capitals, or one name placed after the post, is
	// the body's when it is no people's, place's or alias's word.
	one := m == k+1 && v.toks[k].aliases == 0 && !v.sentenceWord(k) && !v.demonym(k) && !v.placeName(k, m) && !v.knownPlace(k, m) && !v.toks[k].has(cPronoun|cDay|cMonthName)
	if m+1 == e {
		// "A PT official": two capitals are initials; one longer word
		// may be a place's ("A Tromsø official", claim108), and is
		// left as read.
		if one && v.toks[k].end-v.toks[k].start == 2 {
			return k, k + 1, true
		}
		return 0, 0, false
	}
	if m+2 >= e || !v.is(m+1, wIn, wAt) || v.kindHead(m+2, e) >= 0 {
		return 0, 0, false
	}
	if x, y := v.reduce(s, m+1); x > s || y < m+1 {
		return x, y, true
	}
	if one {
		return k, k + 1, true
	}
	return 0, 0, false
}

// generalPost returns, for a phrase closing on "secretary general" or
// "director general" after a possessive, the body the post reduces to
// without "general".
func (v *view) generalPost(s, e int) (int, int, bool) {
	if e-s < 4 || !v.words.has(wGeneral) || v.toks[e-1].low != "general" || v.toks[e-1].capital || v.toks[e-2].low != "secretary" && v.toks[e-2].low != "director" {
		return 0, 0, false
	}
	if !v.isOne(e-3, wS) && !v.isOne(e-3, wApostrophe) {
		return 0, 0, false
	}
	if x, y := v.reduce(s, e-1); x > s || y < e-1 {
		return x, y, true
	}
	return 0, 0, false
}
