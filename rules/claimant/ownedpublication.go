package claimant

import "strings"

// What a named owner's possessive heads when it holds the owner's
// findings, though no findings noun: a publication ("the Kiel Institute's
// tracker": publicationOwner), a programme ("Unicef's monitoring
// programme"), a compound noun headed by a verb form ("the U.S.
// Geological Survey's loss model": compoundOwner) and a system that
// watches and records (watchingSystem); and a plural such noun closing
// its sentence as an object (objectPluralEnd). possessed.go reads the
// owner's phrase itself. Split from possessed.go.

// publications are what a named body publishes its figures in, besides
// the findings nouns: "the Kiel Institute for the World Economy's
// tracker", "the Uppsala Conflict Data Program's latest release".
// A statistics office's census is one (claim123), though no findings
// noun: a census in capitals with no owner is a name as written.
var publications = set("tracker release releases dataset datasets bulletin update edition portal portals log logs census censuses" +
	// an owner's catalogue of what it records ("The Met Office's
	// catalogue lists": claim49).
	" catalogue catalogues catalog catalogs")

// publicationOwner reads the phrase [s, e) as a capitalised owner's
// possessive, perhaps a year and findings modifiers, and a publication
// closing it: the owner, whose findings the publication holds. "the UN's
// agencies" and "the ministry's tracker" (a lower-case owner) are no such
// thing.
func (v *view) publicationOwner(s, e int) (int, int, bool) {
	h := e - 1
	// "the Andean Epidemiology Office's EDEX surveillance system": a
	// system that watches and records is where its owner publishes
	// figures, as a tracker is (watchingSystem).
	if w, ok := v.watchingSystem(s, e); ok {
		h = w
	} else if e-s < 4 || !v.toks[e-1].has(cPublication) && !programmes[v.toks[e-1].low] || v.toks[e-1].capital {
		return 0, 0, false
	}
	k := v.findingsModified(h, s)
	// ("the Statistical Office's 2011 census": a year says which of the
	// owner's works, np.go yearAfterPossessive.)
	if k > s && v.yearAfterPossessive(k, s, e) {
		k--
	}
	// ("MoMo surveillance system": the system's own name between the
	// owner's possessive and its kind.)
	for n := 0; h != e-1 && n < 2 && k > s && v.toks[k].word && v.toks[k].capital && !v.toks[k].poss; n++ {
		k--
	}
	a, b, ok := v.possessor(k, s)
	if !ok || b-a < 1 || !v.toks[b-1].capital {
		return 0, 0, false
	}
	// ("The director of Oxfam's country programme": a programme is its
	// owner's findings only as the phrase's head, the owner opening it.)
	if v.programmeInside(h, a, s) {
		return 0, 0, false
	}
	return a, b, true
}

// programmes are where a named body counts what it monitors, as a
// publication is ("Unicef's monitoring programme recorded": claim49), and
// also what it runs, a country programme with a director as much as a
// monitoring one: a word of no lexicon class, so that it is read as a
// publication here only.
var programmes = set("programme programmes program")

// programmeInside reports whether the head at h is a programme whose
// owner, at a, does not open the phrase starting at s (past a
// determiner), or whose possessor opens with a post: "The director of
// Oxfam's country programme" is the director's, who speaks for the owner
// as a post does.
func (v *view) programmeInside(h, a, s int) bool {
	if !programmes[v.toks[h].low] {
		return false
	}
	if a > s && !(a == s+1 && v.toks[s].has(cDeterminer)) {
		return true
	}
	// ("the director of Oxfam": a post read into the possessor.)
	for k := a; k < h && k <= a+1; k++ {
		if t := &v.toks[k]; t.word && !t.has(cDeterminer) {
			return t.post() || agentNoun(t.low)
		}
	}
	return false
}

// objectPluralEnd reports whether the form in -s at i ("logs",
// "returns", "records") closes its sentence as the head of a named
// owner's possessive and one or two plain modifiers, the phrase the
// object of a verb before its determiner: "We obtained the Port
// Authority's internal shipping logs." A verb of claim closing a sentence
// follows a comma or "as" ("..., the board's monthly logs show."); one
// after a verb's object has no clause of its own to say, and the form is
// the plural noun (mend117).
func (v *view) objectPluralEnd(i int) bool {
	if i+1 >= len(v.toks) || !v.isOne(i+1, wFullStop) || !strings.HasSuffix(v.toks[i].low, "s") {
		return false
	}
	k := i - 1
	for k > i-3 && k > 0 && v.plainModifier(k) {
		k--
	}
	if k == i-1 || k < 3 || !(v.isOne(k, wS) && v.isOne(k-1, wApostrophe)) {
		return false
	}
	n := k - 2
	for n > 0 && v.toks[n].word && v.toks[n].capital {
		n--
	}
	if n == k-2 || !v.isOne(n, wThe) || n == 0 {
		return false
	}
	b := &v.toks[n-1]
	return b.word && !b.capital && b.low != "as" && !b.report && !b.finding && !b.has(cSubordinator|cPreposition|cLink|cDeterminer|cPronoun)
}

// possessedCompoundHead reports whether the verb form at i heads a
// compound noun an owner's possessive opens, with a verb of its own after
// it: "the NSW Rural Fire Service's incident log shows", "the U.S.
// Geological Survey's loss model had projected". A bare form ("log",
// "model", "record") after a plain modifier is the noun; the verb after it
// claims, and its subject's owner made the findings (compoundOwner). A
// plural modifier is the verb's own subject ("the agency's doctors
// report"); "loss" is no plural.
func (v *view) possessedCompoundHead(i int) bool {
	if i < 3 || i+1 >= len(v.toks) {
		return false
	}
	t, m := &v.toks[i], &v.toks[i-1]
	// (A findings noun, "the U.N.'s best estimate is", is the findings
	// reader's, as it was.)
	if t.has(cFindingNoun) || strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ed") || !v.plainModifier(i-1) || strings.HasSuffix(m.low, "s") && !strings.HasSuffix(m.low, "ss") {
		return false
	}
	if !(v.isOne(i-2, wS) && v.isOne(i-3, wApostrophe) || v.toks[i-2].poss) {
		return false
	}
	n := &v.toks[i+1]
	return !n.capital && (n.report || n.finding || v.is(i+1, wHas, wHad, wHave, wIs, wWas, wWill, wWould))
}

// compoundOwner reads the phrase [s, e) as a named owner's possessive and a
// compound noun whose head is a verb form (possessedCompoundHead): "the
// U.S. Geological Survey's loss model", "the Norwegian Refugee Council's
// field log". The owner made what the compound holds and claims it, as a
// publication's owner does; a lower-case owner ("the ministry's field log")
// is left to the phrase's other readings.
func (v *view) compoundOwner(s, e int) (int, int, bool) {
	k := e - 1
	if k-3 < s || !v.toks[k].report && !v.toks[k].finding || v.toks[k].capital {
		return 0, 0, false
	}
	if m := &v.toks[k-1]; !v.plainModifier(k-1) || strings.HasSuffix(m.low, "s") && !strings.HasSuffix(m.low, "ss") {
		return 0, 0, false
	}
	a, b, ok := v.possessor(k-2, s)
	if !ok || b <= a || !v.toks[b-1].capital {
		return 0, 0, false
	}
	return a, b, true
}

// watchingSystem reports whether the phrase [s, e) closes on a system or
// network that watches and records, a lower-case word of watching before
// it ("surveillance system", "monitoring network", "early warning
// system"), and returns where the watching word stands: the word an
// owner's possessive and the system's own name ("MoMo") come before. "the
// health system", "Spain's rail network" watch nothing.
func (v *view) watchingSystem(s, e int) (int, bool) {
	h := &v.toks[e-1]
	if e-s < 5 || !h.word || h.capital || h.low != "system" && h.low != "systems" && h.low != "network" {
		return 0, false
	}
	m := &v.toks[e-2]
	if !m.word || m.capital {
		return 0, false
	}
	for _, w := range []string{"surveillance", "monitoring", "tracking", "warning", "reporting", "alert"} {
		if m.low == w {
			return e - 2, true
		}
	}
	return 0, false
}
