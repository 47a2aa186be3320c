package claimant

import "strings"

// Choosing among a sentence's attributions the one that covers a figure
// (what a pronoun or a definite noun takes up is in takeup.go; the
// writer's words that end an attribution's reach: writerbreaks.go;
// relative clauses and asides around a token: relativeaside.go).

// choose picks, among the attributions that cover token ft, the innermost:
// one citing its source first, then the nearest.
func choose(v *view, atts []attr, ft int) (attr, bool) {
	best, bestDist := -1, 1<<30
	for k, a := range atts {
		dist, ok := v.covers(a, ft)
		// ("41% higher than the ministry's count": comparedstandard.go.)
		// ("has published 11 reports": countedworks.go.)
		// ("Passenger numbers rose to 27.6 million": quantityowner.go.)
		if !ok || v.countedSubject(a, ft) || v.comparedStandard(a, ft) || v.countedWorks(a, ft) || v.quantityOwner(a) {
			continue
		}
		if a.cite || a.bracket {
			dist = -1
			// "• Sudan (via Gulf Dispatch Agency): the Sudanese Armed
			// Forces said ...": a line's credit is its outermost source
			// (labelcredit.go).
			if v.lineCredit(a) {
				dist = creditDist - a.anchor
			}
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best < 0 || v.unnamedNearer(atts, ft, bestDist) {
		return attr{}, false
	}
	// "..., Cal Fire said, and 14,000 people have fled, the sheriff
	// said": the figure's clause closes on its own source (ownclosing.go).
	if k, ok := v.ownClosing(atts, atts[best], ft); ok {
		best = k
	}
	// "56 per cent of the identified dead in the ministry's January list,
	// according to a review by Airwars": findings after the figure (the
	// findings noun the anchor), in a phrase of "in", are where it was
	// counted, the material of whoever closes the clause with a claim
	// that covers the figure.
	if a := atts[best]; v.toks[a.anchor].has(cFindingNoun) && a.anchor > ft && a.src > ft+1 && v.isOne(a.src-1, wIn) {
		for k, b := range atts {
			if k != best && b.anchor > a.anchor && (b.kind == kFrame || b.kind == kVerb && b.back) {
				if _, ok := v.covers(b, ft); ok {
					best = k
					break
				}
			}
		}
	}
	// "says it ... cannot confirm that 40 people died": negatedclaim.go.
	if a := atts[best]; a.anchor < ft && v.deniedBetween(a.anchor, ft) {
		return attr{}, false
	}
	// "said it was alarmed by reports that 60 migrants had drowned":
	// hearsay.go.
	if a := atts[best]; a.anchor < ft && v.hearsayBetween(a.anchor, ft) {
		return attr{}, false
	}
	// "councillors said Gaza's toll of 39,000 was ...": the speaker
	// mentions another's count and does not claim it (otherscount.go).
	// An event's or a time's toll ("the storm's toll of 12", "last
	// year's tally of 312") is no one else's count: the speaker's stands.
	if a := atts[best]; a.kind == kVerb && a.anchor < ft {
		if s, e, n, ok := v.ownedCountOf(a.anchor, ft); ok && v.countOwner(s, e) {
			if s >= e || v.placeName(s, e) || v.placeName(s+1, e) && v.toks[s].has(cDeterminer) {
				return attr{}, false
			}
			return attr{src: s, srcEnd: e, anchor: n, kind: kFindings}, true
		}
	}
	// "Prabowo Subianto's 58.6 per cent, as certified by the General
	// Elections Commission, is ...": whose share it is gives way to an
	// aside of "as" that says who vouches for it.
	if atts[best].kind == kPossFig {
		for _, a := range atts {
			if a.kind == kVerb && a.back && a.anchor > ft && v.asAside(a.anchor) {
				if _, ok := v.covers(a, ft); ok {
					return a, true
				}
			}
		}
	}
	if in, ok := v.relayAside(atts, best); ok {
		return in, true
	}
	// "By my own count, the Commission has announced 14 ...":
	// owncountopening.go.
	if o, ok := v.ownCountOpening(atts, best, ft); ok {
		return o, true
	}
	// "Satellite imagery shows 69 percent ..., the UN Satellite Centre
	// says": quantityowner.go.
	if o, ok := v.closingOverBareOwner(atts, best, ft); ok {
		return o, true
	}
	if k, ok := v.relayedReport(atts, best, ft); ok {
		return atts[k], true
	}
	if k, ok := v.recordedBy(atts, best, ft); ok {
		return atts[k], true
	}
	if k, ok := v.ownBodyTells(atts, best, ft); ok {
		return atts[k], true
	}
	// "the ministry said that the country expects": countryinner.go.
	if k, ok := v.countryInner(atts, best, ft); ok {
		return atts[k], true
	}
	return atts[best], true
}

// relayedReport finds, when the chosen attribution atts[best] is a relay's
// verb ending the sentence (", Interfax reported."), a reporting clause it
// reaches back over that opens before the figure and covers it ("the
// ministry said it had repelled 9 tanks"): what the relay reports is that
// source's account, and the innermost source is the claimant. So do
// people counted after "according to" ("U.S. officials estimate that
// Hamas has 9,000 fighters, according to two people familiar with the
// intelligence"): unnamed sources pass on what officials estimate, where
// a body after the frame ("Oxfam said the toll, now over 43,000
// according to the health ministry, ...") is the figure's own source.
func (v *view) relayedReport(atts []attr, best, ft int) (int, bool) {
	outer := atts[best]
	relay := outer.kind == kVerb && strings.HasPrefix(v.toks[outer.anchor].low, "report") ||
		outer.kind == kFrame && v.toks[outer.anchor].low == "according" && (v.toks[outer.src].num || v.toks[outer.src].fig || v.unnamedOne(outer.src, outer.srcEnd)) ||
		// "..., two people familiar with the assessment said": people
		// counted in words closing the sentence (speakercount.go) pass
		// on the reporting clause as "according to" them does.
		outer.kind == kVerb && v.toks[outer.src].has(cSpeakerCount)
	if !relay || !outer.back || outer.src < ft {
		return 0, false
	}
	for k, a := range atts {
		if k == best || a.kind != kVerb || a.back || a.anchor >= ft || v.anaphoric(a) {
			continue
		}
		// ("Visually confirmed Russian tank losses passed 3,900,
		// according to analysts": a participle before its noun reports
		// nothing; a clause's verb runs on into "that", the figure or a
		// noun phrase's determiner.)
		// ("The spy agency told lawmakers North Korea had sent ...":
		// "told" has its hearers first.)
		if outer.kind == kFrame && !v.isOne(a.anchor+1, wThat) && !v.is(a.anchor, wTold, wTells) && !(a.anchor+1 < len(v.toks) && (v.toks[a.anchor+1].fig || v.toks[a.anchor+1].has(cDeterminer))) {
			continue
		}
		if _, ok := v.covers(a, ft); ok {
			if _, reaches := v.covers(outer, a.src); reaches {
				return k, true
			}
		}
	}
	return 0, false
}

// unnamedOne reports whether the phrase [s, e) is one unnamed person or
// paper, "a legislator", "an official", "a briefing": "South Korea's spy
// agency told lawmakers ..., according to a legislator who attended the
// briefing" is passed on by one who heard it, as by people counted.
func (v *view) unnamedOne(s, e int) bool {
	if e-s < 2 || !v.is(s, wA, wAn) {
		return false
	}
	for k := s + 1; k < e; k++ {
		if t := &v.toks[k]; !t.word || t.capital {
			return false
		}
	}
	return true
}

// asAside reports whether the verb at i opens an aside of "as" after a
// comma: ", as certified by the General Elections Commission,".
func (v *view) asAside(i int) bool {
	return i >= 2 && v.isOne(i-1, wAs) && v.isOne(i-2, wComma)
}

// copulaAfterAside reports whether the verb after an aside closing
// between tokens hi and ft is one of being or of a count's level ("is",
// "stands at", "rose to").
func (v *view) copulaAfterAside(hi, ft int) bool {
	for k := hi; k < ft; k++ {
		if v.isOne(k, wComma) {
			// "was challenged in court by 3 rivals": a passive is no level.
			passive := k+2 < ft && strings.HasSuffix(v.toks[k+2].low, "ed")
			return k+1 < ft && v.is(k+1, wIs, wWas, wAre, wWere, wStands, wStood, wRemains, wRemained, wRose, wReached, wNow) && !passive
		}
	}
	return false
}

// covers reports whether attribution a reaches token ft, and how far.
func (v *view) covers(a attr, ft int) (int, bool) {
	if ft >= a.src && ft < a.srcEnd || a.app < a.appEnd && ft >= a.app && ft < a.appEnd {
		return 0, false // the figure is inside the source's words
	}
	if a.gap {
		return 0, ft == a.anchor
	}
	// "Rafah, a city of 275,000 before the war, now shelters ...,
	// according to UNRWA": sizeaside.go.
	if ft < a.src && ft < a.anchor && v.sizeAside(ft) {
		return 0, false
	}
	// ", which, according to a report, was paused", "The county, whose
	// 2,400 miles of road ..., needs £90m, according to ...":
	// relativescope.go.
	if a.kind == kFrame && (v.frameOpensRelative(a.anchor, ft) || a.back && ft < a.anchor && v.whoseAside(ft, a.anchor)) {
		return 0, false
	}
	// "Researchers at the LSHTM, whose estimate the health ministry has
	// cited, put ... at 64,260", "The ministry's figures, which the WHO
	// has said it considers reliable, list 12,300": who cites or vouches
	// for the findings in a relative clause in commas speaks only inside
	// it; the main clause's figure is its subject's.
	if r, e, ok := v.relativeAround(a.anchor); ok && (ft < r || ft >= e) {
		return 0, false
	}
	// "Our analysis of the health ministry's list of 34,344 identified
	// dead finds that 52 per cent": findings another's findings were made
	// from are the material, not the claim; the outer owner claims.
	// ("the ministry's list of 34,344 identified dead" is still the
	// list's: only past the outer findings' verb is the claim theirs.)
	if a.kind == kFindings && ft > a.anchor && v.materialOf(a.src) && v.verbBetween(a.anchor+1, ft) {
		return 0, false
	}
	// "A police investigation into the deaths of 12 migrants is under
	// way": what findings are "into" is what they look at; a figure there,
	// before any verb of theirs, is no claim of their owner's ("The
	// inquiry's report into the crash found 12 failings" claims its 12).
	if a.kind == kFindings && ft > a.anchor+1 && v.toks[a.anchor+1].low == "into" && !v.verbBetween(a.anchor+1, ft) {
		return 0, false
	}
	switch a.kind {
	case kPossFig:
		return 0, ft == a.anchor
	case kLabel:
		return 1 << 20, ft > a.anchor
	case kFindings:
		// "the UN's later figure of 2,251": findings that give their
		// figure after "of" claim that figure alone.
		// ("review of 212 hospital records found" counts what it read.)
		if f := a.anchor + 2; v.isOne(a.anchor+1, wOf) && f < len(v.toks) && v.toks[f].fig && !v.figureModifies(f, len(v.toks)) {
			for f < len(v.toks) && v.toks[f].fig && f < ft {
				f++
			}
			return 0, ft >= a.anchor+2 && ft <= f && v.toks[ft].fig
		}
	}
	lo, hi := a.src, a.anchor
	if a.anchor < lo {
		lo = a.anchor
	}
	if a.srcEnd > hi {
		hi = a.srcEnd
	}
	if ft > hi {
		// "14 homes destroyed (sheriff's office), 38 in shelters, 0
		// deaths", "2,600 evacuated (per the ministry), 19 roads
		// closed": a source in brackets is set right after what it
		// covers, and covers no figure after it (bracketSources,
		// bracketedsource.go).
		if v.bracketedBefore(a, ft) {
			return 0, false
		}
		// "According to UNRWA, whose schools taught 300,000 children,
		// ...": see framedsource.go.
		if a.kind == kFrame && v.describedSource(a, ft) {
			return 0, false
		}
		// Forward: "X said that ... 153", "X's count rose by 71".
		// "Key numbers from OCHA's latest update: 1.9 million displaced;
		// 60 per cent ...": findings heading a list cover its items too,
		// when they name whose they are ("Key numbers:" do not).
		// ", as recorded by the ministry, is at least 46,006": an aside of
		// "as" in the subject vouches for what the subject's verb of
		// being gives; "..., was challenged by 3 rivals" is no count of
		// its.
		if a.back && v.asAside(a.anchor) && !v.copulaAfterAside(hi, ft) {
			return 0, false
		}
		// "The toll in the West Bank, reckons the Palestinian Red
		// Crescent, now stands at 530": an inverted aside between a
		// subject and its predicate covers the predicate resumed after
		// it (verbattr.go asideResumes).
		if a.back && a.kind == kVerb && a.src > a.anchor && v.asideResumes(a.anchor-1, a.srcEnd, len(v.toks)) && !v.clauseBreak(a.srcEnd+1, ft) {
			return ft - hi, true
		}
		// "The Pentagon, citing Centcom assessments, said 112 trucks had
		// crossed, though the WFP said only 37 ...": what is cited ends
		// with its teller's clause, before a clause of contrast.
		if a.cite && v.contrastClause(hi, ft) {
			return 0, false
		}
		// ("Per MoDOT, Route 13 remains closed; crews have cleared 6 of
		// 9": a frame opening a live blog's line covers its items,
		// openingframe.go.)
		if v.clauseBreak(hi, ft) && !((a.kind == kFrame || a.kind == kFindings && (a.src > a.anchor || v.isOne(a.srcEnd, wApostrophe))) && v.listHeader(hi, ft)) && !v.openingFrame(a) || v.timeFrame(hi, ft) || v.relativeClosed(lo, hi, ft) || v.comparison(hi, ft) || v.contrast(hi, ft) || v.laterClause(a, hi, ft) {
			return 0, false
		}
		return ft - hi, true
	}
	if ft < lo {
		closing := v.clauseBreak(ft, lo) && v.closingSourceItem(a)
		if v.clauseBreak(ft, lo) && !closing || a.reach > 0 && ft < a.reach-1 {
			return 0, false
		}
		// "civilians killed (UN verified) — 10,000+ | ... | troops
		// killed (UK estimate) — 350,000": a source in brackets is set
		// right after what it covers, never past another item's figure
		// ("32,070 killed, 74,298 wounded (health ministry)" is one item).
		if a.bracket && v.pastItem(ft, lo) {
			return 0, false
		}
		if a.back || a.kind == kFrame || closing {
			return lo - ft, true
		}
		// "the 13,000 children the ministry says have died".
		// "reached 46,000 when Turkey's agency lifted its count": a
		// subordinator between opens another clause.
		// ("tops 35,000 as AFAD warns of more aftershocks": "as" opens
		// a clause of its own, whose verb with "of" after it claims what
		// follows "of", phraseends.go clauseFinal.)
		if (lo-ft <= 4 || v.modifiedRelative(ft, lo)) && !v.punctBetween(ft, lo) && !v.clauseWordBetween(ft, lo) && !(v.isOne(lo-1, wAs) && v.isOne(a.anchor+1, wOf) && v.ofObject(a.anchor)) {
			return lo - ft, true
		}
	}
	return 0, false
}

// verbBetween reports whether a verb of saying or finding stands in tokens
// [a, b), within a dozen tokens of a.
func (v *view) verbBetween(a, b int) bool {
	for k := a; k < b && k < a+12; k++ {
		if t := &v.toks[k]; (t.report || t.finding) && !t.has(cFindingNoun) && !t.capital {
			return true
		}
	}
	return false
}

// pastItem reports whether, between the figure at ft and token lo, another
// figure stands after a mark that parts a list's items (a dash, a bar, a
// semicolon; not a comma).
func (v *view) pastItem(ft, lo int) bool {
	parted := false
	for k := ft + 1; k < lo; k++ {
		t := &v.toks[k]
		// Only the marks that part items: a bracket or a quotation mark
		// sits inside one ("32,070 killed (13,000 of them children)").
		if !t.fig && (v.isOne(k, wDash) || v.isOne(k, wSemicolon) || t.low == "|") {
			parted = true
		}
		if parted && t.fig && !v.toks[k-1].fig {
			return true
		}
	}
	return false
}

// modifiedRelative reports whether the figure at ft, its noun and a
// phrase of a preposition after it run to "that" right before the source
// at lo: "the 210 drownings off the Alboran coast that a rescue agency
// logged", "95 attacks on journalists that Artículo 19
// recorded". The relative clause is on the figure's noun, past what
// places or qualifies it, as "the 95 attacks that Artículo 19 recorded"
// is; at most eight words of the phrase, no verb among them.
func (v *view) modifiedRelative(ft, lo int) bool {
	if lo-1 <= ft || !v.isOne(lo-1, wThat) || lo-ft > 14 {
		return false
	}
	k := ft
	for k < lo && v.toks[k].fig {
		k++
	}
	// The figure's noun: one or two lower-case words.
	n := k
	for k < lo-1 && k < n+2 && v.toks[k].word && !v.toks[k].capital && !v.toks[k].has(cPreposition) {
		k++
	}
	if k == n || !v.toks[k].has(cPreposition) || v.toks[k].capital {
		return false
	}
	for m := k + 1; m < lo-1; m++ {
		if t := &v.toks[m]; !t.word || t.fig || t.num || t.report || t.finding || v.isVerbLike(m) {
			return false
		}
	}
	return true
}
