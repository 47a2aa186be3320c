package claimant

// Sentences after a figure's that point back at it by their grammar, not
// by a list of nouns: a demonstrative subject of "to be" ("That was the
// warning from UNICEF"), a pointer whose predicate is a possessive ("The
// estimate is the UN Development Programme's"), and a relative clause
// saying its subject gave the figure ("UNICEF, which supplied the figure,
// said ...").

// copulas are the forms of "to be" a pointer back is written with.
var copulas = set("is was are were")

// pointsBack reads sentence view v, the one after a figure's, for a
// source it names as the figure's by one of the forms above.
func (c *call) pointsBack(v *view) (Claimant, bool) {
	n := len(v.toks)
	if n < 4 {
		return Claimant{}, false
	}
	// "That was the warning on Friday from UNICEF", "This is the finding
	// of a Meridian analysis": "that" as a subject stands for what the
	// sentence before said, whatever noun the predicate gives it.
	// "That's the latest from ...": the copula contracted.
	cop := 1
	if v.isOne(1, wApostrophe) && v.isOne(2, wS) && !v.toks[2].space {
		cop = 2
	}
	if v.is(0, wThat, wThis, wThese, wThose) && (cop == 2 || copulaIDs.has(&v.toks[1].spelling)) && (v.isOne(cop+1, wThe) || v.modifiedBackNoun(cop+1)) {
		for j := cop + 2; j < n && j <= cop+6 && !v.boundary(j); j++ {
			if v.countedAfter(j) {
				break // "That is the number of Palestinians killed": what, not who
			}
			// ("That is the Royal College of Nursing's estimate": an "of"
			// between capitals is inside a name, and the possessive's
			// reading below gives its owner.)
			if v.isOne(j, wOf) && v.toks[j-1].capital && j+1 < n && v.toks[j+1].capital {
				continue
			}
			if v.is(j, wOf, wFrom, wBy) && !v.gerund(j+1) {
				a, b := v.npAfter(j+1, n)
				if b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
					return c.pointed(v, a, b, j)
				}
				// "the finding of satellite analysis by Unosat": bare
				// findings after "of" are the work, and its maker after
				// "by" or "from" is read on.
				if k := v.bareFindingsMaker(j, a, b); k > j {
					j = k - 1
					continue
				}
				break
			}
			// "That is the estimate in the World Bank's latest damage
			// and needs assessment": the owner of the findings the
			// figure stands in.
			if v.isOne(j, wIn) {
				if a, p, ok := v.findingsOwnerAfter(j + 1); ok {
					return c.pointed(v, a, p, j)
				}
				break
			}
			// "That's the number regional officials gave us":
			// pointercontact.go.
			if a, b, ok := v.contactGiver(j, n); ok {
				return c.pointed(v, a, b, b)
			}
		}
	}
	// "We're hearing that from the prison service", "We compiled that
	// total from ...": heardfrom.go.
	if cl, ok := c.heardFrom(v); ok {
		return cl, true
	}
	// "The source is UNHCR, not some campaigning charity": sourceis.go.
	if a, b, k, ok := v.sourceIsPointer(); ok {
		return c.pointed(v, a, b, k)
	}
	// "That number, which does not separate fighters from civilians, is
	// the Gaza health ministry's.", "Those counts are the WHO's", "These
	// are COGAT's figures", "That tally is the Meridian's own": a subject
	// pointing back (a demonstrative, or "the" and a noun for a figure),
	// its copula past a clause in commas, and a possessive ending the
	// predicate or owning its findings.
	// "The calculation is ours, based on OCHA data": ownpointer.go.
	if k, ok := v.ownPointer(); ok {
		return c.pointed(v, k, k+1, k-1)
	}
	if k, ok := v.pointerSubject(); ok {
		if v.isOne(k, wComma) {
			for k++; k < n && !v.isOne(k, wComma); k++ {
			}
			k++
		}
		// "That is not my number; it is UNRWA's", "not my estimate but
		// UNRWA's": a denied owner is none, and the one the sentence
		// goes on to give is.
		if k+1 < n && copulaIDs.has(&v.toks[k].spelling) && v.isOne(k+1, wNot) {
			return c.deniedOwner(v, k+2)
		}
		// "The toll is an AFP tally based on official Israeli figures",
		// "The figure is a Courier count": findings a name owns, as its
		// possessive does below (pointerowner.go ownedByName).
		if k+2 < n && copulaIDs.has(&v.toks[k].spelling) && v.is(k+1, wA, wAn) {
			if p, ok := v.ownedByName(k + 2); ok {
				return c.pointed(v, k+2, p, k)
			}
		}
		// "Those are World Bank estimates", "These are Kiel Institute
		// projections": findings in the plural need no article. ("Those
		// are Syrian estimates": a people's adjective names no maker.)
		if k+1 < n && copulaIDs.has(&v.toks[k].spelling) && v.toks[k+1].capital && !v.demonym(k+1) {
			if p, ok := v.ownedByName(k + 1); ok {
				return c.pointed(v, k+1, p, k)
			}
		}
		if k < n && copulaIDs.has(&v.toks[k].spelling) {
			if a, b := v.npAfter(k+1, n); b > a {
				// The phrase read may run on past the possessive
				// ("COGAT's figures").
				for p := a + 1; p <= b && p < n; p++ {
					if v.isOne(p, wApostrophe) && v.ownedEnd(v.possEnd(p-1)) {
						return c.pointed(v, a, p, k)
					}
				}
			}
		}
	}
	// "The WHO's attack surveillance system is the source.":
	// sourcepredicate.go.
	if a, b, k, ok := v.sourcePredicate(); ok {
		return c.pointed(v, a, b, k)
	}
	// "So says the Libyan Red Crescent": "so" stands for what the
	// sentence before said.
	// "So says a survey published yesterday by the Norwegian Refugee
	// Council": findings say it for their maker.
	// "So finds the latest survey by the Netherlands Institute for
	// Social Research": a findings verb, inverted as "says" is.
	if v.isOne(0, wSo) && (v.toks[1].report || v.toks[1].finding && !v.toks[1].capital) {
		if a, b := v.npAfter(2, n); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			a, b = v.findingsMaker(a, b, n)
			return c.pointed(v, a, b, 1)
		}
	}
	// "UNICEF, which supplied the figure, said half of them were
	// children": the subject gave the figure pointed back at.
	if a, b, j, ok := v.relativeGiver(); ok {
		return c.pointed(v, a, b, j)
	}
	// "Israeli officials, who took reporters to its entrance, gave that
	// length": a subject that gave what a demonstrative object points
	// back at.
	// "Dr Ayman Rabah, director-general of the health ministry in Gaza,
	// gave the figure": the aside says whom the subject speaks for.
	if at, ok := v.gaveThat(); ok {
		cl, ok := c.name(v, at)
		cl.How = Next
		return cl, ok
	}
	return Claimant{}, false
}

// pointerSubject reads a subject pointing back at the sentence before
// ("That number", "Those counts", "These", "The estimate") and returns
// where what follows it starts.
func (v *view) pointerSubject() (int, bool) {
	switch {
	case v.is(0, wThe, wThat, wThis) && v.toks[1].backNoun():
		return 2, true
	// "The projection is the IPC's", "The forecast is the European
	// Central Bank's": findings, after "the", are what the sentence before
	// stated, when their owner closes the predicate (ownedEnd).
	case v.isOne(0, wThe) && v.toks[1].word && !v.toks[1].capital && v.toks[1].has(cFindingNoun) && copulaIDs.has(&v.toks[2].spelling):
		return 2, true
	// "Figure is Controller of Budget's, in quarterly report": a
	// headline's or a strapline's pointer drops its article, as its
	// owner's does (claim114); a noun for a figure opening the line,
	// capitalised, before its copula.
	case len(v.toks) > 3 && v.toks[0].capital && !v.toks[0].shouted && v.toks[0].backNoun() && copulaIDs.has(&v.toks[1].spelling):
		return 1, true
	case !v.is(0, wThat, wThis, wThese, wThose):
		return 0, false
	case copulaIDs.has(&v.toks[1].spelling):
		return 1, true
	case v.toks[1].word && !v.toks[1].capital && (v.toks[1].has(cFindingNoun) || v.toks[1].backNoun()):
		return 2, true
	}
	return 0, false
}

// asideEnd returns the closing comma of a short aside opening at comma i
// ("comes, of course, from", "is, it seems, the ministry's"): lower-case
// words only, no figure and no preposition of source opening it; i when
// there is none.
func (v *view) asideEnd(i int) int {
	if !v.isOne(i, wComma) || i == 0 || !v.toks[i-1].word || v.is(i+1, wFrom, wBy) {
		return i
	}
	for m := i + 1; m < len(v.toks) && m <= i+4; m++ {
		if v.isOne(m, wComma) {
			if m > i+1 {
				return m
			}
			return i
		}
		if !v.toks[m].word || v.toks[m].capital || v.toks[m].fig {
			return i
		}
	}
	return i
}

// modifiedBackNoun reports whether the predicate at k opens on a noun for
// a figure, after up to two adjectives in lower case that no lexicon
// holds but a findings modifier: "Those are provisional numbers from the
// health office", "These are early counts from ...", as "Those are
// figures from" is. A word of any other class ("Those are not", "This is
// why") opens no such noun phrase.
func (v *view) modifiedBackNoun(k int) bool {
	for j := k; j < len(v.toks) && j <= k+2; j++ {
		t := &v.toks[j]
		if t.backNoun() {
			return true
		}
		if !t.word || t.capital || t.inLexicon() && !t.has(cFindingsModifier) && !figureModifier(t.low) {
			return false
		}
	}
	return false
}

// bareFindingsMaker returns the "by" or "from" after bare findings opening
// the phrase [a, b) read after the "of" at j ("the finding of satellite
// analysis by Unosat"): the findings are the work, and its maker follows.
// j when there is none: two lower-case words at most before the noun.
func (v *view) bareFindingsMaker(j, a, b int) int {
	if !v.isOne(j, wOf) {
		return j
	}
	for k := a; k < b-1 && k <= a+2; k++ {
		t := &v.toks[k]
		if !t.word || t.capital || t.has(cDeterminer) {
			return j
		}
		if t.has(cFindingNoun) && v.is(k+1, wBy, wFrom) {
			return k + 1
		}
	}
	return j
}
