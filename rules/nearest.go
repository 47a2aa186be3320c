package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// nearestHits finds, for figure fi, the nearest hit of role r and the
// nearest exclude_near hit: their distances in words and their indexes in
// hits (-1 when none). For a running total, a keyword the figure is a part
// of ("14,000 of the dead") is not the figure's: a part is never the total.
// in is the sentence being read, fi one of its figures. A keyword of the
// question in answers (question.go) counts when none of its own stands
// within window words. ties, appended to the buffer given, are the indexes
// of every hit of role r at distance dist (at is the first of them): which
// of two keywords as near the figure is written first decides nothing
// (tiedkeywords.go).
func nearestHits(st *docState, in *figures.Sentence, hits []hit, fi int, r role, total bool, window int, maxValue float64, ties []int) (dist, at, exDist, ex int, tied []int) {
	d := st.d
	fs, fe := d.FigureTokens(fi)
	fn := st.near(in, fi)
	s, labels, wholeFrom, wholeTo := fn.s, fn.labels, fn.wholeFrom, fn.wholeTo
	dist, at, exDist, ex = far, -1, far, -1
	// near takes hit i at distance g: the nearest so far, or one more as
	// near as it.
	near := func(g, i int) {
		if g < dist {
			dist, at, ties = g, i, append(ties[:0], i)
		} else if g == dist && g < far {
			ties = append(ties, i)
		}
	}
	counted, asked := -1, -1
	tallyFrom := -2 // the answered tally's phrase (answeredTallyFrom), looked up once when asked
	restated := fn.restated
	taking := st.takingTotal(fi, fs) // "..., taking the total to N"
	// "36,187 in Turkey and 5,800 in Syria, for a total of nearly 42,000"
	// (sumparts.go): for a running total whose parts make its whole.
	sum, sumEx := st.partsTotal(in, fi), -1
	if sum.conn >= 0 && (!total || !wholeOfParts(d, sum, hits)) {
		if total {
			sumEx = excludedPart(sum, hits)
		}
		sum.conn = -1
	}
	// A lone label names its figure as a list's labels do: "Sales approved
	// to Israel since Oct 7, per officials: north of 100."
	ownFrom, ownTo := fn.ownFrom, fn.ownTo
	// "The number of people displaced by ... has risen to N" (countphrase.go):
	// the count's "of" phrase names the figure as near as its last word.
	cpFrom, cpTo, cpGap, cp := st.countPhrase(in, fi)
	// A keyword that ends in the count noun itself ("death toll" of "the
	// death toll from the earthquakes ...") is in the phrase it opens, and
	// so is an exclude_near word right before the noun ("injury toll").
	inPhrase := func(h hit) bool {
		switch {
		case !cp || h.end-1 > cpTo:
			return false
		case h.start >= cpFrom:
			return true
		case !tallyNoun(d.LowerTokenText(cpFrom)):
			return false
		}
		return h.end > cpFrom || h.ref.role != r && h.end == cpFrom
	}
	// The whole's phrase after a part, before the part's predicate, parts
	// the part from no word of that predicate (partverbspan.go).
	pvFrom, pvSpan := -1, 0
	if fi+1 < in.FigEnd && st.wordMarks(in).bits&rmOf != 0 {
		pvFrom, pvSpan = partVerbSpan(d, in, hits, fi, r)
	}
	// "The displaced in Rafah — many living under plastic sheeting ... —
	// number about 1.4 million" (subjectcount.go): the opening subject's
	// core stands as near as the verb that gives its value, and its
	// aside's words are said of the subject, not the figure.
	sc, scOK := st.subjectCountOf(in, fi)
	if scOK {
		scOK = false
		for _, h := range hits {
			if h.ref.role == r && sc.headsCore(d, h) {
				scOK = true
				break
			}
		}
	}
	for i, h := range hits {
		if fromQuestion(in, h) {
			if h.ref.role == r && asked < 0 {
				asked = i
			}
			if h.ref.role == roleNear && exDist > definedTopicGap && definedInQuestion(d, h) && !wholeOutOf(d, in, fi) {
				// "What is FMF? A grant ... $3.3bn a year under the MOU"
				// (definedtopic.go): the answer's figures are FMF's.
				exDist, ex = definedTopicGap, i
				continue
			}
			if h.ref.role == roleNear && exDist == far {
				// Only a spoken topic gives an exclude_near word from the
				// sentence before (topicHits): "Now, the children. More
				// than thirteen thousand killed".
				if g := answerDistance(d, in, fi); g < far {
					exDist, ex = g, i
				}
			}
			continue
		}
		if labels && (h.ref.role == r || h.ref.role == roleNear) {
			if !labelled(d, s, fi, h) {
				// The list's whole ("total: 50,132", "combined – 50,132")
				// counts what its parts' labels and its opening count.
				if h.ref.role == r && dist >= 1 && wholeLabel(d, s, fi) {
					near(1, i)
				}
				// The list's opening says what every item counts: "FACT
				// BOX — US aid to Israel: ... | Per year: $3.8bn". Its
				// own label's keyword stays nearer.
				if h.ref.role == r && dist >= 2 && openingFrames(d, s, h) {
					near(2, i)
				}
				// The list's opening frames every item: "Key figures,
				// Kharkiv region: civilians killed – 2,004 / ...".
				if h.ref.role == roleNear && exDist > 0 && inListOpening(d, s, h) && !joinedPlace(d, h) {
					exDist, ex = 0, i
				}
				continue
			}
			if ls, _ := figureLabel(d, s, fi); ls >= 0 {
				// A label names what its figure counts, however long.
				if h.ref.role == r && dist >= 0 {
					near(0, i)
				} else if h.ref.role == roleNear && counted < 0 && !joinedPlace(d, h) {
					// A place joined to another ("dead (Turkey and
					// Syria)") makes the whole, not a part.
					counted = i
				}
				continue
			}
		}
		switch h.ref.role {
		case r:
			// Whether the keyword is the noun the figure leaves out is
			// read only where an answer turns on it: a keyword owned
			// across a conjunction, or one before the figure. Most
			// keywords follow their figure ("500 people were wounded").
			owned := r == roleKeyword && ownedAcrossConjunction(d, fi, h)
			elided := (owned || h.end <= fs) && st.elidedNoun(in, fi) && nounOfFigure(d, in, fi, h) ||
				h.end <= fs && existentialElided(d, in, fi) // "...; by one official's tally there have been more than 100" (existential.go)
			if r == roleKeyword && (owned && !elided && !(total && (totalMarked(d, in, fi) || sum.conn >= 0)) || total && (partOfUnactedKeyword(d, in, fi, fs, fe, h) && !crowdWholeAct(d, in, fi, h, maxValue) || partOfSharedWhole(d, in, fs, fe, hits, h))) {
				continue
			}
			if pastSemicolon(d, in, h, fi) {
				continue // "every displaced family; in Sudan, where 750,000 people are on the brink of famine"
			}
			if frontedAfterSemicolon(d, in, h, fe) {
				continue // "has reached 30,000; in Rafah, 1.4 million shelter" (semicolon.go)
			}
			if ownFigureAfterSemicolon(d, in, h, fi) || ownFigureAfterClauseBreak(d, in, h, fi) {
				continue // "toll rises to 63; suspected cases near 3,100" (semicolon.go); "cases pass 9,000, deaths rise to 171" (clauseownfigure.go)
			}
			if r == roleKeyword && h.end <= fs && st.wordMarks(in).who && inPersonAside(d, in, h, fs) {
				continue // "Dr. Hamid, who ... before fleeing to Egypt, says 1.5 million ..." (personaside.go)
			}
			if r == roleKeyword && h.start > fe && withPlaceKeyword(d, fe, h) {
				continue // "have passed 100,000, with clusters in displacement camps" (withplace.go)
			}
			if total && partsKeyword(d, in, fe, h) {
				continue // "passed 45,000, with about 39,700 confirmed dead in Turkey" (partkeyword.go)
			}
			if r == roleKeyword && h.end <= fs && restatedInRelative(d, in, hits, h, r, fs) {
				continue // "..., which Israel uses to buy American weapons, and $500 million goes to ..." (relativekeyword.go)
			}
			if r == roleKeyword && splitPartKeyword(d, in, fe, h) {
				continue // "about $3.8bn a year, split between weapons financing and missile defence" (splitkeyword.go)
			}
			if keywordOfShare(d, in, fi, h) {
				continue // "$3.8bn, most of it as Foreign Military Financing" (shareofit.go)
			}
			if moneyOfOther(d, in, fi, h) {
				continue // "$3.3 billion a year in FMF, plus $500 million annually for missile defence"
			}
			if wholeFrom >= 0 && h.start >= wholeFrom && h.end <= wholeTo && (total || !ofThem(d, fe) && !(elided && (definiteElided(d, fs) || frontedOfWhole(d, in, wholeFrom) && !placeNamedIn(d, wholeFrom, wholeTo)))) {
				// The whole's keyword: "$3.8bn in military aid, $3.3bn of
				// it". A part "of them" counts the whole's plural noun, and
				// a metric that is no running total takes it: "six
				// battalions, four of them in Rafah"; so does a part that
				// leaves the noun out, definite ("Of the 24 battalions, ...
				// the four in Rafah") or of a fronted "Of" whole that names
				// no place ("Of the 24 battalions Hamas had ..., four remain
				// in Rafah"), not one said within the whole's place ("Of
				// the four battalions ... in Rafah, ... only two are near
				// full strength") nor a partitive relative's (", of whom
				// ... are now in Rafah" keeps its own keyword).
				continue
			}
			g := acrossVerbDashAside(d, in, fs, h, wordGap(d, fs, fe, h.start, h.end))
			if g > window && h.start > fe {
				g -= raisedAgentGap(d, in, fe, h) // "are reported by the Gaza health ministry to have been killed" (raisedagent.go)
			}
			if ownFrom >= 0 && ownFrom <= h.start && h.end <= ownTo {
				g = 0
			}
			if g > 1 && (contactRelative(d, in, fs, fe, h) || reducedRelativeVerb(d, fe, h)) {
				g = 1 // "the more than 12 million people the war has driven from their homes"
			}
			if g > 0 && h.end <= fs && elided {
				g = 0 // the noun the figure leaves out: "24 battalions, and four remain"
			}
			if g > 1 && !total && h.start >= fe {
				g = min(g, partNounGap(d, in, fi, h)) // "two of the militia's first 20 battalions" (wholeofpart.go)
			}
			if g > 1 && h.start > fe && st.wordMarks(in).bits&rmOf != 0 {
				g = min(g, partActGap(d, in, fi, h)) // "$1.5bn of the $4.1bn appeal ... has been received" (partofexcluded.go)
			}
			if pvFrom >= 0 && h.start >= pvFrom {
				g = min(g, wordGap(d, fs, fe, h.start, h.end)-pvSpan) // "34,000 of the 2.2 million people in Gaza have been killed"
			}
			if inPhrase(h) && cpGap < g {
				g = cpGap
			}
			if scOK && sc.inCore(h) && sc.gap < g {
				g = sc.gap
			}
			if g > window && askedInSentence(d, in, h, fi) {
				// The figure answers the question the keyword is in:
				// as far from it as from the start of its clause.
				g = answerDistance(d, in, fi)
			}
			if (restated >= 0 && h.start >= restated && !pastCleftCount(d, in, fe, h) || restatingHit(in, h)) && g > restatedGap {
				g = restatedGap // the clause that says what the figure is: "..., that's what"
			}
			if taking >= 0 && h.end <= taking {
				// The total of what the sentence counts: "..., taking the
				// total to": as near as the verb that makes it.
				g = min(g, d.WordPos(fs)-d.WordPos(taking)-1)
			}
			if sum.conn >= 0 && h.end <= sum.comma && (h.end > sum.first || wordGap(d, h.start, h.end, sum.first, sum.first+1) <= window) {
				// The keyword of the parts names their total, as near as
				// the phrase that sums them.
				// A dashed total's phrase opens at its mark (dashedtotal.go).
				g = min(g, max(0, d.WordPos(fs)-d.WordPos(sum.conn)-1))
			}
			near(g, i)
		case roleNear:
			if h.end <= fs+livesAdjectives+2 && livesKept(d, in, fi, h) {
				continue // "risking 1.2 million civilian lives": people at stake, not the dead (liveskept.go)
			}
			if taking >= 0 && h.end <= taking {
				continue // the change's words: "... last month alone, which takes the total to"
			}
			if partPlace(d, sum, h) || insideOutPart(d, sum, h) {
				// a part's place, or the side of the frontier a part
				// stands on when the parts' sum is a whole (wholeOfParts):
				// "... and 3.2 million went over into neighbouring states,
				// 14.1 million in all"
				continue
			}
			if total && labelsPart(d, in, fe, h) {
				continue // a part's label: "24,617 (Turkey: 20,937; Syria: 3,680)" (partkeyword.go)
			}
			if total && withMoreClause(d, in, fe, h) {
				continue // "has reached 31,000, with many more under the rubble" (withpartclause.go)
			}
			if total && inWithPartClause(d, in, fe, h) {
				continue // "stands at 46,867, with Turkey's agency reporting 41,156 of those deaths" (withpartclause.go)
			}
			// The verb after a whole and its part is the part's: "two of
			// the 100 sales ... were notified".
			if namesCounted(d, fe, h) || namesCountedPastGloss(d, in, fi, h) || excludedObjectAside(d, fs, h) || joinedToKeyword(d, hits, h, r, fs, fe) || moneyIn(d, in, fi, h) || holderSubject(d, in, fi, h) || loserSubject(d, in, fi, h) || predicateOf(d, fe, h) && !st.wholeOfPart(in, fi) && !quantifiedWhole(d, fi) && !unrealizedSubject(d, in, fi) && !partOwnAct(d, in, hits, fi) {
				// The figure counts the excluded noun itself: "14,000
				// Hamas fighters", "35,000 civilian casualties".
				counted = i
				continue
			}
			if ownFigureAfterClauseBreak(d, in, h, fi) {
				continue // "cases pass 9,000, deaths rise to 171": deaths rule out 171, not 9,000 (clauseownfigure.go)
			}
			if ageSexList(d, fe, h.start) {
				continue // "700,000 men, women and children": the groups together are the whole (agesex.go)
			}
			if predicateOfValueApposition(d, in, fi, h) {
				continue // "the ministry's toll, now 53,000, counts fighters and civilians together" (valueapposition.go)
			}
			if scOK && sc.inAside(h) {
				continue // said of the subject: "The death toll — which includes more than 13,000 children — has reached"
			}
			g := acrossVerbDashAside(d, in, fs, h, wordGap(d, fs, fe, h.start, h.end))
			if pvFrom >= 0 && h.start >= pvFrom {
				g = min(g, wordGap(d, fs, fe, h.start, h.end)-pvSpan) // "2 million of the 48 million people in Sudan have fled abroad"
			}
			if scOK && sc.inCore(h) && !afterClauseOpener(d, sc.from, h.start) && sc.gap < g {
				g = sc.gap // not the place of a clause in the core: "since the attack on southern Israel set off the war"
			}
			if restated >= 0 && h.start >= restated && g > restatedGap && (inCleftCount(d, in, fe, h) || inRestatedCount(d, restated, h)) {
				g = restatedGap // "..., is the number of children killed": the count the figure is (cleftcount.go)
			}
			if s != nil && (sourceOrDateline(d, s, h) || undistinguished(d, s, h)) || otherClause(d, fe, h) || excepted(d, h) || inAside(d, h, fs) || asideOfOtherFigure(d, in, h, fs, fe) || subjectAsideOfOtherFigure(d, in, h, fs) ||
				agentInSubjectPhrase(d, hits, h, r, fi) || scOK && agentInSubjectCore(d, hits, h, r, sc) || inRevisionCause(d, in, fs, fe, h) || mainPredicateAfterRelative(d, in, fs, fe, h) {
				continue
			}
			framing := s != nil && ((placeOfSentence(d, s, h) || frontedTime(d, s, h)) && !timeFrameEnded(d, h, fs) || frontedAlone(d, s, h) || rankedSubject(d, s, h, fs) || itNamesExcluded(d, s, h, fs) || ownedEstimateSubject(d, s, h, fs) || thereNamesExcluded(d, s, hits, r, h, fs, fe))
			if framing && total && ownerHit(d, h) && wholeNamed(d, in, hits, fi) {
				continue // "India's weather office says ... a combined 2,600"
			}
			if framing || ownFrom >= 0 && ownFrom <= h.start && h.end <= ownTo {
				g = 0 // the sentence's place, or a word of the figure's own label
			}
			if kg, ok := placeOfKeyword(d, hits, h, r, fs, fe); ok && kg < g {
				g = kg
			}
			if g > 0 && placeModifiesSubject(d, in, h, fs) {
				g = 0 // "Sudan: Khartoum shelling uproots 160,000" (placemodifier.go)
			}
			if kg, ok := subjectOnKeyword(d, hits, h, r, fs, fe); ok && kg < g {
				g = kg // "$3.5bn in FMF the supplemental had funded" (keywordrelative.go)
			}
			if kg, ok := inKeyword(d, hits, h, r, fs, fe); ok && kg < g {
				g = kg
			}
			if kg, ok := headOfParticiple(d, hits, h, r, fs, fe); ok && kg < g {
				g = kg // "the number of children reported killed in Gaza has passed 17,000"
			}
			if inPhrase(h) && !afterClauseOpener(d, cpFrom, h.start) && cpGap < g {
				// "the number of people killed in Hatay has risen to 20,100";
				// not the place of a clause in the phrase: "killed since
				// the attack on southern Israel set off the war".
				g = cpGap
			}
			if g > 1 && h.end <= fs && h.start >= in.TokStart {
				if tallyFrom == -2 {
					tallyFrom = -1
					if questionBefore(d, in) != nil {
						tallyFrom = answeredTallyFrom(d, in, fi)
					}
				}
				if tallyFrom >= 0 && h.start > tallyFrom {
					g = 1 // "Officials say the figure for those sheltering in Rafah is": as near as the question's keyword (question.go)
				}
			}
			if g > 0 && g < exDist && fi > in.FigStart && h.start > fe && inHeadAside(d, in, fi, h.start) {
				g = 0 // the head's predicate, past the aside that holds the figure: "Nearly a million people, including 300,000 who had fled twice, have left Rafah" (asideclose.go)
			}
			if g < exDist && (!ownedByOther(d, fi, h) || framing && frameReaches(d, h, fs) || pvFrom >= 0 && h.start >= pvFrom) && !ownedAcrossConjunction(d, fi, h) && !includedIn(d, fe, h) && !includedBefore(d, fs, h) && !addedFronted(d, fs, h) && !splitPartKeyword(d, in, fe, h) && !combinedCounter(d, fs, h) && !centredPlace(d, h) && (framing || !joinedPlace(d, h)) {
				exDist, ex = g, i
			}
		}
	}
	if asked >= 0 && dist > window && !echoesQuestion(d, in, fi) {
		// The answer holds no keyword of its own within the window: the
		// question's name what it counts, unless the answer only says
		// back the question's own figure (questionecho.go).
		g := answerDistance(d, in, fi)
		if w := partOfBareAnswer(d, in, fi); w >= 0 && !total {
			// "The army puts it at five, three of those around Rafah":
			// the part counts what its bare whole answers, as far from the
			// question as the whole stands.
			g = min(g, answerDistance(d, in, w))
		}
		if sum.conn >= 0 {
			// The parts' sum, marked as their whole, answers as its
			// first part does: "How many did the quake kill? 45,600 in
			// Turkey and 6,100 in Syria, 51,700 in all"
			// (answer_whole_after_parts.yaml).
			if fj := figureAt(d, sum.first); fj >= 0 {
				g = min(g, answerDistance(d, in, fj))
			}
		}
		if g <= dist {
			// every keyword of the question stands as near
			for i, h := range hits {
				if h.ref.role == r && fromQuestion(in, h) {
					near(g, i)
				}
			}
		}
	}
	if counted >= 0 {
		return dist, at, namedNoun, counted, ties
	}
	if sumEx >= 0 {
		return dist, at, 0, sumEx, ties // the total of parts the exclude_near words rule out
	}
	return dist, at, exDist, ex, ties
}
