package claimant

// An owned piece of work and what it read: "A Ledger analysis of the
// ministry's lists of named dead found that 59 per cent ...", "Our own
// review of 140 admission records from Kamal Adwan hospital found that
// 58 ...". The work's owner made the finding (convention 3); the lists,
// records or imagery after "of" are its material, as after "based on"
// (see outlet.go), and their owner claims nothing past the work's verb.

// inWorkOf reports whether token k stands in the of-phrase of an owned
// piece of work: walking back over words, numbers and possessives, no
// clause's punctuation, to "of" after a findings noun that is no
// quantity ("analysis", "review", "tally", not "figures"), with an owner
// before it ("A Ledger", "Our own", "the Meridian's"). It returns the
// work's noun.
func (v *view) inWorkOf(k, lo int) (int, bool) {
	return v.inWorkOfWithin(k, lo, 10)
}

// inWorkOfWithin is inWorkOf walking back at most reach tokens.
func (v *view) inWorkOfWithin(k, lo, reach int) (int, bool) {
	for m := k - 1; m > lo+1 && m >= k-reach; m-- {
		t := &v.toks[m]
		if t.id == wOf {
			w := &v.toks[m-1]
			if w.word && w.has(cFindingNoun) && !quantityNounIDs.has(&w.spelling) && v.ownedWork(m-1, lo) {
				return m - 1, true
			}
			// "A tally by this newspaper of the ministry's daily
			// reports": the work's maker after "by", then its material.
			if f, ok := v.workByMaker(m, lo); ok {
				return f, true
			}
			continue
		}
		// ("of named reporters killed": an agent noun in -ers is no
		// verb of report; "of the published burial lists": nor is a
		// participle after a determiner, claim27c.)
		// ("search-and-rescue": a hyphen inside a word, claim27c.)
		// ("of 214 strike reports published by regional authorities":
		// the material's maker after its participle and "by" is still
		// the material's, ownedworkcount.go.)
		if !(t.word || t.num || t.id == wApostrophe || t.id == wDash && !t.space) || t.report && !t.has(cFindingNoun) && !t.agent() && !v.attributive(m) && !v.materialParticiple(m) {
			return 0, false
		}
	}
	return 0, false
}

// ownedWork reports whether the findings noun at i has an owner just
// before it: a name ("A Ledger analysis", "the Meridian's review") or
// the first person ("Our own review", "my count").
func (v *view) ownedWork(i, lo int) bool {
	for m := i - 1; m >= lo && m >= i-4; m-- {
		t := &v.toks[m]
		switch {
		case t.has(cFirstPerson) && t.id != wWe && t.id != wI:
			return true
		case t.id == wApostrophe || t.word && t.capital && !t.has(cDeterminer) && m > lo:
			return true
		case t.low == "s" && m > lo && v.isOne(m-1, wApostrophe):
			// "The Post's analysis": the possessive's "s".
			return true
		case t.word && t.capital && !t.has(cDeterminer) && m == lo && m < i-1:
			return true
		case t.word && !t.capital && m >= i-2 && t.low == "own":
			continue
		case t.word && !t.capital && m == i-1 && !t.report && (v.isOne(i-2, wOwn) || v.is(i-2, wMy, wOur)):
			// "By my own rough count", "our latest tally": a word of
			// manner after the owner or "own" (claim27c).
			continue
		case t.has(cDeterminer):
			continue
		default:
			return false
		}
	}
	return false
}

// dropWorkMaterial drops from atts, in place, the attributions whose
// source stands in an owned work's of-phrase when the work itself is
// read as findings: "the ministry's lists" in "A Ledger analysis of the
// ministry's lists ... found".
func (v *view) dropWorkMaterial(atts []attr, lo int) []attr {
	// (A method needs "from" or a comma: workmethod.go.)
	if len(atts) < 2 || !v.words.has(wOf) && !v.words.has(wFrom) && !v.words.has(wComma) {
		return atts
	}
	out := atts[:0]
	for _, a := range atts {
		// ("Our analysis of the ministry's list of 34,344 identified
		// dead": findings giving their own figure after "of" keep it.)
		ownFigure := a.kind == kFindings && v.isOne(a.anchor+1, wOf) && a.anchor+2 < len(v.toks) && v.toks[a.anchor+2].fig
		// "An analysis by the Colombo Mirror of OCHA's daily reports":
		// a possessive's owner read back over the work and its maker
		// (ownedworkcount.go).
		if a.kind == kFindings && !a.back && !ownFigure {
			if w, ok := v.inWorkOf(a.srcEnd-1, lo); ok && w > a.src && w != a.anchor && hasFindingsAt(atts, w) {
				continue
			}
		}
		if !a.back && a.kind != kLabel && a.src > lo && !ownFigure {
			if w, ok := v.inWorkOf(a.src, lo); ok && w != a.anchor && hasFindingsAt(atts, w) {
				continue
			}
			// ("my own rough count from the agency's lists": the owner's
			// phrase may be read back over the work, so its last word
			// is walked back from too.)
			if w, ok := v.inWorkMethod(a.src, lo); ok && w != a.anchor && hasFindingsAt(atts, w) {
				continue
			}
			if w, ok := v.inWorkMethod(a.srcEnd-1, lo); ok && w > a.src && w != a.anchor && hasFindingsAt(atts, w) {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// hasFindingsAt reports whether atts holds findings anchored at token w,
// or a frame of findings ("By the Courier's reckoning, drawn from ...",
// claim27c).
func hasFindingsAt(atts []attr, w int) bool {
	for _, a := range atts {
		if (a.kind == kFindings || a.kind == kFrame) && a.anchor == w {
			return true
		}
	}
	return false
}

// materialAside reports whether the aside opening at k names the material
// of findings, "compiled from COGAT's daily dashboard", "based on UN
// figures": the findings' maker is not in it.
func (v *view) materialAside(k int) bool {
	if k < len(v.toks) && basisWords[v.toks[k].low] && v.is(k+1, wOn, wFrom, wUpon) {
		return true
	}
	// "Our tally, cross-checked against the Forum's list, shows": the
	// work's method (workmethod.go).
	return v.methodAsideAt(k)
}

// workByMaker reads back from "of" at token o over a maker named after
// "by" ("by this newspaper", "by the Meridian") to the findings noun
// before it, no quantity: "A tally by this newspaper of the ministry's
// daily reports shows" is the newspaper's work, the reports its material.
// It returns the findings noun.
func (v *view) workByMaker(o, lo int) (int, bool) {
	for m := o - 1; m > lo+1 && m >= o-6; m-- {
		t := &v.toks[m]
		if t.id == wBy {
			w := &v.toks[m-1]
			return m - 1, m+1 < o && w.word && w.has(cFindingNoun) && !quantityNounIDs.has(&w.spelling)
		}
		if !t.word || t.has(cPreposition) && t.id != wBy || t.report && !t.has(cFindingNoun) {
			return 0, false
		}
	}
	return 0, false
}
