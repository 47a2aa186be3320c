package claimant

import "strings"

// postNouns name a post in a body: its holder speaks for the body.
// ("adviser" is "advisor" spelt the British way, which the -or form
// of tok.post does not reach.)
var postNouns = set("chief head leader elder manager officer commissioner secretary minister chairman chairwoman chair mayor adviser executive " +
	// claim112: a chief executive written as its initials ("Mercy Hospital
	// CEO Dr. Alan Reyes"), a head's post as "chief executive" is.
	"ceo")

// post reports whether a token's word names a post: a staff noun, one of
// postNouns, or an agent noun in -or ("director", "coordinator"), not a
// fortune's noun. It is answered by the word's class bits rather than
// the maps (readers ask it of every word of a phrase).
func (t *tok) post() bool {
	return t.cls&(cStaff|cPost) != 0 || t.own&spAgentOr != 0
}

// agentOr reports whether w is an agent noun in -or past five letters
// that is no fortune's noun: a spelling's spAgentOr, worked out once per
// spelling rather than at each of post's hundred call sites.
func agentOr(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "or") && !fortunes[w] && !givenOr[w]
}

// givenOr are given names in -or, which the ending would read as a post
// ("NÉSTOR ACUÑA, CALLING, MORÓN:", "HÉCTOR RUIZ, DIRECTOR, ...": claim49).
var givenOr = set("nestor néstor hector héctor victor víctor salvador eleanor leonor teodor fyodor gregor trevor amador")

// spokesWord reports whether lower-cased w is a spokesperson's word:
// "spokesman", "spokeswoman", "spokesperson", "spokespeople".
func spokesWord(w string) bool { return strings.HasPrefix(w, "spokes") }

// postEndsAt reports whether a post ends at token k: a post's word, or a
// rank joined to one ("commissioner-general", "under-secretary-general").
func (v *view) postEndsAt(k int) bool {
	t := &v.toks[k]
	if t.capital {
		return false
	}
	if t.post() {
		return true
	}
	return k >= 2 && v.isOne(k, wGeneral) && v.isOne(k-1, wDash) && !t.space && !v.toks[k-1].space && v.toks[k-2].post()
}

// postOf reads, at token k of the phrase [s, e), a post after its body's
// possessive: "the agency's chief", "Save the Children's regional
// director", "MSF's emergency coordinator for Sudan" (a place or a remit
// after "for" or "in" may end the phrase). It returns the possessive's
// start, where the body's words end.
func (v *view) postOf(s, k, e int) (int, bool) {
	if k <= s || !v.toks[k].post() || v.toks[k].capital {
		return 0, false
	}
	r := k + 1
	// "UNRWA's commissioner-general", "the agency's director-general": a
	// post's rank joined to it is the post's.
	if v.isOne(r, wDash) && !v.toks[r].space && v.isOne(r+1, wGeneral) {
		r += 2
	}
	if r < e && !v.postRemit(r, e) {
		return 0, false
	}
	// lower-case modifiers of the post: "regional", "emergency"
	m := k - 1
	// ("Welthungerhilfe's country director", "UNICEF's country
	// representative": the country a body's post covers.)
	for m > s && m >= k-3 && v.toks[m].word && !v.toks[m].capital && !v.isOne(m, wS) && (!v.toks[m].inLexicon() || v.toks[m].low == "country") {
		m--
	}
	// ("Oxfam's Sudan director", "UNICEF's Middle East chief": the place
	// the post covers, named before it.)
	// ("Oxfam's Benelux director": a region no lexicon knows before a
	// person's post, coveredRegionBefore.)
	if c := v.coveredPlaceBefore(m, s); c < m {
		m = c
	} else if v.personsPost(k) {
		m = v.coveredRegionBefore(m, s)
	}
	b := m
	if v.isOne(m, wS) && v.isOne(m-1, wApostrophe) {
		b = m - 1
	}
	if !v.isOne(b, wApostrophe) || b <= s || !v.toks[b-1].poss {
		return 0, false
	}
	// "Kharkiv's regional governor", "Ukraine's general staff", "the
	// region's governor": a place's office is kept whole. A body is named
	// by its kind ("the agency's", "the hospital's"), in several
	// capitalised words ("Save the Children's") or by its initials
	// ("MSF's").
	p := &v.toks[b-1]
	// "the eastern-based government's health minister": a government's
	// office is an office of state, held by a person and kept whole as a
	// place's is; "the government's spokesman" speaks for it.
	if p.has(cGovernment) && v.toks[k].has(cOfficeNoun) {
		return 0, false
	}
	// (Initials of two letters, "UN's", read as a capital and no
	// lexicon word.)
	body := p.has(cBody) || p.has(cInstitution) && !p.capital || p.has(cGovernment) || p.shouted || len(p.low) == 2 && p.capital && !p.inLexicon()
	if x := v.npBefore(b, s); !body && p.capital {
		caps := 0
		for k := x; k < b; k++ {
			if v.toks[k].capital && v.toks[k].word && !v.toks[k].has(cDeterminer) {
				caps++
			}
		}
		// ("New Zealand's foreign minister", "Saudi Arabia's health
		// minister": a place of two words holds an office as one of one
		// word does, and is no body's name.)
		n := x
		for n < b && v.toks[n].has(cDeterminer) {
			n++
		}
		body = caps >= 2 && !v.placeName(n, b)
		// "Welthungerhilfe's country director", "Oxfam's head of
		// humanitarian programmes": one capitalised word before a body's
		// post, no office of state, that is no place or people and no
		// word the lexicons know, names the body.
		// ("Assam's education secretary": a portfolio's secretary is an
		// office of state, portfolioowner.go.)
		if caps == 1 && b-n == 1 && !v.toks[k].has(cOfficeNoun) && !(v.toks[k].low == "secretary" && v.portfolioAfterOwner(v.possEnd(b-1), k)) && !p.inLexicon() && !v.placeName(n, b) && !demonym(p.low) && !v.sentenceWord(n) {
			body = true
		}
	}
	return b, body
}

// postBeforeName reads "Electoral commission chairman Mahmood Yakubu" in
// the phrase [s, e): a body's words, a post and the holder's name. It
// returns where the body's words end.
func (v *view) postBeforeName(s, e int) (int, bool) {
	for k := s + 1; k+1 < e; k++ {
		t := &v.toks[k]
		if t.capital || !t.word || !t.post() {
			continue
		}
		if !v.toks[k-1].has(cBody) || !v.allCapitalised(k+1, e) {
			return 0, false
		}
		return k, true
	}
	return 0, false
}

// postOfBody reads a phrase [a, b) read up to "of" after a post: "the head
// of" before "the city's military administration". The post speaks for
// the body, whose phrase after "of" it returns; otherwise [a, b).
func (v *view) postOfBody(a, b, hi int) (int, int) {
	if b-a < 2 || !v.isOne(b-1, wOf) || !v.toks[b-2].post() {
		return a, b
	}
	if x, y := v.npAfter(b, hi); y > x && (v.toks[y-1].has(cBody) || v.toks[y-1].has(cGovernment) || v.bodyName(x, y)) {
		return x, y
	}
	return a, b
}

// personOfBody reads one person of a body in the phrase [s, e): "a" and a
// people noun opening it, then "from", "with", "in" or "of" and a phrase
// that names a body by its kind or initials ("the Ahbap volunteer group",
// "the SBU security service", "MSF"). A place ("a resident of Kharkiv")
// is not one, and people in the plural ("Engineers with the city
// council") are the claimant themselves.
func (v *view) personOfBody(s, e int) (int, int, bool) {
	if !v.is(s, wA, wAn) {
		return 0, 0, false
	}
	k := s
	for k < e-1 && (v.toks[k].has(cDeterminer) || v.toks[k].word && !v.toks[k].capital && !personNoun(v.toks[k].low) && !v.toks[k].agent() && !fieldMemberIDs.has(&v.toks[k].spelling) && k < s+3) {
		k++
	}
	// ("a paramedic with the Palestine Red Crescent Society": one of the
	// people a body sends out is its person as a rescuer is.)
	if k+2 >= e || !(personNoun(v.toks[k].low) || v.toks[k].agent() || fieldMemberIDs.has(&v.toks[k].spelling)) || v.toks[k].has(cStaff) || !v.is(k+1, wFrom, wWith, wIn, wOf) {
		return 0, 0, false
	}
	x, y := v.npAfter(k+2, e)
	if y != e || y <= x {
		return 0, 0, false
	}
	if last := v.toks[y-1].low; bodyNounIDs.has(&v.toks[y-1].spelling) || governments[last] || v.bodyName(x, y) {
		return x, y, true
	}
	// ("a medic with the Sudanese Red Crescent": the people a body sends
	// out are with a body, whatever its name closes on; a place is
	// where they come from.)
	if fieldMemberIDs.has(&v.toks[k].spelling) && v.is(k+1, wWith, wFrom) && v.toks[y-1].capital && v.named(x, y) && !v.placeName(x, y) && !v.knownPlace(x, y) {
		return x, y, true
	}
	return 0, 0, false
}

// postRemit reports whether tokens [k, e) after a post say what it is for
// and not who: a remit in lower case after "of" ("head of humanitarian
// advocacy"), then perhaps a place or region after "for" or "in" ("for the
// Middle East and North Africa"). A capitalised name after "of" is the
// post's body ("director of Al-Aqsa hospital"), read elsewhere.
func (v *view) postRemit(k, e int) bool {
	if v.isOne(k, wOf) {
		m := k + 1
		for m < e && v.toks[m].word && !v.toks[m].capital && !v.toks[m].has(cDeterminer) && !v.is(m, wFor, wIn) {
			m++
		}
		if m == k+1 {
			return false
		}
		if k = m; k == e {
			return true
		}
	}
	if !v.is(k, wFor, wIn) {
		return false
	}
	// "coordinator in the city": see postplace.go.
	if v.placeByKind(k+1, e) {
		return true
	}
	if v.isOne(k+1, wThe) {
		k++ // "for the Middle East and North Africa"
	}
	return v.allCapitalised(k+1, e)
}

// roleModifiers qualify a post or a person's work in a body: "FIELD
// COORDINATOR", "emergency coordinator", "country director".
// ("general manager", "managing director": a company's or an
// authority's head.)
var roleModifiers = set("field emergency country regional deputy senior chief medical communications press programme project humanitarian executive operations " +
	"general managing")

// offices are posts held in a government for a place, whose holder is
// named, not her place (convention 8).
var offices = set("governor mayor minister president")

// regionWord reports whether the capitalised word at m could name a region
// a post covers: a word of letters in no lexicon, no people's adjective, no
// title and no text in capitals.
func (v *view) regionWord(m int) bool {
	t := &v.toks[m]
	return t.word && t.capital && !t.shouted && !t.inLexicon() && !v.demonym(m) && !t.has(cDay|cMonthName|cRankTitle) && len(t.low) > 3
}

// coveredRegionBefore returns the token before one capitalised word no
// lexicon knows at m, right after a possessive: the region a body's
// person's post covers, named or not in the rules' places ("Oxfam's
// Benelux director", "UNICEF's Sahel chief"); m when none.
func (v *view) coveredRegionBefore(m, s int) int {
	if m-1 <= s || !v.regionWord(m) {
		return m
	}
	if v.isOne(m-1, wApostrophe) || v.isOne(m-1, wS) && v.isOne(m-2, wApostrophe) {
		return m - 1
	}
	return m
}

// personsPost reports whether the post at k is a person's by its class
// (a staff noun or one of postNouns) or an agent noun in -or of eight
// letters or more ("director", "coordinator"): "Border Patrol's Tucson
// sector" is a unit, no post, and keeps its words.
func (v *view) personsPost(k int) bool {
	t := &v.toks[k]
	return t.cls&(cStaff|cPost) != 0 || len(t.low) >= 8 && strings.HasSuffix(t.low, "or")
}

// coveredPlaceBefore returns the token before a place of one to three
// capitalised words ending at token m, after s and right after a
// possessive: the place a body's post covers, named before the post
// ("Oxfam's Sudan director", "Save the Children's Gaza spokeswoman"). A
// place's own office ("Kharkiv's regional governor") has its place
// before the possessive and is read as it was; m when none.
func (v *view) coveredPlaceBefore(m, s int) int {
	if m <= s || !v.toks[m].capital || !v.toks[m].word {
		return m
	}
	for j := m; j > s && j >= m-2; j-- {
		if v.isOne(j-1, wApostrophe) || v.isOne(j-1, wS) && v.isOne(j-2, wApostrophe) {
			if v.placeName(j, m+1) {
				return j - 1
			}
			return m
		}
	}
	return m
}
