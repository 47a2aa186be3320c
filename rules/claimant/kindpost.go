package claimant

// A named body as the sentence's subject, then its head's post after the
// body's kind in lower case, closing the sentence's attribution: "Munich
// Airport handled 41 million passengers, airport chief Jost Lammers
// said", "The Vienna State Opera sold 98 percent of its seats, opera
// director X said". The kind takes up the body the subject names, as
// "its" would ("..., its chief executive said"), and an organisation's
// named head speaks for it (convention 8, "Shifa hospital director Dr
// Yousef Haniyeh" → the hospital), so the body is the source. A kind of
// government, administration or force ("council leader", "city
// treasurer", "army chief") is an office's, whose holder keeps the name,
// and so is any kind the subject does not close on ("The city has 1.1
// million residents, mayor X said").

// kindPostSubject returns the subject [x, y) that the source a, a kind in
// lower case, a post and perhaps its holder's name, takes up.
func (v *view) kindPostSubject(a attr) (int, int, bool) {
	s, e := a.src, a.srcEnd
	if a.kind != kVerb || e-s < 2 || s < 3 || a.app < a.appEnd {
		return 0, 0, false
	}
	kind := &v.toks[s]
	if !kind.word || kind.capital || kind.num || !v.postEndsAt(s+1) || kind.post() {
		return 0, 0, false
	}
	if w := kind.low; governments[w] || adminNouns[w] || forceKinds[w] || governmentOffices[w] || kind.has(cForce|cGovernment) {
		return 0, 0, false
	}
	// The post's holder, if named, follows it in capitals.
	for k := s + 2; k < e; k++ {
		if !v.toks[k].word || !v.toks[k].capital {
			return 0, 0, false
		}
	}
	x, y := v.npAfter(v.skipDateline(0), s)
	if y >= s || y <= x || !v.toks[y-1].capital || v.toks[y-1].low != kind.low {
		return 0, 0, false
	}
	if v.toks[x].has(cDeterminer) {
		x++
	}
	if y-x < 2 || !v.allCapitalised(x, y) || v.officeKindIn(x, y) || v.knownPlace(x, y) {
		return 0, 0, false
	}
	return x, y, true
}
