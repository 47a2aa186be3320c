package claimant

import peoplewords "github.com/claimtrack/claimtrack/rules/internal/people"

// A body's initials, then lower-case words saying what it does, then a
// kind a body's proper name closes on: "the MVV transport association",
// "the ADAC motoring club". The initials are the name (convention 8, as
// "the CVVM polling institute" is "CVVM"): another outlet writes them
// with another description or none. A descriptor must stand between the
// initials and the kind, and the initials must follow "the": "the ADAC
// association" with no description may be the body's whole name, and a
// place's or a people's word before a kind ("the Cebu hotel
// association") says whose the association is and keeps it
// (nameBeforeDescriptor reads those). Nor does a noun for people or
// members in the plural ("the KLM pilots union", "the ANC youth
// league"): it says whose people the body gathers, and the whole phrase
// is the body, as "the Cebu hotel association" is.

// initialsKindAt reports whether token n, closing the phrase [s, e), is
// such a kind after initials and a description.
func (v *view) initialsKindAt(s, n, e int) bool {
	if n != e-1 || n-2 < s || !v.toks[n].has(cNameKind) && !clubKinds[v.toks[n].low] {
		return false
	}
	k := n - 1
	for k > s && k >= n-2 && v.toks[k].word && !v.toks[k].capital && (v.descriptorWord(k) || v.workGerund(k)) {
		k--
	}
	if k == n-1 || k < s || k == 0 || !v.initialsAt(k) || !v.isOne(k-1, wThe) || v.placeName(k, k+1) {
		return false
	}
	for j := k + 1; j < n; j++ {
		if v.toks[j].gatheredPeople() {
			return false
		}
	}
	return true
}

// gatheredPeople reports whether the lower-case token names people in
// the plural, whom a union, league or association gathers: an agent noun
// by the lexicon's classes ("teachers", "workers", "staff"), a people
// noun in the plural ("nurses", "pilots": the singular is a people or
// person noun), people by age or sex, the groups a party or union
// gathers apart ("youth", "women", "pensioners": the class the rules
// read too, rules/internal/people), or a body's members.
func (t *tok) gatheredPeople() bool {
	if t.agent() || t.has(cFieldPeople|cPeopleAt|cLearnedPeople) || peoplewords.ByAgeOrSex(t.low) || memberPeople[t.low] {
		return true
	}
	one := singular(t.low)
	return one != t.low && (people[one] || personWords[one] || fieldMembers[one])
}

// memberPeople are a body's members, whose plural ends as an agent's
// does but who are no calling (notAgents keeps them out of agentNoun:
// "members", "students" speak as themselves, not by their work).
var memberPeople = set("members students")

// clubKinds are kinds of members' body that no lexicon lists as a body,
// which close a name after initials and a description as an association
// does. They stay out of the lexicon's nameKinds (cNameKind) on purpose: a
// club is a place as often as a body ("at the club", "the club's
// pitch"), and every reader of cNameKind takes the word for a body's kind
// wherever it stands (a speaker's head, placeName's and countedPlace's
// refusals). Only here, after a body's initials and what it does, does
// the shape itself say a body. (Adding "club" to nameKinds changed no
// answer in the dev files or mechanisms.yaml on 2026-12-06: nothing there
// decides it either way, so the narrower reading is kept.)
var clubKinds = set("club")
