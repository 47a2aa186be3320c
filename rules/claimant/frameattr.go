package claimant

import "strings"

// A frame names its source with a word that is no verb of claim:
// "according to X", "per X", "citing X", "hearing from X", "if X is right
// that", a count's owner ("the ministry's estimate"), a count revised
// ("raised the toll to"). frameAt reads them apart from the verbs, as each
// has its own place for the source and most reach back over their clause.

// frameAt reads the frame word at i. done: the word is read as a frame,
// whether or not it names a source (found); otherwise it may still be a
// possessive or a verb of claim ("estimate" and "count" are verbs too).
func (v *view) frameAt(i, lo, hi int) (at attr, found, done bool) {
	t := &v.toks[i]
	// "The death toll of 212, given by Palestinian health officials,":
	// givenby.go.
	if t.low == "given" || t.low == "provided" || t.low == "supplied" {
		if a, ok := v.givenBy(i, lo, hi); ok {
			return a, true, true
		}
	}
	switch {
	case t.low == "according" && v.isOne(i+1, wTo):
		// "according to two US officials familiar with the shipments":
		// people counted are a source as after "citing".
		if a, b := v.citedPhrase(i+2, hi); b > a && !v.bareIdiom(a, b) {
			// "according to figures compiled by the UN"
			a, b = v.findingsMaker(a, b, hi)
			// "according to a readout released by the White House":
			// releasedby.go.
			if x, y, ok := v.releasedBy(a, b, hi); ok {
				a, b = x, y
			} else if x, y, ok := v.workedBy(a, b, hi); ok {
				// "according to court filings reviewed by the Gulf
				// Courier": analysedby.go.
				a, b = x, y
			}
			at := attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true}
			// "..., according to Fadi Awad, a spokesman for Gaza's
			// Civil Defence": a name closing the sentence, then its
			// post (appof.go).
			// "according to the head of the regional military
			// administration, Roman Myronenko": officeframe.go.
			if e, ok := v.holderAfterFrame(a, b, hi); ok {
				at.srcEnd = e
				v.appositiveAfter(&at, hi)
			} else if x, y, ok := v.nameAfterKindComma(a, b, hi); ok {
				// "according to the grid operator, Terna.":
				// kindcommaname.go.
				at.src, at.srcEnd = x, y
			} else if v.isOne(b+1, wWho) || v.postAfterFrame(i, lo, a, b, hi) {
				// "according to Jean Bosco, who runs ..."; after a frame
				// opening the sentence, the comma ends the frame.
				v.appositiveAfter(&at, hi)
			}
			return at, true, true
		}
		return attr{}, false, true
	case t.low == "per" && !v.is(i+1, wCent, wCapita, wDay, wWeek, wMonth, wYear, wPerson, wHead, wHour):
		a, b := v.npAfter(i+1, hi)
		// "per figures from the Federal Employment Agency", "per data
		// compiled by the UN": the findings' maker.
		if b > a && v.toks[a].has(cFindingNoun) && !v.toks[a].capital {
			if f, ok := v.findings(a, a, hi); ok && f.src > a {
				a, b = f.src, f.srcEnd
			}
		}
		// "Gaza toll tops 37,000, per health ministry": after a comma,
		// a headline's body by its kind with no article, closing the
		// line, as in a credit line (nextnamed.go bodyByKind); "2,000
		// euros per regional office" is a rate.
		// "..., per regional governor": an office by its kind closes
		// the line the same way, written as the office (convention 8).
		if v.namesSource(a, b) || v.isOne(i-1, wComma) && (v.bodyByKind(a, b) || v.officeByKind(a, b)) && v.endsAt(b) {
			return attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true}, true, true
		}
		if x, ok := v.heldOffice(a, b); ok {
			// "per regional governor Ivan Dorosh": a lower-case office
			// and its holder's name, written by name (convention 8);
			// "per regional office" names no one.
			return attr{src: x, srcEnd: b, anchor: i, kind: kFrame, back: true}, true, true
		}
		return attr{}, false, true
	case (t.low == "right" || t.low == "correct") && v.isOne(i+1, wThat) && i-1 > lo && v.is(i-1, wIs, wAre, wWas, wWere):
		// "If the ministry is right that 15,000 children have been
		// killed": the figure is the ministry's, held up to question.
		if a := v.npBefore(i-1, lo); a < i-1 && v.nominal(a, i-1) {
			return attr{src: a, srcEnd: i - 1, anchor: i + 1, kind: kVerb}, true, true
		}
		return attr{}, false, true
	case (t.low == "hearing" || t.low == "hear" || t.low == "heard" || t.low == "word" || t.low == "learned" || t.low == "learnt" || t.low == "learns") && (v.isOne(i+1, wFrom) || t.low == "word" && v.isOne(i+1, wReaching) && v.isOne(i+2, wUs) && v.isOne(i+3, wFrom)):
		// "We're hearing from the civil defence that 30 ...", "word
		// from the State Emergency Service that 21 ...", "Xinhua learned
		// from local sources that some 160 families ...".
		if a, b, ok := v.heardFrom(i, hi); ok {
			return attr{src: a, srcEnd: b, anchor: i, kind: kFrame}, true, true
		}
		// "Officials learned from satellite images that 300 ...": what
		// one learns from no teller is one's own to say, so "learned"
		// is left to be read as a verb of its subject.
		return attr{}, false, !learnedFrom(t.low)
	case t.has(cCountVerb):
		// "The regional government raised the death toll ... to 216",
		// "placed the number at", "gave a toll of" (revised.go); else
		// the word is read as any verb ("has revised its toll:").
		if a, ok := v.revisedToll(i, lo, hi); ok {
			return a, true, true
		}
	case t.low == "citing" || t.low == "quoting" || (t.low == "drawing" || t.low == "relying") && v.drawnOn(i, hi):
		// "drawing on figures from the health ministry": drawnon.go.
		k := i + 1
		if t.low != "citing" && t.low != "quoting" {
			k = i + 2
		}
		// "citing no source", "citing nobody": a source denied is none.
		// "citing satellite imagery": material the citer read for
		// itself (citedevidence.go).
		if v.is(k, wNo, wNobody, wNone) || v.ownCited(k) || v.citedEvidence(k, hi) {
			return attr{}, false, true
		}
		if a, b := v.citedPhrase(k, hi); b > a {
			// "Citing data the army compiled": the findings' maker.
			if f, ok := v.findings(b-1, a, hi); ok && v.toks[b-1].has(cFindingNoun) && f.src >= b {
				// "citing figures gathered by its teams and partners":
				// findings the citer's own people made are its own.
				// ("gathered by its partner, the Sudanese Doctors
				// Network": a name beside them is someone else, who
				// made them.)
				if v.ownCited(f.src) {
					if !v.nameBeside(f.srcEnd) {
						return attr{}, false, true
					}
					f.src, f.srcEnd = v.npAfter(f.srcEnd+1, hi)
				}
				a, b = f.src, f.srcEnd
			}
			return attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true, cite: true}, true, true
		}
		return attr{}, false, true
	case t.low == "account" && v.byOwnAccount(i, lo):
		// "Washington, by its own account, has sent Israel 14,000":
		// ownaccount.go.
		if a, ok := v.findings(i, lo, hi); ok {
			v.inOwnersTerms(&a)
			return a, true, true
		}
		return attr{}, false, true
	case (t.low == "toll" || t.low == "total" || t.low == "claim") && v.isOne(i+1, wOf):
		// "The ministry's total of 32,916": possessedof.go.
		if a, ok := v.ownedTally(i, lo, hi); ok {
			return a, true, true
		}
	case t.has(cFindingNoun) && !(i > lo && v.inName(i)) && !v.inBasis(i, lo) && !v.closingClauseVerb(i, lo, hi) && !v.verbBeforeThat(i, lo) && !v.verbBeforeFigure(i, lo) && !v.verbBeforePointer(i, lo) && !v.ofPhraseNoun(i) && !v.bodyModifier(i, hi) && !v.namedVerbClause(i):
		// "estimate", "count" and "report" are verbs too: a noun
		// with an owner is a frame, else the word is read as a verb.
		// ("The Ministry of Defence in London estimates ...": a body's
		// place, then its verb.)
		if a, ok := v.findings(i, lo, hi); ok && !v.placedBodyVerb(a) {
			v.inOwnersTerms(&a)
			return a, true, true
		}
	}
	return attr{}, false, false
}

// possAttr reads a possessive at i owning a figure or a claim: "the
// ministry's 33,091" is the ministry's count, but "the Pentagon's $320m
// pier" is the Pentagon's pier.
func (v *view) possAttr(i, lo, hi int) (attr, bool) {
	if !v.toks[i].poss || i+1 >= hi {
		return attr{}, false
	}
	j := v.possEnd(i)
	if j < hi && v.toks[j].fig && !v.figureModifies(j, hi) {
		return attr{src: v.npBefore(i+1, lo), srcEnd: i + 1, anchor: j, kind: kPossFig}, true
	}
	if v.thatClauseNoun(j, hi) {
		// "Israel's claim that 17,000 of the dead were fighters".
		return attr{src: v.npBefore(i+1, lo), srcEnd: i + 1, anchor: j, kind: kFindings}, true
	}
	return attr{}, false
}

// bareIdiom reports whether the phrase [a, b) after "according to" is one
// lower-case singular noun with no determiner that names no findings,
// body, people or post: "according to plan", "according to schedule"
// say how things went, not who said so ("according to police", "according
// to data" still name a source).
func (v *view) bareIdiom(a, b int) bool {
	t := &v.toks[a]
	if b-a != 1 || !t.word || t.capital || strings.HasSuffix(t.low, "s") || t.post() || agentNoun(t.low) || t.has(cOfficeNoun) {
		return false
	}
	// The noun ends its clause ("according to plan, 200 trucks"), no
	// part of a longer phrase ("according to commander-in-chief ...").
	if b < len(v.toks) && !v.is(b, wComma, wFullStop, wSemicolon) {
		return false
	}
	return !t.has(cFindingNoun|cBody|cPeople|cStaff|cOffice|cFieldPeople|cJournalist) && !serviceKindIDs.has(&t.spelling) && !t.has(cGovernment) && !kindWords[t.low] && !nameKind(t.low)
}
