package claimant

import "strings"

// A sentence after a figure's that opens on a pointer back at the figure
// and names its source: "The number comes from X", "The figure was
// compiled by X", "That estimate appears in a report by X", and a line
// that is only a findings noun and its source, "Estimate from UNRWA"
// (pointerSource, asked by backReference in next.go, by linepointer.go and
// by span.go).

// pointerSource reads "The number comes from X" and "The figure was
// compiled by X" at the start of a sentence: a findings noun pointing back,
// then its source, before any figure of the sentence.
func (v *view) pointerSource(c *call) (Claimant, bool) {
	// "10:21 — That figure comes from ...": past a live blog's stamp.
	lo := v.skipDateline(0)
	if len(v.toks)-lo < 4 && !v.strapFrom(lo) || !v.pointerHead(lo) && !v.passivePointer(lo) && !v.saidCame(lo) {
		return Claimant{}, false
	}
	reach, ago := lo+6, -1
	// "was confirmed a few minutes ago by the governor": a time ago said
	// between the verb and "by" does not use up the reach, and its count
	// ("a few") is no figure of the sentence's own.
	for k := lo + 3; k < len(v.toks) && k <= lo+9 && !v.boundary(k); k++ {
		if v.isOne(k, wAgo) {
			reach, ago = k+2, k
			break
		}
	}
	// "was presented at a news conference by", "was given to MPs on the
	// International Development Committee by": a passive's agent comes
	// after where, when and to whom it was given; those phrases, with no
	// figure or clause in them, do not use up the reach.
	if v.passiveAt(lo+2) || v.passiveAt(lo+1) {
		for k := lo + 4; k < len(v.toks) && k <= lo+16 && !v.boundary(k) && !v.toks[k].fig; k++ {
			// ("by phone by the health office": the means passed over,
			// givenby.go meansBy.)
			if v.isOne(k, wBy) && !v.meansBy(k) {
				reach = max(reach, k)
				break
			}
		}
	}
	// "The estimate appears in a confidential report by a UN panel",
	// "is contained in the agency's bulletin from": the figure stands in
	// findings, and whoever made them is its source; the findings' phrase
	// does not use up the reach.
	if k, ok := v.inFindings(lo + 2); ok {
		reach = max(reach, k)
	}
	// "is contained in the Bank of Ghana's latest Summary of Economic and
	// Financial Data", "appears in Ecobank's weekly note": findings an
	// owner's possessive names, after "in" (pointerin.go).
	inOwned := v.inOwnedWork(lo + 2)
	j0 := lo + 2
	if v.strapFrom(lo) {
		j0 = lo + 1
	}
	for j := j0; j < len(v.toks) && j <= reach; j++ {
		// "That figure comes, of course, from the ministry": an aside in
		// commas between the verb and its complement is passed over.
		if m := v.asideEnd(j); m > j {
			reach += m - j
			j = m
			continue
		}
		// "Those findings, published on Monday, come from": an aside on
		// the subject before its verb (pointersubjectaside.go).
		if j <= lo+3 {
			if m := v.subjectAsideEnd(j); m > j {
				reach += m - j
				j = m
				continue
			}
		}
		if j < ago && j >= ago-3 {
			continue
		}
		// "That figure, from OCHA, includes ...".
		// "The count, compiled by Morocco's interior ministry from
		// provincial reports, rose by 45": a maker's participle in an
		// aside names the source before the sentence's own figure.
		if v.toks[j].fig || v.boundary(j) && !(v.isOne(j, wComma) && (v.is(j+1, wFrom, wBy) || v.participleBy(j+1))) {
			// "The figure, released on Thursday by the ministry,":
			// see pointeraside.go.
			if !v.isOne(j, wComma) || v.toks[j].fig {
				return Claimant{}, false
			}
			by := v.participleAsideBy(j + 1)
			if by < 0 {
				return Claimant{}, false
			}
			reach = max(reach, by)
			j = by - 1
			continue
		}
		// "That estimate belongs to the IOM", "is credited to": a verb of
		// whose the figure is, and "to".
		// "That comparison draws on UNRWA crossing data": findings
		// resting on a source (pointerorigin.go); "is based on Israeli
		// figures compiled by AFP" rests on what its maker compiled,
		// and the maker is read below.
		// "Those figures come via the statistics office": after "come",
		// "via" is "from" (findingsvia.go).
		if !(v.is(j, wBy, wFrom) || j == inOwned || v.isOne(j, wVia) && v.is(j-1, wCome, wComes, wCame) || v.isOne(j, wTo) && provenance(v.toks[j-1].low) || v.restsOnSource(j)) || v.gerund(j+1) || v.meansBy(j) {
			continue
		}
		// "That breakdown comes from our reading of the ministry's
		// lists": the writer's own work, whatever its noun, is the
		// writer's; the lists it read are not the source.
		if v.is(j, wFrom, wBy) && v.is(j+1, wOur, wMy) && j+2 < len(v.toks) && v.toks[j+2].word && !v.toks[j+2].capital {
			cl := c.claimant(v, j+1, j+2, "")
			cl.How = Next
			return cl, true
		}
		// "were released by deputy energy minister Roman Andarak":
		// the post's holder (postname.go).
		if x, y, ok := v.postThenName(j+1, len(v.toks)); ok && v.isOne(j, wBy) {
			cl, ok := c.name(v, attr{src: x, srcEnd: y, anchor: j})
			cl.How = Next
			return cl, ok
		}
		// ("come from regional governors": people named by their
		// calling, with no determiner, barepeople.go; "are from
		// al-Aqsa Martyrs hospital": a name opening on its Arabic
		// article, np.go nameStart.)
		if a, b := v.npAfter(j+1, len(v.toks)); b > a && (v.nameStart(a) || v.toks[a].has(cDeterminer) || v.barePeople(a, b)) {
			// "comes from a satellite assessment Unosat published": the
			// findings are whoever made them.
			// ("assessment" is a verb's form too: it may end the phrase.)
			for k := min(b, len(v.toks)-1); k > a; k-- {
				if v.toks[k].has(cFindingNoun) && !v.inName(k) {
					if x, y, ok := v.madeBy(k, len(v.toks)); ok {
						a, b = x, y
					} else if x, y := v.madeByAgent(a, k+1); x > k {
						// "comes from a report published on Monday
						// by the National Centre for Statistics", no
						// comma (claim28).
						a, b = x, y
					}
					break
				}
			}
			a0 := a
			a, b = v.postOfBody(a, b, len(v.toks))
			// "given by Ukraine's president, Volodymyr Zelenskiy,": the
			// holder's name beside the office (see officeHolder).
			at := attr{src: a, srcEnd: b, anchor: j}
			// "from the federal statistics office, Destatis.": a body
			// described by its kind, its name beside it (convention 8),
			// read by name as a subject's is.
			// "by the Disaster and Emergency Management Authority, AFAD.":
			// a full name with its initials beside it gives way to them,
			// as in a subject's commas (convention 8).
			// "given by the governor of the region, Lassina Doumbia, at a
			// press conference": an office of a place runs on through
			// "of" to its holder's name, as after a pointer's "of"
			// (officeframe.go).
			if e, ok := v.holderAfterFrame(a, b, len(v.toks)); ok {
				at.srcEnd = e
				v.appositiveAfter(&at, len(v.toks))
			} else if h := &v.toks[b-1]; h.has(cOfficeNoun) || !h.capital && h.has(cBody) && v.isOne(b, wComma) && v.bodyNameToEnd(b+1) || h.capital && v.isOne(b, wComma) && v.initialsToEnd(b+1) {
				v.appositiveAfter(&at, len(v.toks))
			} else {
				// "by the hospital's medical director, Dr Neil
				// Farrant": a post's holder (passivegap.go).
				v.agentBeside(&at, a0, len(v.toks))
			}
			cl, ok := c.name(v, at)
			cl.How = Next
			return cl, ok
		}
		return Claimant{}, false
	}
	return Claimant{}, false
}

// participleBy reports whether a participle and its agent open at token i:
// "compiled by", "gathered from".
func (v *view) participleBy(i int) bool {
	if i+1 >= len(v.toks) || !v.is(i+1, wBy, wFrom) {
		return false
	}
	t := &v.toks[i]
	return t.word && !t.capital && (strings.HasSuffix(t.low, "ed") || t.has(cIrregularPast))
}

// inFindings reads, from the verb at token i, "appears in a report by",
// "is contained in a new survey from", "was published in the bulletin
// of": a verb, "in", and a phrase whose head is a findings noun followed
// by its maker's "by", "from" or "of". It returns that preposition.
func (v *view) inFindings(i int) (int, bool) {
	k := i + 1
	if v.passiveAt(i) || v.is(i, wIs, wWas, wAre, wWere) {
		k++ // "was published in", "is in"
	}
	if !v.is(k-1, wIn, wWithin) && !v.is(k, wIn, wWithin) {
		return 0, false
	}
	if !v.is(k-1, wIn, wWithin) {
		k++
	}
	for m := k; m < len(v.toks) && m <= k+4 && !v.boundary(m) && !v.toks[m].fig; m++ {
		if t := &v.toks[m]; (t.has(cFindingNoun) || t.has(cPostedWork) || t.has(cDocumentNoun)) && !t.capital && v.is(m+1, wBy, wFrom, wOf) {
			return m + 1, true
		}
	}
	return 0, false
}

// pointerHead reports whether a subject pointing back at the sentence
// before opens at token i: a demonstrative or "the", and a noun for a
// figure or for findings ("That estimate", "Those numbers", "The survey").
func (v *view) pointerHead(i int) bool {
	// "Figures are from Punjab's ...", "Numbers come from": a bare plural
	// findings noun opening the sentence, its verb, then "from".
	if w := &v.toks[i]; w.capital && (w.backNoun() || w.has(cFindingNoun)) && (strings.HasSuffix(w.low, "s") || w.low == "data") &&
		v.is(i+1, wAre, wWere, wCome, wCame) && v.isOne(i+2, wFrom) {
		return true
	}
	// "Figure comes from the state's grain board", "Estimate is from
	// the UN": a strapline's bare singular findings noun opening the
	// line, its verb, then "from"; "Estimate from the UN": with no verb,
	// when the source closes the line (strapFrom).
	if w := &v.toks[i]; w.capital && (w.backNoun() || w.has(cFindingNoun)) &&
		(v.is(i+1, wComes, wCame, wIs, wWas) && v.isOne(i+2, wFrom) || v.strapFrom(i)) {
		return true
	}
	// "Toll given by regional governor Roman Vashchuk on Telegram.": a
	// strapline's bare count noun and a participle of giving
	// (givenby.go).
	if w := &v.toks[i]; w.capital && w.has(cTollNoun) && i+2 < len(v.toks) && givingWords[v.toks[i+1].low] && v.isOne(i+2, wBy) {
		return true
	}
	// "It is from the regional housing inspectorate", "It comes from
	// DTEK": "it" opening the sentence after a figure's is the figure,
	// coming from its source, as a bare "That" is (below).
	// ("It came from Hodeidah, where the heaviest fighting was": the
	// past tells where a thing came from, a narrative's; the present
	// tells where the figure stands. A known place after "from" is no
	// source either.)
	// "It" may be anything, so what it comes from is a source only when
	// it could say a figure: a name, a body, people by their calling, a
	// post or findings by their kind. "It comes from a long history of
	// neglect", "It is from the north that most came", "It is from the
	// old market road that the convoy arrives" say why or where
	// (review34b).
	if v.isOne(i, wIt) && v.toks[i].capital && v.is(i+1, wIs, wComes) && v.isOne(i+2, wFrom) {
		a, b := v.npAfter(i+3, len(v.toks))
		if a < b && v.toks[a].has(cDeterminer) {
			a++
		}
		if a >= b || v.knownPlace(a, b) || v.placeName(a, b) {
			return false
		}
		// ("the Conference Board's monthly survey of households": findings
		// before the of-phrase of what they counted head the phrase.)
		for m := a + 1; m+1 < b; m++ {
			if v.toks[m].has(cFindingNoun) && !v.toks[m].capital && v.isOne(m+1, wOf) {
				b = m + 1
				break
			}
		}
		h := &v.toks[b-1]
		return h.capital || h.nameKind() || stateBodyKinds[h.low] || h.has(cGovernment|cForce|cFindingNoun) || h.post() || v.barePeople(a, b)
	}
	// "Such data was provided by the State Border Guard Service": a
	// translated press's "such" points back as "this" does.
	if v.toks[i].low == "such" && i+1 < len(v.toks) {
		if t := &v.toks[i+1]; (t.backNoun() || t.has(cFindingNoun)) && !t.capital {
			return true
		}
	}
	if !v.is(i, wThe, wThat, wThis, wThose, wThese) || i+1 >= len(v.toks) {
		return false
	}
	// "The rate is from the central bank's fixing", "The share comes
	// from the ministry's breakdown": a noun for a kind of figure,
	// its verb of coming or being, then "from" (measurepointer.go).
	if v.measurePointer(i + 1) {
		return true
	}
	t := &v.toks[i+1]
	if t.backNoun() || t.has(cFindingNoun) && !t.capital {
		return true
	}
	// "The price data were gathered by", "The casualty figures": one
	// lower-case modifier before the noun, and a verb of making after.
	if i+2 < len(v.toks) && t.word && !t.capital && !t.inLexicon() {
		if n := &v.toks[i+2]; (n.backNoun() || n.has(cFindingNoun)) && !n.capital && v.pointerVerb(i+3) {
			return true
		}
	}
	// "That comes from the regional emergency coordination centre": a
	// bare demonstrative is the figure, coming from its source.
	if v.is(i, wThat, wThis) && v.is(i+1, wComes, wCame) && v.isOne(i+2, wFrom) {
		return true
	}
	// "That's from DTEK, in a statement just now", "This is from the
	// regional administration": so is one that is from it.
	if v.is(i, wThat, wThis) && (v.is(i+1, wIs, wWas) && v.is(i+2, wFrom) || v.is(i+1, wApostrophe) && v.is(i+2, wS) && !v.toks[i+2].space && v.is(i+3, wFrom)) {
		return true
	}
	// "Those proportions were calculated by the Ledger": a demonstrative
	// points back whatever its noun, when a verb of making or giving
	// follows it (see pointerVerb).
	// ("Those shares, published last week, are drawn from": past an
	// aside on the subject, pointersubjectaside.go.)
	return !v.isOne(i, wThe) && t.word && !t.capital && !t.inLexicon() && (v.pointerVerb(i+2) || v.subjectAsideEnd(i+2) > i+2)
}

// pointerVerb reports whether a verb of making, counting or giving opens
// at token i, after any auxiliary: "were calculated by", "was provided by",
// "come from".
func (v *view) pointerVerb(i int) bool {
	for i < len(v.toks) && v.toks[i].has(cBetween) {
		i++
	}
	if i >= len(v.toks) {
		return false
	}
	t := &v.toks[i]
	// "were gathered by": a participle with its agent after it.
	// "Those proportions are drawn from UNHCR registration data": a
	// participle of taking out of a source (pointerpassive.go takenFrom).
	return t.report || t.finding || origin(t.low) || v.is(i, wCome, wComes, wCame) || v.isOne(i+1, wBy) && t.word && !t.capital && v.isVerbLike(i) ||
		takenFrom[t.low] && v.isOne(i+1, wFrom)
}

// countedAfter reports whether the "of" at token i follows "number":
// "the number of Palestinians killed" names what is counted, never who
// counted it.
//
// "Those are the numbers of Caminando Fronteras, a Spanish group": a
// name after "of" closing its clause, no people and no place, owns the
// numbers, as after "figures of" (numbersOwner).
//
// "It is the proportion of Kenya's land under drought": a measure's noun
// (measurepointer.go measureNouns) before "of" names what is measured,
// whatever name follows, and never an owner (claim116).
func (v *view) countedAfter(i int) bool {
	if i <= 0 || !v.isOne(i, wOf) {
		return false
	}
	if p := &v.toks[i-1]; p.word && !p.capital && measureNouns[p.low] {
		return true
	}
	return v.is(i-1, wNumber, wNumbers) && !v.numbersOwner(i+1)
}

// numbersOwner reports whether capitalised words opening at k, none a
// people's adjective or plural, close their clause and name no place:
// the owner of "the numbers of" before them.
func (v *view) numbersOwner(k int) bool {
	m := k
	for m < len(v.toks) && v.toks[m].word && v.toks[m].capital && !v.demonym(m) && !v.peoplesPlural(m, k-1) {
		m++
	}
	if m == k || m < len(v.toks) && !v.boundary(m) {
		return false
	}
	return !v.knownPlace(k, m) && !v.placeName(k, m)
}

// strapFrom reports whether the capitalised findings noun at i opening a
// line is followed by "from" and a source that closes the line, with no
// verb: "Estimate from UNRWA", "Figures from the
// state grain board." ("Figures from the bureau are due on Friday" goes
// on past its source.)
func (v *view) strapFrom(i int) bool {
	if i+2 >= len(v.toks) || !v.isOne(i+1, wFrom) {
		return false
	}
	if w := &v.toks[i]; !w.capital || !(w.backNoun() || w.has(cFindingNoun)) {
		return false
	}
	a, b := v.npAfter(i+2, len(v.toks))
	return b > a && (b == len(v.toks) || b == len(v.toks)-1 && v.boundary(b))
}
