package claimant

import "strings"

// A transcript label names its speaker, then may say who she is after a
// comma: her body ("SARAH OKAFOR, UNRWA"), her post in it ("OMAR FARES,
// CIVIL DEFENCE SPOKESMAN, GAZA"), or a description of a person speaking
// for herself ("SAMIR ABU JARAD, DISPLACED RESIDENT", "PROF. DAVID LANG,
// EPIDEMIOLOGIST", "MARIAM, DISPLACED FROM KHAN YOUNIS"). Convention 8: a
// body is its speaker's; a description gives way to the name.

// describesPerson reports whether the label segment [s, e) describes a
// person rather than naming a body: its head, the word before its first
// preposition or its last word, is a person noun that is no post ("RESIDENT",
// "VOLUNTEER", "EPIDEMIOLOGIST"), or a participle and a preposition
// describing her ("DISPLACED FROM KHAN YOUNIS", "DISPLACED MOTHER OF
// FOUR").
func (v *view) describesPerson(s, e int) bool {
	if s >= e {
		return false
	}
	h := v.headBeforeOf(s, e)
	t := &v.toks[h]
	// "VOLUNTEER DOCTOR", "VOLUNTEER PARAMEDIC": one of a body's people
	// at work, qualified by another, names no body.
	if e-s == 2 && h == e-1 && memberNouns[v.toks[s].low] && memberNouns[t.low] {
		return true
	}
	if !t.word || t.post() || showRoleIDs.has(&t.spelling) {
		return false
	}
	w := t.low
	switch {
	case people[w] && !strings.HasSuffix(w, "s") && w != "people", kin[w], fortunes[w]:
		return true
	case w == "calling" && h == s:
		// "RAÚL ESPÍNDOLA, CALLING, BAHÍA BLANCA": a listener calling in
		// to a phone-in, who speaks for herself (claim49).
		return true
	case len(w) > 6 && (strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "lyst")):
		// "EPIDEMIOLOGIST", "ECONOMIST", "PAEDIATRICIAN", "TECHNICIAN",
		// "DEFENCE ANALYST": a person's calling.
		return true
	case h == s && h+1 < e && calling(w) && !memberNouns[w] && v.whereAfterCalling(h+1, e):
		// "CALLER FROM MATHARE", "LISTENER IN KISUMU": a calling, then
		// where the person is, no body named there. ("WORKER AT OXFAM",
		// "NURSE WITH MSF" name the body she works for.)
		return true
	case e-s == 2 && h == e-1 && v.demonym(s) && !v.bodyWord(h):
		// "UKRAINIAN SOLDIER", "SUDANESE FARMER": a person of a country
		// by what she does; "SUDANESE RED CRESCENT", "IRAQI MINISTRY"
		// name a body (see bodyWord).
		return true
	}
	// "DISPLACED FROM KHAN YOUNIS", "DISPLACED MOTHER OF FOUR": a
	// participle opening the segment, with a preposition right after it
	// or after the one noun it qualifies, says what befell a person. A
	// body's name may open with an -ed word too ("UNITED NATIONS",
	// "ASSOCIATED PRESS", "ALLIED HEALTH WORKERS UNION"), but goes on with
	// names, not a phrase on where or what from.
	o := v.toks[s].low
	if e-s < 2 || len(o) <= 5 || !strings.HasSuffix(o, "ed") {
		return false
	}
	link := func(k int) bool { return k < e && (v.toks[k].has(cPreposition) || v.isOne(k, wOf)) }
	return link(s+1) || link(s+2)
}

// whereAfterCalling reports whether label tokens [k, e) after a calling
// say only where its person is: "FROM", "IN" or "OF" and one to three
// words, none a kind of body, a post or initials ("FROM MATHARE", "IN
// KIBERA"). "AT OXFAM", "WITH THE RED CROSS" and "FROM THE RED CROSS
// SOCIETY" name whom she works for.
func (v *view) whereAfterCalling(k, e int) bool {
	if !v.is(k, wFrom, wIn, wOf) || !v.placeWords(k+1, e) {
		return false
	}
	for m := k + 1; m < e; m++ {
		if t := &v.toks[m]; t.word && (v.bodyWord(m) || t.nameKind() || vowelless(t.low) || t.has(cDeterminer)) {
			return false
		}
	}
	return true
}

// vowelless reports whether w, two to seven letters, has no vowel: initials
// ("NCDC", "IFRC"), which a place's name never is.
func vowelless(w string) bool {
	if len(w) < 2 || len(w) > 7 {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' || strings.ContainsRune("aeiouy", r) {
			return false
		}
	}
	return true
}

// calling reports whether w, one word and not a post, names a person by her
// work: its plural an agent noun by its ending ("farmer", "trader") or a
// compound in -man (manCallings: a place may end so too, "TECHIMAN").
func calling(w string) bool {
	return manCallings[w] || len(w) >= 5 && !notAgents[w+"s"] && agentEnding(w+"s")
}

// modifiedCalling reports whether the label segment [s, e) is two words,
// what a person works at and her calling, no post and no body's word:
// "COCOA FARMER", "TAXI DRIVER", "MARKET TRADER". "OXFAM COORDINATOR" is a
// body's post, which the body speaks by.
func (v *view) modifiedCalling(s, e int) bool {
	if e-s == 3 {
		// "BODA BODA RIDER", "SMALL FISH TRADER": two words of what she
		// works at, neither a body's word nor a body's initials
		// ("MSF CLINIC NURSE" keeps its body).
		return !v.bodyWord(s) && !v.bodyWord(s+1) && !vowelless(v.toks[s].low) && !vowelless(v.toks[s+1].low) && !v.toks[e-1].post() && !v.toks[e-1].has(cStaff)
	}
	return e-s == 2 && !v.bodyWord(s) && !v.toks[e-1].post() && !v.toks[e-1].has(cStaff)
}

// manCallings are callings compounded with -man or -woman.
var manCallings = set("fisherman fisherwoman herdsman herdswoman businessman businesswoman policeman policewoman fireman " +
	"craftsman craftswoman tradesman boatman ferryman cattleman")

// bodyWord reports whether the word at k is a post or a kind of body,
// force or office: what a label names a body by.
func (v *view) bodyWord(k int) bool {
	t := &v.toks[k]
	return !t.word || t.post() || t.has(cBody) || t.has(cInstitution) || forceKinds[t.low] || t.has(cOfficeNoun) ||
		memberBodies[t.low] || showRoleIDs.has(&t.spelling) || agentNoun(t.low)
}

// kin are a person described by her family: "UMM AHMAD, MOTHER OF FIVE",
// "NADIA KARIMI, WIDOW OF A FISHERMAN". No body is named by them.
// fortunes are a person described by what befell her or where she
// lives: "MEHMET YILDIZ, SURVIVOR, ANTAKYA". "SURVIVOR" ends in -or but
// is no post (see tok.post).
var fortunes = set("survivor evacuee refugee returnee victim eyewitness neighbour neighbor visitor bystander")

// sitePost reports whether the label segment [s, e) is a post at a kind
// of place or in a line of work, no body named: "CAMP COORDINATOR",
// "SHELTER MANAGER", "FIELD COORDINATOR". The person named before it
// speaks for herself; "OXFAM COORDINATOR" names the body.
func (v *view) sitePost(s, e int) bool {
	// "VILLAGE HEAD", "CAMP LEADER", "VILLAGE ELDER": a head, leader or
	// elder of a place is a post there as a coordinator is (postNouns).
	if e-s < 2 || e-s > 3 || !v.toks[e-1].post() {
		return false
	}
	for k := s; k < e-1; k++ {
		if !workSites[v.toks[k].low] {
			return false
		}
	}
	return true
}

// workSites are places and lines of work a post may be at or in.
var workSites = set("camp camps shelter shelters field site sites ward clinic community village school project programme program " +
	"logistics emergency medical relief operations security protection nutrition distribution reception centre center")

var kin = set("mother father widow widower wife husband son daughter grandmother grandfather brother sister parent")

// postSegment returns, for a label whose last segment [ls, e) follows a
// segment ending in a post with words before it ("CIVIL DEFENCE
// SPOKESMAN, GAZA"), that segment's bounds: the post's body speaks, and the
// segment after it says where. ok is false otherwise.
func (v *view) postSegment(start, ls int) (int, int, bool) {
	pe := ls - 1 // the comma before the last segment
	if pe <= start || !v.isOne(pe, wComma) {
		return 0, 0, false
	}
	ps := start
	for k := pe - 1; k > start; k-- {
		if v.isOne(k, wComma) {
			ps = k + 1
			break
		}
	}
	if ps == start || pe-ps < 2 || !v.toks[pe-1].post() || v.bodyEnds(ls) {
		return 0, 0, false
	}
	// "KHALID AL MARRI, CHIEF EXECUTIVE, JEBEL ALI FREE ZONE": a post
	// with only its rank names no body; the segment after it does.
	for k := ps; k < pe; k++ {
		if t := &v.toks[k]; !t.post() && !t.has(cRankTitle) && !postRanks[t.low] {
			return ps, pe, true
		}
	}
	return 0, 0, false
}

// placeWords reports whether tokens [a, b) are one to three words, an
// apostrophe or a hyphen joining two of them inside a name ("TALAT
// N'YAAQOUB", "AIT-OURIR"): a place's name in a label.
func (v *view) placeWords(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		switch {
		case v.toks[k].word:
			n++
		case v.is(k, wApostrophe, wDash) && k > a && k+1 < b && !v.toks[k].space && v.toks[k+1].word: // spell writes "’" as "'"
		default:
			return false
		}
	}
	return n >= 1 && n <= 3
}

// forceKinds close an armed body's name: "RAPID SUPPORT FORCES",
// "SOUTHERN DEFENCE FORCES".
var forceKinds = set("forces army guard militia brigade brigades command")

// directions open a place's name: "NORTH GAZA", "EASTERN CHAD".
var directions = set("north south east west northern southern eastern western central upper lower")

// postOfSegment returns where the body starts in a label segment [s, e)
// that is a post of it ("HEAD OF CIVIL DEFENCE", "DIRECTOR OF THE AL-AWDA
// HOSPITAL"): the body speaks (convention 1); 0 when the segment is no such
// thing.
func (v *view) postOfSegment(s, e int) int {
	k := s
	for k < e-2 && k < s+2 && !v.toks[k].post() && v.toks[k].word {
		k++ // "DEPUTY HEAD OF", "MEDICAL DIRECTOR OF"
	}
	if !v.toks[k].post() || !v.isOne(k+1, wOf) || k+2 >= e {
		return 0
	}
	n := k + 2
	if v.toks[n].has(cDeterminer) && n+1 < e {
		n++
	}
	return n
}

// bodyEnds reports whether a label's segment closing before token end, or
// running to the label's end when end is a segment's start, ends in a kind
// of body ("ODESA CITY COUNCIL", "AL-AWDA HOSPITAL"): a body, not where.
func (v *view) bodyEnds(end int) bool {
	for end < len(v.toks) && (v.toks[end].word || v.isOne(end, wDash) && !v.toks[end].space) {
		end++
	}
	w := v.toks[end-1].low
	return bodyNouns[w] || institutionNouns[w]
}

// commaBefore returns the last comma strictly between tokens start and
// end, or -1: a label's segments are read from its end.
func (v *view) commaBefore(start, end int) int {
	for k := end - 1; k > start; k-- {
		if v.isOne(k, wComma) {
			return k
		}
	}
	return -1
}

// labelBody reports whether a speaker label closing at byte lbEnd named
// its speaker's body rather than the speaker: the claimant's words follow
// a comma in the label ("PETER MWANGI, INFOTRAK", "OMAR FARES, CIVIL
// DEFENCE SPOKESMAN"), where a name never stands.
func (c *call) labelBody(cl Claimant, lbEnd int) bool {
	if cl.Start >= lbEnd || cl.Start < lbEnd-80 || cl.Start < 0 {
		return false
	}
	seg := c.d.Text[lbEnd-80+max(0, 80-lbEnd) : cl.Start]
	if k := strings.LastIndexAny(seg, "\n?!:"); k >= 0 {
		seg = seg[k+1:]
	}
	return strings.Contains(seg, ",")
}

// kindOfBodyLast reports whether a label's words end in a kind of body
// that is no outlet: "SUDAN DOCTORS NETWORK", "SUDANESE AMERICAN MEDICAL
// ASSOCIATION", "KENYA RED CROSS SOCIETY".
func kindOfBodyLast(words string) bool {
	w := strings.ToLower(words[strings.LastIndexByte(words, ' ')+1:])
	return bodyNouns[w] && !mediaKinds[w] || institutionNouns[w] || memberBodies[w]
}

// memberBodies are bodies of members, named by their kind.
var memberBodies = set("association union alliance league coalition syndicate")

// mediaKinds are bodies that publish: their "our count" is an outlet's.
var mediaKinds = set("broadcaster outlet network service")

// headBeforeOf is the head word of the phrase [s, e): its last word, or the
// word before its first preposition ("MOTHER OF FIVE", "WIDOW OF A
// FISHERMAN", "the chief inspector of prisons": "of" ends the head as a
// preposition does).
func (v *view) headBeforeOf(s, e int) int {
	for k := s + 1; k < e; k++ {
		if v.toks[k].has(cPreposition) || v.isOne(k, wOf) {
			return k - 1
		}
	}
	return e - 1
}
