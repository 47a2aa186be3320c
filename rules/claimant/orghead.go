package claimant

import "strings"

// The named head of a named organisation speaks for it, an office of
// government or command is written by its holder's name (README
// convention 8): "Ukrenergo chief Taras Hnatiuk said" and "Shifa hospital
// director Dr Yousef Haniyeh says" are Ukrenergo's and Shifa hospital's;
// "regional head Serhiy Koval", "Kyiv city military administration head
// Tymofiy Hrytsai", "regional police chief Serhiy Bondar" are the names.
// What tells them apart is what stands before the post: a proper name of
// a body's own (one capitalised word that is no place, no people's
// adjective and no ordinary word, or capitalised words closed by a
// lower-case kind of institution) makes an organisation; lower-case
// scopes, places, forces and a government's kinds of administration make
// an office.

// namedHeadBody reads, before the post at b in the phrase [s, e), a
// body's proper name of one capitalised word ("Ukrenergo chief",
// "Naftogaz chief executive") or capitalised words closed by a lower-case
// kind of institution ("Shifa hospital director"), the post followed by
// its holder's name. It returns the name's words; namedBodyPost has read
// names of two capitalised words or more. Without the holder's name one
// capitalised word before a post is as often a place or a quantity ("A
// Tromsø doctor", "Every official we spoke to"), and is left as written.
func (v *view) namedHeadBody(s, b int) (int, int, bool) {
	y := b
	if y-1 > s && v.toks[y-1].has(cInstitution) && !v.toks[y-1].capital {
		y--
	}
	x := y
	for x-1 >= s && v.toks[x-1].word && v.toks[x-1].capital && !v.toks[x-1].has(cDeterminer) {
		x--
	}
	// ("Al-Shifa director": a hyphened name of one word before the
	// post.)
	if y == b && y-x == 1 && x-2 >= s && v.isOne(x-1, wDash) && !v.toks[x-1].space && !v.toks[x].space && v.toks[x-2].word && v.toks[x-2].capital && !v.toks[x-2].has(cDeterminer) {
		x -= 2
	}
	// "Al-Aqsa hospital director": a hyphened name before an
	// institution's kind (institutionpost.go).
	if y < b && x < y {
		if h := v.capitalsBefore(y, s); h < x && y-h <= 5 {
			x = h
		}
	}
	// A capital opening the sentence may be an ordinary word ("Police
	// chief", "Regional head"); a place or a people names no body
	// ("Kharkiv mayor", "Turkish official").
	hyphened := y-x >= 3 && v.isOne(x+1, wDash) && !v.toks[x+1].space
	// ("Al-Shifa director": a hyphened name is one word too.)
	if x == y || y-x > 5 || y-x > 3 && !v.isOne(x+1, wDash) || y == b && y-x != 1 && !(y-x == 3 && hyphened) {
		return 0, 0, false
	}
	for k := x; k < y; k++ {
		t := &v.toks[k]
		if hyphened {
			continue // "Al-Aqsa": parts of one name, no ordinary word
		}
		if t.inLexicon() || v.sentenceWord(k) || t.has(cRank) || t.has(cRoleModifier) || placeNouns[t.low] || directionIDs.has(&t.spelling) {
			return 0, 0, false
		}
	}
	if v.placeName(x, y) || v.peoplesOnly(x, y) || v.knownPlace(x, y) {
		return 0, 0, false
	}
	// One word opening the sentence with no kind after it is a name only
	// when it is none of the finder's nouns of bodies, forces, remits or
	// places, nor shaped as an abstract noun ("Election chief", "Police
	// chief", "Hospital director" open on ordinary words).
	if y == b && (x == 0 || !v.toks[x-1].word) && v.ordinaryOpening(x) {
		return 0, 0, false
	}
	// Before the name: a determiner and ranks only.
	for m := s; m < x; m++ {
		if q := &v.toks[m]; !q.has(cDeterminer) && !(q.has(cRank) && !q.capital) {
			return 0, 0, false
		}
	}
	return x, b, true
}

// officeHeadName reads a post closed by its holder's name, tokens [s, e),
// with no organisation named before the post: only lower-case scopes and
// kinds ("regional head", "regional police chief", "village chief"),
// places, and a government's kind of administration closing them ("Kyiv
// city military administration head"). The office is held by the name,
// which it returns. A post after a body's own name, a service or an
// institution ("civil defence chief", "hospital director") is read
// elsewhere.
func (v *view) officeHeadName(s, e int) (int, bool) {
	for k := s; k+2 < e && k <= s+7; k++ {
		t := &v.toks[k]
		if !t.word || t.capital && !(k == s && !t.shouted) || !t.post() || spokesWord(t.low) || t.has(cStaff) && t.low != "director" {
			continue
		}
		n := k + 1
		if v.isOne(n, wDash) && !v.toks[n].space && v.isOne(n+1, wGeneral) {
			n += 2
		}
		if !v.holderSized(n, e) || !v.personName(n, e) || v.placeName(n, e) {
			// "chief fire officer Sigrún Helgadóttir": a rank that is a
			// post's word too opens an office of more lower-case words,
			// whose last is the post the name holds.
			if n < e && v.toks[n].word && !v.toks[n].capital && !v.toks[n].has(cDeterminer|cLink|cPreposition|cPronoun) {
				continue
			}
			return 0, false
		}
		if k == s {
			return 0, false // a bare post: titles are read elsewhere
		}
		// "the regional military administration's head Ivan Fedorov":
		// the administration's possessive before the post, which holds
		// it as "administration head" does.
		pk, poss := k-1, false
		if pk-2 > s && v.isOne(pk, wS) && v.isOne(pk-1, wApostrophe) && (adminNouns[v.toks[pk-2].low] || v.toks[pk-2].has(cGovernment)) && !v.toks[pk-2].capital {
			pk, poss = pk-2, true
		}
		// What stands before the post: a government's administration, or
		// scopes and places only.
		if p := &v.toks[pk]; !p.capital && (p.has(cBody) || p.has(cInstitution) || serviceKindIDs.has(&p.spelling) && !forceKinds[p.low] && p.low != "police") && !adminNouns[p.low] && !p.has(cGovernment) {
			return 0, false
		}
		m := s
		if v.toks[m].has(cDeterminer) {
			m++
		}
		for m < k {
			q := &v.toks[m]
			switch {
			case poss && m == pk+1:
				m += 2
			case !q.word:
				return 0, false
			case !q.capital || m == s && (q.inLexicon() || q.has(cRank) || q.has(cRoleModifier) || directionIDs.has(&q.spelling)):
				m++
			default:
				// a run of capitals must be a place
				r := m
				for r < k && v.toks[r].capital && v.toks[r].word {
					r++
				}
				if !v.placeName(m, r) {
					return 0, false
				}
				m = r
			}
		}
		return n, true
	}
	return 0, false
}

// ordinaryOpening reports whether the capitalised word at i, opening its
// sentence, reads as an ordinary noun: one of the finder's kinds of body,
// force, institution, site, administration or remit, or an abstract noun by its
// ending.
func (v *view) ordinaryOpening(i int) bool {
	w := v.toks[i].low
	if bodyNouns[w] || institutionNouns[w] || workSites[w] || serviceKinds[w] || forceKinds[w] || governments[w] || adminNouns[w] || placeNouns[w] || departmentRemits[w] {
		return true
	}
	for _, suf := range abstractEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// abstractEndings close English nouns of a field or an activity
// ("election", "employment", "security", "defence", "finance", "housing").
var abstractEndings = []string{"tion", "sion", "ment", "ity", "ence", "ance", "ing", "ary", "ure", "ism"}
