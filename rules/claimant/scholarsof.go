package claimant

import "strings"

// People of learning in the plural after a named body and their field,
// "the Met Office's climate scientists", "MSF's epidemiologists", "the
// Kiel Institute's trade economists", speak for the body as its teams do
// ("UNHCR's field team", reduce.go ownerOfTeam) and as "researchers at X"
// do (convention 8): outlets quote different scientists of the same body
// for its count.

// scholarsOwnerEnd returns where the body's name ends, its possessive
// cut, when the token at k, read after the phrase [s, k), is people of
// learning in the plural (tok.scholars: researchers, analysts, any calling
// in -ists) after a capitalised name's possessive, or after a name and one
// or two lower-case words of their field; k when it is not.
func (v *view) scholarsOwnerEnd(s, k int) int {
	t := &v.toks[k]
	// "Human Rights Watch's researcher", "MSF's epidemiologist": one of
	// them, after the possessive only.
	one := t.own&spLearnedOne != 0 || len(t.low) > 6 && strings.HasSuffix(t.low, "ist")
	if !t.word || t.capital || !t.scholars() && !one || k <= s+1 {
		return k
	}
	// "MSF's epidemiologists": the possessive right before them.
	// ("Human Rights Watch's Sudan researcher": the place the work
	// covers, named before them, as before a post's word.)
	// ("HRW's senior researcher": her rank.)
	p := k
	if p-1 > s && v.is(p-1, wSenior, wChief, wLead) {
		p--
	}
	if m := v.coveredPlaceBefore(p-1, s); m < p-1 {
		p = m + 1
	}
	if v.isOne(p-1, wS) && v.isOne(p-2, wApostrophe) && p-2 > s && v.toks[p-3].capital {
		return p - 2
	}
	if v.isOne(p-1, wApostrophe) && p-1 > s && v.toks[p-2].capital {
		return p - 1
	}
	if one {
		return k // one researcher is a body's only by its possessive
	}
	// ("the UN panel of experts": a body of its own, whose experts
	// they are; a field is no phrase of "of".)
	x := v.ownerOfTeam(s, k)
	for m := x; m < k; m++ {
		if v.toks[m].has(cLink | cPreposition) {
			return k
		}
	}
	return x
}

// placeOwner reports whether the phrase [s, e), a determiner aside, is a
// place's name: "Ukraine's military analysts" are people of no body.
func (v *view) placeOwner(s, e int) bool {
	if v.toks[s].has(cDeterminer) {
		s++
	}
	return s >= e || v.placeName(s, e) || v.knownRegion(s, e)
}
