package claimant

// "Deputy Minister of Fisheries Elena Marku presented the sector's catch
// data on Monday. Exports reached 41 million euros, she said." and
// "Compensation claims by Ukrainians will be settled next year,
// Reconstruction Minister Olena Bondar said. Roughly 18,000 households have
// applied, she said.": "he" and "she" take up a person, and the sentence
// before names one, as its subject or as the source of its report. The subject read for "it" and
// "they" (around.go subject) is the first nameable source, which may be
// the owner of findings the person presented ("the sector's catch data",
// "claims by Ukrainians"), a place or a people, never whom "he" stands for.

// personBefore returns the person sentence si names for "he" or "she"
// when cl, the subject read there, is no person: a report's source that is
// a person's name (an office before it or not), else the sentence's
// opening phrase when cl owns the findings she presented. ok is false
// when cl is a person already or a configured claimant, or when the
// sentence names no person.
func (c *call) personBefore(si int, cl Claimant) (Claimant, bool) {
	p := c.view(si)
	if cl.ID != "" || len(p.toks) == 0 {
		return Claimant{}, false
	}
	if cl.End <= cl.Start || p.isPerson(cl) {
		return Claimant{}, false
	}
	// ("HOST: Councillor Ruth Adair went through ...": past a
	// programme's label.)
	lo := p.skipDateline(c.afterProgrammeLabel(si, p))
	atts := p.attributions(lo, len(p.toks))
	// A report's source that is a person ("..., Reconstruction Minister
	// Olena Bondar said"): whom "she" takes up, before any other source
	// the sentence names ("claims by Ukrainians").
	for _, a := range atts {
		if a.kind != kVerb || p.anaphoric(a) {
			continue
		}
		if pc, ok := c.name(p, a); ok && p.isPerson(pc) {
			return pc, true
		}
	}
	// Else the opening person, when cl only owns the findings she
	// presented ("the sector's results"); a body the opening person
	// speaks for ("Tanya Moore, director of Save the Children, spoke
	// ...") is hers (convention 1), and stays.
	owner := false
	for _, a := range atts {
		if a.kind == kFindings {
			if oc, ok := c.name(p, a); ok && oc.Start == cl.Start && oc.End == cl.End {
				owner = true
				break
			}
		}
	}
	x, y := p.npAfter(lo, len(p.toks))
	if !owner || y <= x || !p.toks[x].capital {
		return Claimant{}, false
	}
	if pc, ok := c.name(p, attr{src: x, srcEnd: y, anchor: y, kind: kVerb}); ok && p.isPerson(pc) {
		return pc, true
	}
	return Claimant{}, false
}

// isPerson reports whether cl, named in the view, is a person (personSpan)
// and no configured claimant.
func (v *view) isPerson(cl Claimant) bool {
	return cl.ID == "" && cl.End > cl.Start && v.personSpan(v.tokAt(cl.Start), v.tokAt(cl.End-1)+1)
}

// personSpan reports whether tokens [s, e) are what "he" or "she" stands
// for: a person's name of two words or more that is no place the rules
// know ("Olena Bondar", "Dr Lena Berg"), or a phrase closed by a
// post or a person noun ("the mayor", "a nurse"). One capitalised word is
// as often a people or a place ("Syrians", "Gaza") as a surname.
func (v *view) personSpan(s, e int) bool {
	if s >= e || e > len(v.toks) {
		return false
	}
	// (A post by the lists, not by an ending in -or: "the sector's
	// results" names no one who speaks.)
	if last := &v.toks[e-1]; last.word && !last.capital && (last.has(cStaff|cPost) || personNoun(last.low)) {
		return true
	}
	return e-s >= 2 && v.personName(s, e) && !v.knownPlace(s, e) && !v.placeName(s, e) && !v.bodyName(s, e)
}
