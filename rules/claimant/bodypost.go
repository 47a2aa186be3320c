package claimant

import "strings"

// A body's post may stand between the body's name and its holder's:
// "Turkish Red Crescent head Fatma Meric Yilmaz noted", "a senior Egyptian
// Red Crescent official, Khaled Zayed, told reporters", "Save the Children
// country director Inger Ashing said". The post is the body's, so the body
// speaks (convention 1), as after its initials ("AFAD chief Orhan Tatar",
// initialsPostName). A government's office ("Police Minister Thabo
// Ndlovu", "Kharkiv regional governor Oleh Syniehubov") has its holder
// named instead (convention 8), and a people's adjective or a place before
// a post ("a senior Israeli official", "a North Darfur official") names no
// body.

// namedBodyPost reads, at token k of the phrase [s, e), a lower-case post
// in the singular after a body's name of two capitalised words or more,
// closing the phrase or followed by its holder's name. Only a determiner
// and ranks ("a senior", "the deputy") may open the phrase before the
// body's name. It returns the body's words.
func (v *view) namedBodyPost(s, k, e int) (int, int, bool) {
	t := &v.toks[k]
	// "Central Bank of Kenya Governor Peter Wairimu": a post written as a
	// title before its holder's name, after an organisation's own name
	// ("the Health Service Executive" with no name after it is a name).
	// ("Calder Regional Medical Center CEO Dr. Ann Fry": a head's post
	// written as its initials is titled so too; claim112.)
	// ("Bank of Greece governor Eleni Makri": the office in lower case,
	// its holder's name after it, heads the organisation as the title
	// does; claim121.)
	lowerOffice := !t.capital && t.has(cOffice|cOfficeNoun)
	titled := (t.capital && (!t.shouted || headPostIDs.has(&t.spelling)) || lowerOffice) && k-s >= 2 && k+1 < e && v.toks[k+1].capital && v.organisationBefore(s, k)
	if k-s < 1 || !t.word || t.capital && !titled || !t.post() && t.low != "president" && !titled || strings.HasSuffix(t.low, "s") || spokesWord(t.low) || t.has(cOffice) && t.low != "president" && !titled || t.has(cOfficeNoun) && strings.HasSuffix(t.low, "or") && !titled {
		return 0, 0, false
	}
	// What follows the post: nothing, or its holder's name ("head Fatma
	// Meric Yilmaz"), after a rank joined to the post ("-general").
	n := k + 1
	if v.isOne(n, wDash) && !v.toks[n].space && v.isOne(n+1, wGeneral) {
		n += 2
	}
	if n < e && (!v.holderSized(n, e) || !v.personName(n, e)) {
		return 0, 0, false
	}
	// The body's name: capitalised words, and the link words and "the"
	// inside it ("Save the Children"), lower-case role modifiers of the
	// post read off first ("country director").
	b := k
	for b-1 > s && v.toks[b-1].has(cRoleModifier) && !v.toks[b-1].capital {
		b--
	}
	x, caps := b, 0
	for x-1 >= s {
		p := &v.toks[x-1]
		// ("Ceylon Dockers' Union general secretary X": a plural's
		// possessive inside the body's name; claim118.)
		if p.word && p.capital && !p.has(cDeterminer) && !v.sentenceWord(x-1) {
			caps++
		} else if !v.pluralPossInName(x-1, s, b) && !(x-1 > s && (p.has(cLink) || v.isOne(x-1, wThe)) && v.toks[x-2].capital && x < b) {
			break
		}
		x--
	}
	if caps < 2 && t.low == "president" {
		return 0, 0, false // "Kenyan president William Ruto": an office
	}
	if caps < 2 {
		// "Ukrenergo chief Taras Hnatiuk", "Shifa hospital director Dr
		// Yousef Haniyeh": a name of one word, or with its kind, before a
		// post its holder's name follows (orghead.go).
		// ("Al-Aqsa hospital director": institutionpost.go.)
		// ("Ukrenergo chief says": a head's post alone after one name is
		// the head of a body, as no doctor or official of a place is.)
		// ("A GuySuCo official", "a PhilHealth spokesman": a coined
		// name, capitals inside one word, is a body's, never a place's.)
		if n == e && !v.kindBeforePost(s, b) && !headPostIDs.has(&t.spelling) && !(b-1 >= s && v.coinedName(b-1)) {
			return 0, 0, false // "A Tromsø doctor", "Every official"
		}
		return v.namedHeadBody(s, b)
	}
	if !v.toks[x].capital || v.placeName(x, b) {
		return 0, 0, false
	}
	// Before the name: a determiner and ranks only.
	for m := s; m < x; m++ {
		if q := &v.toks[m]; !q.has(cDeterminer) && !(q.has(cRank) && !q.capital) {
			return 0, 0, false
		}
	}
	// "a senior Israeli Defence Ministry official" keeps its body whole;
	// "the Israeli and Egyptian" are peoples, no body.
	if v.peoplesOnly(x, b) || t.low == "president" && !v.bodyPresident(x, b) {
		return 0, 0, false
	}
	return x, b, true
}

// organisationBefore reports whether the capitalised words straight before
// token k, from s, name an organisation by a kind of body of its own that
// is no government's or place's ("Central Bank of Kenya", "Capital
// Markets Authority", "Kenya Power Company"): its head's post, a title
// even when it is a governor's, is the organisation's (convention 8).
// "Kisumu County Governor", "Regional Administration Head" name offices,
// and so does a force's ("National Police Service Inspector General": a
// police or army chief is an office of command, held by the name).
func (v *view) organisationBefore(s, k int) bool {
	kind := false
	for m := k - 1; m >= s; m-- {
		t := &v.toks[m]
		if !t.word || !t.capital && !t.has(cLink) && !v.is(m, wOf, wAnd, wFor) {
			break
		}
		// ("Tea Export Council Chairman": a council with no town's or
		// division's sign is an organisation's name; claim118.)
		if w := t.low; placeNouns[w] || adminNouns[w] && (w != "council" || v.localCouncil(s, m)) || governments[w] || forceNouns[w] {
			return false
		}
		// ("Calder Regional Medical Center CEO": an institution's kind
		// names an organisation too; claim112.)
		if t.capital && (bodyNouns[t.low] || t.has(cInstitution)) {
			kind = true
		}
	}
	return kind
}

// headPosts are the posts of a body's head: after one capitalised name
// with no holder's name ("Ukrenergo chief says", "Naftogaz head says")
// the name is a body's, whose head speaks for it (convention 8).
var headPosts = set("chief head ceo chairman chairwoman director")
