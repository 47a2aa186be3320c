package claimant

import "strings"

// A named body's people in the field speak for it (convention 8), and two
// ways of writing them hide the name from the plain reading of "AFAD
// teams" or "Red Crescent volunteers":
//   - the place a body's team works in, between the body's possessive and
//     the team: "MSF's Gaza team says", "the Norwegian Refugee Council's
//     Kabul team counted". The place says where the team is, as "case"
//     says what its workers do in "Plan International's case workers";
//     the owner before the possessive speaks.
//   - an outlet's reporters in the plural after its name: "Reuters
//     correspondents counted", "Anadolu journalists counted", as its
//     reporters, teams and crews do ("Our reporters counted" stays "Our",
//     convention 3).

// placeBeforeTeam returns, when a place's name closes before token m and a
// possessive opens it ("MSF's Gaza" before "team"), the place's first
// token; m otherwise.
func (v *view) placeBeforeTeam(s, m int) int {
	p := m
	for p-1 > s && p >= m-2 && v.toks[p-1].word && v.toks[p-1].capital {
		p--
	}
	if p == m || !v.placeName(p, m) && !v.teamPlaceWords(p, m) {
		return m
	}
	if v.isOne(p-1, wS) && v.isOne(p-2, wApostrophe) && p-2 > s || v.isOne(p-1, wApostrophe) && p-1 > s {
		return p
	}
	return m
}

// outletReporters reports whether the word at k is an outlet's reporters
// in the plural, written in lower case ("correspondents", "journalists").
func (v *view) outletReporters(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && strings.HasSuffix(t.low, "s") && ownReporters[t.low]
}

// teamPlaceWords reports whether tokens [p, m), capitalised words, name no
// body, force, post or findings: a place the rules need not know by name
// ("Kabul", "North Darfur") where it stands between an owner and its team.
func (v *view) teamPlaceWords(p, m int) bool {
	for k := p; k < m; k++ {
		t := &v.toks[k]
		if !t.word || !t.capital || t.shouted || t.has(cBody) || t.has(cInstitution) || t.has(cGovernment) || forceKinds[t.low] || t.post() || t.has(cFindingNoun|cStaff|cFieldPeople) {
			return false
		}
	}
	return true
}
