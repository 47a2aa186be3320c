package claimant

import "strings"

// A descriptor of who owns or runs a body, a lower-case word hyphened to a
// participle, before the body's name: "the state-owned Aguas Claras",
// "state-run Ecopetrol", "the privately-owned Televisa". Who owns a body
// describes it (README convention 8: a descriptor before a name is not
// written), and another outlet names the same company or agency without
// it. nameAfterDescriptor reads such words before names closed by a kind
// of body or of three words; a name of one or two words without a kind
// ("Aguas Claras", "Ecopetrol") is what a translated press's company
// or utility is called, and is read here.

// nameAfterRunBy returns where the name starts in the phrase [s, e) past
// a determiner and an owner's compound opening it ("state-owned"), or
// past the participle alone when the phrase was read from it ("run
// Ecopetrol" after "state-"); s when the phrase opens otherwise. A place
// after the compound ("the state-run Gaza") is no body's name.
func (v *view) nameAfterRunBy(s, e int) int {
	k := s
	if k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	m := 0
	switch {
	case k+3 < e && (v.compoundHead(k) || v.openingCompound(k)) && v.runParticiple(k+2):
		m = k + 3
	case k == s && s >= 2 && v.isOne(s-1, wDash) && !v.toks[s-1].space && !v.toks[s].space && v.toks[s-2].word && !v.toks[s-2].capital && v.runParticiple(s):
		m = s + 1
	default:
		return s
	}
	if m >= e || !v.toks[m].capital || v.sentenceWord(m) || !v.capitalisedName(m, e) || !v.toks[e-1].capital {
		return s
	}
	if v.knownPlace(m, e) || v.placeName(m, e) {
		return s
	}
	return m
}

// runParticiple reports whether token k is a participle of owning or
// running a body: "owned", "run", "controlled", "operated", "funded".
func (v *view) runParticiple(k int) bool {
	t := &v.toks[k]
	if !t.word || t.capital {
		return false
	}
	return t.low == "run" || strings.HasSuffix(t.low, "owned") || t.low == "controlled" || t.low == "operated" || t.low == "funded" || t.low == "managed"
}

// openingCompound reports whether token k opens its sentence as the
// capitalised first part of a hyphened compound: "State-run Petrobras
// said".
func (v *view) openingCompound(k int) bool {
	t := &v.toks[k]
	return k == 0 && t.word && t.capital && !t.shouted && !t.num && v.isOne(k+1, wDash) && !v.toks[k+1].space && k+2 < len(v.toks) && !v.toks[k+2].space
}
