package claimant

import "strings"

// What "citing" names when it names material, not a teller: "The
// Meridian, citing satellite imagery and hospital burial records, counted
// 212 new graves", "The Israeli military, citing intelligence
// assessments, estimates that about 200 fighters remain". Bare evidence,
// with no maker, owner or name, is what the citer read for itself, so the
// figure stays the citer's (convention 3); "citing records kept by its
// clinics", "citing the ministry's records", "citing State Department
// cables" and "citing medical sources" still name someone.

// citedEvidence reports whether the phrase after "citing" at token i is
// one or more lower-case findings or documents joined by "and", with no
// capital, owner, pronoun or figure, and no "of", "by" or "from" naming
// a maker before the clause's comma. A participle or another preposition
// ends the material ("imagery captured on Oct. 27"). The phrase is an
// aside, closed by a comma.
func (v *view) citedEvidence(i, hi int) bool {
	heads, head, k := 0, -1, i
	for ; k < hi && v.toks[k].word; k++ {
		t := &v.toks[k]
		if t.capital || t.shouted || t.poss || t.has(cPronoun) || v.is(k, wOf, wBy, wFrom) {
			return false
		}
		if t.has(cDeterminer) && head < 0 {
			continue
		}
		// "a leaked memo", "an unpublished survey": a participle before
		// the head describes the material.
		if head < 0 && k > i && v.toks[k-1].has(cDeterminer) && strings.HasSuffix(t.low, "ed") && k+1 < hi && v.toks[k+1].word && !v.toks[k+1].capital {
			continue
		}
		if v.isOne(k, wAnd) || t.has(cPreposition) || k > i && strings.HasSuffix(t.low, "ed") {
			if head < 0 || !v.evidenceHead(head) && !(heads > 0 && v.noTeller(head)) {
				return false
			}
			heads, head = heads+1, -1
			if v.isOne(k, wAnd) {
				continue
			}
			break
		}
		head = k
	}
	if head >= 0 {
		// "citing hospital records and morgue visits": after material,
		// what else is joined to it with "and" is more of the same, a
		// way of looking, unless it names people or a body.
		if !v.evidenceHead(head) && !(heads > 0 && v.noTeller(head)) {
			return false
		}
		heads++
	}
	// The rest of the clause names no maker: "captured by the army".
	for ; k < hi && !v.isOne(k, wComma); k++ {
		if v.is(k, wBy, wFrom) || v.toks[k].poss || v.is(k, wIts, wTheir) {
			return false
		}
	}
	// Only an aside between the citer and its verb: "..., citing
	// satellite data." closing a sentence is read as before, where the
	// verb it follows already keeps the figure.
	if heads > 0 && k < hi && v.isOne(k, wComma) {
		return true
	}
	// "..., the Nation reported, citing a leaked memo.": closing the
	// sentence after the citer's own verb and its comma, the material is
	// still what the citer read (the verb keeps the figure).
	if heads == 0 || k != hi || i < 4 || !v.isOne(i-2, wComma) {
		return false
	}
	r, _ := v.verbAt(i - 3)
	return r && v.toks[i-4].word
}

// evidenceHead reports whether the noun at k is findings or a document
// and no teller: "imagery", "records", "assessments", "a memo".
func (v *view) evidenceHead(k int) bool {
	t := &v.toks[k]
	return (t.has(cFindingNoun) || t.has(cDocumentNoun) && !t.capital) && !t.has(cPeople|cBody|cStaff|cFieldPeople)
}

// noTeller reports whether the lower-case noun at k names no teller:
// no people, body, staff or agent ("visits", "inspections", not
// "witnesses" or "officials").
func (v *view) noTeller(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && !t.has(cPeople|cBody|cStaff|cFieldPeople|cInstitution) && !agentNoun(t.low) && !personNoun(t.low)
}
