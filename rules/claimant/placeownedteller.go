package claimant

// A place's own teller after a possessive pronoun: "The country has
// reported 41,020 deaths, its disaster agency said", "The region has lost
// 18,000 homes, their emergency services said", "Kharkiv was hit by 12
// missiles, its mayor said". The pronoun takes up a place, which tells
// nothing itself (recorded.go): the body or the office it owns does, and
// is written as the text writes it, "its disaster agency" as "their
// federation" is (convention 7: a coreference is kept as written; 8: an
// office without its holder's name is written as the office). A body's
// post keeps being read as the body's (holderaside.go postsBody). A body
// a pronoun owns is an attribution only after a place: after any other
// subject the pronoun's owner is not told apart ("The bombing of Gaza
// has cost 31,000 lives, its health ministry says" is Gaza's, not the
// bombing's), and it is left unread, as before; so are a thing's people
// ("The book ..., its author said").

// ownedBody reports whether attribution at's source is a body a
// possessive pronoun owns, closing its clause: "its disaster agency",
// "their emergency services", "its civil protection agency", with no name
// beside it. A capitalised word is a name of its own ("its Home Office"),
// read as names are.
func (v *view) ownedBody(at attr) bool {
	if at.kind != kVerb || at.app < at.appEnd || at.srcEnd-at.src < 2 || at.srcEnd-at.src > 5 || !v.is(at.src, wIts, wTheir) {
		return false
	}
	for k := at.src + 1; k < at.srcEnd; k++ {
		if t := &v.toks[k]; !t.word || t.capital || t.num {
			return false
		}
	}
	// A singular kind, or services: "its monitors", "their researchers"
	// are people, who speak for the body the pronoun takes up
	// (convention 1), and are read as before.
	h := v.toks[at.srcEnd-1].low
	return h == "services" || (bodyNouns[h] || institutionNouns[h] || nameKinds[h] || genericBodies[h] || forceNouns[h] || governments[h]) && !pluralKinds[h]
}

// placeSubject reports whether the sentence's subject, the first noun
// phrase past a dateline from lo and before end, is a place by its kind
// ("The country") or by name ("Turkey").
func (v *view) placeSubject(lo, end int) bool {
	_, ok := v.placeSubjectEnd(lo, end)
	return ok
}

// placeSubjectEnd is placeSubject with the token after the subject.
func (v *view) placeSubjectEnd(lo, end int) (int, bool) {
	lo = v.skipDateline(lo)
	// ("NEWSREADER: The state has lost ...": past a speaker's label.)
	for k := lo; k < end && k < lo+4; k++ {
		if v.isOne(k, wColon) && v.toks[lo].shouted {
			lo = k + 1
			break
		}
	}
	x, y := v.npAfter(lo, end)
	if y <= x || y >= end {
		return 0, false
	}
	if v.placeByKind(x, y) {
		return y, true
	}
	return y, v.wholePlace(x, y)
}

// wholePlace reports whether tokens [x, y), past a "the", are all a
// place's name, known or shaped as one ("Kharkiv Oblast", "The Democratic
// Republic of Congo"): "The earthquake in Turkey", "The bombing of Gaza"
// are things that happened in a place, and "its" is not told apart
// between them.
func (v *view) wholePlace(x, y int) bool {
	if v.isOne(x, wThe) {
		x++
	}
	// ("The Central Bank of the Republic of Turkey": a body's name with
	// a state's in it.)
	for k := x; k < y; k++ {
		if t := &v.toks[k]; t.has(cBody|cInstitution|cGovernment) || forceKinds[t.low] || t.post() {
			return false
		}
	}
	return x < y && (v.placeName(x, y) || v.stateName(x, y) || v.knownPlace(x, y))
}

// placeOwnedTeller returns, when attribution a closes the sentence on a
// body or a post a possessive pronoun owns and the pronoun takes up the
// sentence's subject, a place (by its kind, "The country", or by name,
// "Kharkiv"), the teller as written. ft is the figure's token.
func (c *call) placeOwnedTeller(si int, v *view, a attr, ft int) (Claimant, bool) {
	if !a.back || !(v.ownedBody(a) || v.pronounPost(a)) {
		return Claimant{}, false
	}
	lo := v.skipDateline(c.afterProgrammeLabel(si, v))
	// A figure before the subject is not what the place did.
	// ("14:02 Nepal has confirmed ...": nor a stamp before it.)
	if y, ok := v.placeSubjectEnd(lo, a.src); !ok || ft < y {
		return Claimant{}, false
	}
	// "Russia launched 90 drones ..., its army said": a teller whose
	// words are a configured alias after "the" ("the army") stays as
	// written too: the pronoun does not say whose the id is, and
	// convention 7 gives an id only to the alias written.
	// Written as the text writes it, the pronoun kept: "its mayor" alone
	// is no name for a reader, and another outlet's "the mayor" is the
	// same coreference.
	return Claimant{Words: c.d.Text[v.toks[a.src].start:v.toks[a.srcEnd-1].end], Start: v.toks[a.src].start, End: v.toks[a.srcEnd-1].end, How: InSentence}, true
}

// ownedBodyName returns where the name starts in a subject [s, e) that is
// a body a possessive pronoun owns, then its name: "its disaster agency
// AFAD", "their statistics office Rosstat". A description beside a name
// gives way to it (convention 8: "Turkey's disaster management agency,
// AFAD" is "AFAD"), commas or not, and the name says who tells whatever
// the pronoun takes up.
func (v *view) ownedBodyName(s, e int) (int, bool) {
	if e-s < 3 || !v.is(s, wIts, wTheir) {
		return 0, false
	}
	for p := s + 2; p <= s+4 && p < e && e-p <= 3; p++ {
		h := &v.toks[p-1]
		if h.capital || !h.word || !(bodyNouns[h.low] || genericBodies[h.low]) || pluralKinds[h.low] {
			continue
		}
		named := true
		for k := s + 1; k < e; k++ {
			t := &v.toks[k]
			if !t.word || k < p && t.capital || k >= p && !t.capital {
				named = false
			}
		}
		if named {
			return p, true
		}
	}
	return 0, false
}

// placeOwnedOpening returns, when sentence si opens (from lo) on a body or
// a post a possessive pronoun owns and its verb of claim ("Its army said
// 300 ...", "Their emergency services say ...") and the sentence before
// is about a place (its subject a place by kind or by name: "Turkey has
// been hit by a second quake."), the teller as written, as
// placeOwnedTeller gives it inside one sentence: the pronoun takes up the
// place, which tells nothing itself. A thing that happened in a place
// ("The earthquake in Turkey ...") is no place, and a body named before
// ("UNRWA ... Its monitors said") keeps the body; both are read as before.
func (c *call) placeOwnedOpening(si int, v *view, lo int) (Claimant, bool) {
	if si == 0 || lo >= len(v.toks) || !v.is(lo, wIts, wTheir) {
		return Claimant{}, false
	}
	k := lo + 1
	for k < len(v.toks) && k <= lo+5 && v.toks[k].word && !v.toks[k].report {
		k++
	}
	if k >= len(v.toks) || !v.toks[k].report || v.toks[k].capital {
		return Claimant{}, false
	}
	a := attr{src: lo, srcEnd: k, anchor: k, kind: kVerb}
	if !(v.ownedBody(a) || v.pronounPost(a)) {
		return Claimant{}, false
	}
	pv := c.view(si - 1)
	if !pv.placeSubject(c.afterProgrammeLabel(si-1, pv), len(pv.toks)) {
		return Claimant{}, false
	}
	how := InSentence
	// ("ANCHOR: Turkey was hit again. Its army says ...": in a
	// programme's own line, as pickResolved gives it.)
	if c.programmeLine(si) {
		how = InQuote
	}
	return Claimant{Words: c.d.Text[v.toks[lo].start:v.toks[k-1].end], Start: v.toks[lo].start, End: v.toks[k-1].end, How: how}, true
}
