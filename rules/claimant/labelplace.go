package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// placeNouns close a place's name: "KHARKIV REGION", "MYKOLAIV OBLAST".
var placeNouns = set("region oblast province state district governorate county city")

// labelPlace returns where a label's words end before a place closing it
// after a comma: a segment ending in a place noun ("GOVERNOR MYKOLA BONDAR,
// KHARKIV REGION"), or any short segment after a description of the
// speaker or her post ("ELNOUR HASSAN, EMERGENCY ROOM VOLUNTEER,
// OMDURMAN"): where she speaks from. A body after a name ("SARAH OKAFOR,
// UNRWA") is not a place: only its position or its noun says so.
func (v *view) labelPlace(start, end int) (int, bool) {
	c := v.commaBefore(start, end)
	if c < 0 || end-c-1 < 1 {
		return 0, false
	}
	p := v.commaBefore(start, c) + 1
	// "GOV. ANTÔNIO REIS, RIO GRANDE DO SUL": what follows a place's
	// office-holder is the place she holds it for, however many words
	// its name runs to, when it names no kind of body.
	if p == 0 && v.titledNamePlace(start, c) && end-c-1 <= 6 && !v.bodyEnds(end) && (v.placeWords(c+1, end) || v.allCapitalised(c+1, end)) {
		return c, true
	}
	// "..., NEAR KASSALA", "..., ON THE GOLAN FRONT", "..., JUST BACK
	// FROM RAFAH": where in words (labelwherewords.go).
	if v.whereSegment(c+1, end) {
		return c, true
	}
	if !v.placeWords(c+1, end) {
		return 0, false
	}
	// "KHALID AL MARRI, CHIEF EXECUTIVE, JEBEL ALI FREE ZONE": a
	// company's post alone, then three words or more that name no place
	// the rules know and open with no direction, names the
	// company he runs, not where he is ("REGIONAL GOVERNOR, KHERSON",
	// "HEAD OF CIVIL DEFENCE, NORTH GAZA" stay places).
	if c-p <= 3 && executivePosts[v.toks[c-1].low] && end-c-1 >= 3 && !directionIDs.has(&v.toks[c+1].spelling) && v.allCapitalised(c+1, end) && !v.placeName(c+1, end) {
		return 0, false
	}
	if placeNouns[v.toks[end-1].low] && end-c-1 > 1 {
		return c, true
	}
	// "DR AMAKA OBI, DIRECTOR-GENERAL, NCDC", "..., SPOKESWOMAN, NSCDC": a
	// word with no vowel is a body's initials, never a place's name, and
	// names whom the post is held for.
	if end-c-1 == 1 && vowelless(v.toks[c+1].low) {
		return 0, false
	}
	// "OLENA SHEVCHUK, SPOKESWOMAN, KHARKIV REGIONAL ADMINISTRATION": a
	// kind of body closing the segment names the body she speaks for.
	if v.bodyEnds(end) {
		return 0, false
	}
	// "HÉCTOR RUIZ, DIRECTOR, HOSPITAL PENNA", "..., INSTITUTO
	// BUTANTAN": a name that opens with its kind, as Spanish and
	// Portuguese write a hospital's or an institute's, names the body
	// too (claim49).
	if end-c-1 >= 2 && institutionNouns[v.toks[c+1].low] && !v.placeName(c+2, end) {
		return 0, false
	}
	// "DR. AMANI IDRIS, MSF, PORT SUDAN", "MARIAM HASSAN, KHAN YOUNIS": a
	// place the rules know by name is where the speaker is, never whom
	// she speaks for, wherever it stands after her name.
	if v.placeName(c+1, end) {
		return c, true
	}
	if p == 0 {
		return c, false
	}
	// "KHALID AL-MANSOURI, SPOKESMAN, RAPID SUPPORT FORCES": a bare
	// spokesman speaks for someone, and the segment after him names whom;
	// a place of one word, or one opening with a direction ("NORTH
	// GAZA"), is still where he is.
	if c-p == 1 && strings.HasPrefix(v.toks[p].low, "spokes") && (end-c-1 >= 2 || v.oneWordBody(c+1)) && (!directionIDs.has(&v.toks[c+1].spelling) || v.bodyEnds(end) || forceKinds[v.toks[end-1].low]) {
		return 0, false
	}
	// "HASSAN AL-AMIN, HEAD OF CIVIL DEFENCE, NORTH GAZA": a post of a
	// body, then where.
	// "SALIFOU OUEDRAOGO, FARMER, DJIBO": a calling alone, then one word,
	// is where she works; a longer segment after it may name her body
	// ("POLLSTER, OPINIA RESEARCH", see namesBody).
	// ("KOUADIO YAO, COCOA FARMER, SOUBRÉ": a calling with one word of
	// what she works at before it, no body's word, is a calling too.)
	// ("AMOS KIPRONO, FARMER, UASIN GISHU": two words after a calling of
	// the land or the street, neither a body's word, are a place's name
	// as one word is; a calling that works for a firm keeps the body
	// after it, "BANKER, STANBIC IBTC", "POLLSTER, OPINIA RESEARCH".)
	// ("DR. AMINA DIALLO, EPIDEMIOLOGIST, INRB": labellearned.go.)
	if v.learnedAtBody(p, c, end) {
		return 0, false
	}
	if v.describesPerson(p, c) || (end-c-1 == 1 || v.bareNameWords(c+1, end) && ownAccountCalling(v.toks[c-1].low)) && (c-p == 1 || v.modifiedCalling(p, c)) && calling(v.toks[c-1].low) || v.toks[c-1].post() || v.sitePost(p, c) || v.postOfSegment(p, c) > 0 || v.bodyMember(p, c) {
		return c, true
	}
	// "HALA NASSER, SPOKESWOMAN, PALESTINIAN RED CRESCENT SOCIETY,
	// RAMALLAH": after the name, who she is and her body, the last short
	// segment is where she is, not a second body.
	// "JONAS WEBER, IFRC, GENEVA": a body named after the name, no place
	// of the rules' own, is whom she speaks for, and a short segment
	// after it is where she is: a speaker speaks for one body. Four
	// segments or more ("KAREEM HADDAD, PARAMEDIC, LEBANESE RED CROSS,
	// TYRE"): whatever the second says, the last is where.
	pp := v.commaBefore(start, p-1) + 1
	return c, pp != 0 && p-1 > pp || v.namesBody(p, c)
}

// executivePosts are a company's or an institution's top posts, which
// an office of government never is ("CHIEF EXECUTIVE", "MANAGING
// DIRECTOR", "CHAIRMAN", "CEO").
var executivePosts = set("executive director chairman chairwoman ceo")

// postRanks say which of a body's posts ("MANAGING DIRECTOR", "DIRECTOR
// GENERAL") beside ranks.
var postRanks = set("managing general operating deputy senior acting")

// namesBody reports whether the label segment [s, e), after the speaker's
// name, names a body by its own name: no place the rules know, and no
// person's calling closing it ("POLLSTER", "FARMER": a person noun, read
// as agentNoun reads its plural). "IFRC", "MSF", "NORWEGIAN REFUGEE
// COUNCIL" are bodies; "MARTA KOWALCZYK, POLLSTER, OPINIA RESEARCH" names
// her body after her calling.
func (v *view) namesBody(s, e int) bool {
	w := v.toks[e-1].low
	return !v.placeName(s, e) && !agentNoun(w) && !agentNoun(w+"s") && !v.toks[e-1].post()
}

// bareNameWords reports whether label tokens [s, e) are two capitalised
// words, none a word the lexicons or the figures' vocabulary know, a kind
// of body, a post, a name's kind or a body's initials: a place's name of
// two words ("UASIN GISHU", "BELET WEYNE") is such.
func (v *view) bareNameWords(s, e int) bool {
	if e-s != 2 {
		return false
	}
	for k := s; k < e; k++ {
		t := &v.toks[k]
		if !t.word || !t.capital || t.inLexicon() || figures.VocabID(t.low) != 0 || v.bodyWord(k) || t.nameKind() || vowelless(t.low) {
			return false
		}
	}
	return true
}

// ownAccountCalling reports whether the calling w is worked on one's own
// account, at a place and for no firm: a farm, a stall, a boat, a herd,
// a taxi ("FARMER", "TRADER", "FISHERMAN", "TEA PICKER", "HOTEL OWNER").
// Only after such a calling is an unknown name of two words where the
// speaker is; after a banker's, a consultant's or a pollster's it is the
// firm she works for.
func ownAccountCalling(w string) bool {
	return ownAccount[w] || manCallings[w]
}

// ownAccount are the callings of the land and the street.
var ownAccount = set("farmer smallholder grower herder pastoralist trader vendor hawker shopkeeper stallholder fisher miner picker " +
	"driver rider owner labourer laborer")
