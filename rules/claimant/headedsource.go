package claimant

// A headline's tail after a colon or a spaced dash that names who speaks:
// a body, its staff, a body convened for a task or a service of a place.

// headedSource reports whether tokens [a, b), a headline's tail after a
// colon or a spaced dash, are one noun phrase with no verb whose head says
// who speaks: a body ("interior ministry"), people ("health officials") or
// findings ("UN report"). "– the highest since 2014" has no such head.
func (v *view) headedSource(a, b int) bool {
	for b > a && v.isOne(b-1, wFullStop) {
		b--
	}
	if b <= a || b-a > 7 {
		return false
	}
	// "– governor Melnyk", "– regional governor Oleh Syniavskyi": a post
	// and its holder's name closing the line (postname.go).
	if _, y, ok := v.postThenName(a, b); ok && y == b && v.personName(y-1, b) {
		return true
	}
	// "— ministry of youth and sports", "– department of health": a
	// body's kind and its remit, in lower case as a credit line writes it.
	if v.bodyOfRemit(a, b) {
		return true
	}
	// "– UN monitors in Ukraine", "– Red Crescent officials in Benghazi":
	// where the source is comes after its head.
	h := b
	for k := a + 1; k+1 < b; k++ {
		if v.isOne(k, wIn) && v.toks[k+1].capital {
			h = k
			break
		}
	}
	if h == b {
		if x, y := v.npAfter(a, b); x != a || y != b {
			return false
		}
	}
	for k := a; k < h; k++ {
		// "– Sudan's health ministry": a possessive inside the phrase;
		// "– Hamas-run health ministry": a hyphen joining a descriptor.
		// "– U.N. panel": an initial's full stop.
		if v.isOne(k, wApostrophe) || v.isOne(k, wS) && v.isOne(k-1, wApostrophe) || v.isOne(k, wDash) && !v.toks[k].space && k > a || v.isOne(k, wFullStop) && v.internalDot(k) {
			continue
		}
		// ("State Information Service": a capitalised word inside a name
		// is no verb.)
		if t := &v.toks[k]; !t.word || t.fig || t.report && k < h-1 && !v.stateMedia(k) && !(t.capital && v.toks[k+1].capital) {
			return false
		}
	}
	for k := h + 1; k < b; k++ {
		if t := &v.toks[k]; !t.word || !t.capital {
			return false
		}
	}
	w := v.toks[h-1].low
	// "– UN agencies", "– electoral institute": kinds of body, plural too.
	one := singular(w)
	// "...: state TV", "– local media": outlets by their medium.
	// "— eastern Libya's health minister": an office speaks too.
	return bodyNouns[w] || bodyNouns[one] || kindsBeforeName[one] || serviceKinds[w] || convenedKinds[w] && h-a > 1 || mediaNouns[w] || v.toks[h-1].has(cStaff|cFindingNoun) || v.bodyStaffHead(a, h) || personNoun(w) || agentNoun(w) || v.toks[h-1].post() || v.namedInstitution(a, h) ||
		// "– clinic heads", "– school chiefs": posts in the plural, held
		// at the kind of place before them, speak as their people do.
		h-a == 2 && postNouns[one] && one != w && !v.toks[a].capital
}

// bodyStaffHead reports whether the phrase [a, h) closes on people who work
// at a body, in the plural, after a name or a kind of body that says
// whose they are: "– UN experts", "– Red Cross officials", "– WHO
// epidemiologists"; "– experts" alone names no one.
func (v *view) bodyStaffHead(a, h int) bool {
	return h-a > 1 && v.toks[h-2].word && (v.toks[h-2].capital || v.toks[h-2].has(cBody)) && (v.toks[h-1].has(cPeopleAt) || v.toks[h-1].scholars())
}

// convenedKinds are bodies of people convened for a task: after a name
// that says whose ("– U.N. panel", "– WHO team", "– ICC panel") one
// closes a headline as its source; alone ("– panel") it names no one.
var convenedKinds = set("panel team board tribunal")

// bodyOfRemit reports whether [a, b) is a body's kind, "of" and its remit
// with no verb or figure: "ministry of youth and sports", "department of
// health", "ministry of the interior".
func (v *view) bodyOfRemit(a, b int) bool {
	if b-a < 3 || b-a > 7 || !v.toks[a].word || !bodyNounIDs.has(&v.toks[a].spelling) || !v.isOne(a+1, wOf) {
		return false
	}
	for k := a + 2; k < b; k++ {
		t := &v.toks[k]
		if !t.word || t.fig || t.num || t.report || t.finding || v.isVerbLike(k) && !v.is(k, wAnd, wThe) {
			return false
		}
	}
	return !v.is(b-1, wAnd, wThe, wOf)
}

// serviceKinds head the names of public services, forces and missions
// that are no bodyNouns elsewhere (a "defence" or a "mission" is as often
// a task): a headline's "– civil defence", "Gaza civil defence: ...", "–
// UN monitoring mission", "Ukraine's air force: ..." name a source by them.
var serviceKinds = set("defence defense protection rescue mission police force army navy military coastguard guard")
