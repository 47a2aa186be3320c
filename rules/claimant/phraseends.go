package claimant

import "strings"

// Where a claimant's phrase or its clause ends, and what a bracket, a
// headline's figure or a bare name holds: the bounds the owner readers
// (owner.go) and the attribution frames read a source's words within.

// nominal reports whether tokens [a, b) can be a claimant's phrase: one
// that opens with a determiner or a capital, or names staff, or runs to a
// boundary ("health ministry says" after a comma); not "together" in
// "which together once counted", nor "its latest situation" (report).
func (v *view) nominal(a, b int) bool {
	first := &v.toks[a]
	// (All four are pronouns: the class bit passes most words over.)
	if first.has(cPronoun) && v.is(a, wIts, wTheir, wHis, wHer) {
		return v.hasFindingsHead(a, b) || v.partNamedIn(a, b)
	}
	if first.capital || first.has(cDeterminer) || first.has(cPronoun) || first.low == "our" || first.low == "my" {
		return true
	}
	// "Two officials familiar with the talks": people counted.
	if a > 0 && (v.toks[a-1].num || v.toks[a-1].fig) && agentNoun(first.low) {
		return true
	}
	for k := a; k < b; k++ {
		if v.toks[k].capital {
			return true
		}
	}
	// "a sum aid agencies say": the subject of a contact clause on its
	// head (afterContactHead).
	// "which organisers said had drawn 250,000": people after a relative
	// word are its clause's subject.
	// "while organizers put it at 120,000", "but residents say 40 died":
	// people after a word opening a clause of contrast are its subject;
	// so is a force by its bare word ("though police put the figure
	// nearer 2,000", claim17); "Sudan, where aid agencies estimate 25
	// million": people or bodies by their plural kind after "where".
	// "as residents put the number at 60", "while medics at the scene
	// said": clausepeople.go.
	// "The governor said police had told him": people opening the
	// clause an outer verb reports (clausepeople.go reportedPeople).
	return a == 0 || v.boundary(a-1) || a >= 2 && v.afterContactHead(a-2, b) == a || v.peopleOpeningClause(a, b) || v.reportedPeople(a, b)
}

// endsClause reports whether token b (after a source) ends the clause:
// punctuation, the end, or an adverbial ("on Tuesday", "in a statement").
func (v *view) endsClause(b, hi int) bool {
	if b >= hi || v.punct(b) {
		return true
	}
	t := &v.toks[b]
	return t.has(cPreposition) && !v.isOne(b, wTo) || t.has(cDay) || v.is(b, wWho, wWhich) || v.is(b, wLate, wEarlier, wLater, wYesterday, wToday, wTonight, wLast) || v.contactClause(b, hi)
}

// contactClause reports whether a relative clause with no pronoun of its
// own opens at b on the writer's "I" or "we" and a past form: "said a
// Ukrainian deminer I met near Izium", "a nurse we spoke to". The phrase
// before it is whom the writer met.
func (v *view) contactClause(b, hi int) bool {
	if b+1 >= hi || !v.is(b, wI, wWe) {
		return false
	}
	n := &v.toks[b+1]
	return n.word && !n.capital && (len(n.low) > 4 && strings.HasSuffix(n.low, "ed") || n.has(cIrregularPast))
}

// clauseReach is how far after a verb its clause's end is looked for:
// "said in a report released on Monday." is seven words.
const clauseReach = 8

// clauseFinal reports whether the verb at i ends its clause: within a few
// words comes punctuation or the end, with no figure, "that" or second
// verb on the way ("said on Friday.", "told our correspondent.").
func (v *view) clauseFinal(i, hi int) bool {
	// joins: hyphens inside a word ("fact-finding"), which use up no
	// reach: the reach counts words.
	joins := 0
	for k := i + 1; k < hi && k <= i+clauseReach+joins; k++ {
		t := &v.toks[k]
		// "said in a statement carried by the Palestinian news agency
		// Wafa.": the agent's name uses no reach (relayagent.go).
		if y := v.relayAgentEnd(i, k, hi); y > k {
			joins += y - k - 1
			k = y - 1
			continue
		}
		// "told candidates a few minutes ago": when it was said uses no reach
		// (whenafterverb.go).
		if k == i+1 {
			if y := v.agoEnd(k, hi); y > k {
				joins += y - k
				k = y - 1
				continue
			}
			// ("said just after dawn": the adverb before "after".)
			if v.whenAfterVerb(i, k+1, hi) {
				continue
			}
			// "said after inspecting the quays.": how it found
			// (findingmeans.go).
			if v.meansAfterVerb(i, hi) {
				return true
			}
		}
		switch {
		case v.boundary(k) || v.timeClauseAt(i, k):
			return true
		case k == i+1 && v.isOne(k, wOf) && v.ofObject(i) && !v.amountIn(k+1, hi):
			// "as AFAD warns of more aftershocks", "spoke of 2,445 dead":
			// "of" right after a verb of claim gives what it claims, so
			// the verb says nothing of the clause before ("..., the
			// minister said of the strike." still closes it, and an
			// amount after "of" is read as before).
			return false
		case t.low == "-" && !t.space && k+1 < hi && !v.toks[k+1].space:
			joins++
		case t.report && (v.is(k-1, wA, wAn, wThe, wIts, wTheir) || v.is(k-2, wA, wAn, wThe, wIts, wTheir) || v.compoundAfterDeterminer(k)):
			// "said in a preliminary count": a noun, not a second verb;
			// "said in a fact-finding report" too.
		case t.report && agentNoun(t.low) && !v.toks[k-1].has(cDeterminer):
			// "told reporters on Sunday": people, not a second verb.
		case t.report && k > i+1 && (v.toks[k-1].has(cFindingNoun) || v.isOne(k-1, wStatement)):
			// "said in a report released on Monday": a participle of
			// the noun.
		case t.has(cTimeWord):
			// "said yesterday, and ...": when, not a second verb.
			joins++
		case t.has(cDay) && t.capital:
			// "told parliament on Monday in reply to an opposition
			// question.": a day, with its "on", says when and uses no
			// reach, as a time word does.
			joins++
			if v.isOne(k-1, wOn) {
				joins++
			}
		case (t.fig || t.num) && v.durationAt(k):
			// "said after a delay of several hours" (duration.go).
		case k == i+1 && v.is(k, wAfter, wBefore) && k+1 < hi && (v.toks[k+1].has(cDeterminer) || v.durationAt(k+1)):
			// "said after a delay of ...": "after" opens a phrase of
			// time, not a clause (a clause's verb after it still ends
			// the reach).
		case v.whenAfterVerb(i, k, hi):
			// "announced just before midnight": when it was said
			// (whenafterverb.go).
		case t.report && v.toks[k-1].has(cPreposition):
			// "carried by state media": a noun after a preposition.
		case t.fig || t.num || t.has(cClause) || t.has(cBetween) && !t.has(cPreposition) || t.report:
			return false
		}
	}
	return i+clauseReach+joins >= hi
}

// allCapitalised reports whether tokens [a, b) are a name: words, each
// capitalised (or a link word), at least one.
func (v *view) allCapitalised(a, b int) bool { return v.capitalisedWords(a, b, false) }

// capitalisedWords is allCapitalised, and with hyphens capitalisedName: a
// hyphen between two words it touches on both sides joins them.
func (v *view) capitalisedWords(a, b int, hyphens bool) bool {
	n := 0
	for k := a; k < b; k++ {
		t := &v.toks[k]
		switch {
		case t.word && t.capital:
			n++
		case hyphens && t.low == "-" && !t.space && k > a && k+1 < b && !v.toks[k+1].space:
		case t.has(cLink) || v.is(k, wFullStop, wApostrophe, wAmpersand):
		default:
			return false
		}
	}
	return n > 0
}

// bracketSource reads "(UNRWA)", "(health ministry)" at token i, after a
// figure's words: a short phrase with no verb or figure, closing at ")"
// before the clause ends, or before the colon of a findings header ("Key
// numbers (IOM):", "Key numbers (AFAD, 08:00):", a clock's time after the
// source). It returns the phrase's end.
func (v *view) bracketSource(i, hi int) (int, bool) {
	if v.toks[i-1].capital && !v.placeBeforeBracket(i) || !(v.toks[i-1].word || v.toks[i-1].fig || v.toks[i-1].num) {
		return 0, false // "Islamic Jihad (PIJ)", "JERUSALEM (AP) -"
	}
	links := 0 // link words inside a name, which use up no length
	joins := 0 // a possessive's or a compound's joining tokens, likewise
	for k := i + 1; k < hi && k <= i+5+links+joins; k++ {
		if v.isOne(k, wCloseBracket) {
			// "MADRID, Nov 2 (EFE).- The government ...": the agency's
			// credit in its dateline, whose dash follows the stop.
			if v.creditStop(k+1) && v.isOne(k+2, wDash) {
				return 0, false
			}
			// "..., the ministry said (Reuters).": the agency's credit
			// closing the sentence names the outlet (wirecredit.go).
			if k == i+2 && v.wireCredit(i+1) {
				return 0, false
			}
			return k, k > i+1 && (v.is(k+1, wSemicolon, wFullStop, wComma) || k+1 >= hi || v.findingsHeader(i, k))
		}
		// "Key numbers (AFAD, 08:00):": a header's source, then when; the
		// source ends at the comma.
		if v.isOne(k, wComma) && k > i+1 && v.findingsHeader(i, v.closeAfterStamp(k+1, hi)) {
			return k, true
		}
		// "(Consorcio de Compensación de Seguros)", "(Institute for
		// Fiscal Studies)": link words between a name's capitals.
		if v.bracketNameLink(k) && links < 3 {
			links++
			continue
		}
		// "(Ukraine's agriculture ministry)", "(Hamas-run health
		// ministry)": a possessive, and a descriptor joined by a hyphen,
		// are inside the phrase as they are in a headline's closing
		// source (headedSource); the word after the hyphen is no verb.
		// ("(UN-verified)": a compound closing the bracket is the
		// figure's description, no source's.)
		if k > i+1 && joins < 4 && k+2 < hi && !v.isOne(k+2, wCloseBracket) && !v.toks[k].space && !v.toks[k+1].space && v.toks[k-1].word && v.toks[k+1].word {
			if v.isOne(k, wApostrophe) && v.isOne(k+1, wS) || v.isOne(k, wDash) {
				joins += 2
				k++
				continue
			}
		}
		// "(Israeli officials)": people who speak are a source too.
		if t := &v.toks[k]; !t.word || t.report || t.finding || !t.capital && (v.isVerbLike(k) || t.inLexicon() && !t.has(cStaff)) {
			return 0, false
		}
	}
	return 0, false
}

// headlineFigure reports whether a colon at token k closes a headline's
// claim with a figure before it and words after it ("PTI-backed
// independents bag 93 NA seats: ECP", "Floods displace 300,000 in Borno:
// NEMA"): the line ends in no full stop, as headlines do, so "... two
// brothers: Ahmed and Ali." is no source, and names joined by "and" list
// whom the figure counts.
func (v *view) headlineFigure(lo, k, hi int) bool {
	if v.is(hi-1, wFullStop, wQuestion, wBang) {
		return false
	}
	for m := k + 1; m < hi; m++ {
		if v.is(m, wAnd, wAmpersand, wComma) {
			return false
		}
	}
	for m := lo; m < k; m++ {
		if v.toks[m].fig {
			return true
		}
	}
	return false
}

// bareName reports whether tokens [a, b) are a short name that says
// nothing: opening with a capital, words only, no verb.
func (v *view) bareName(a, b int) bool {
	// "...: Gaza in numbers", "...: Gaza": a feature's title, or a place,
	// names no one; a name ends on a capitalised word.
	if a >= b || !v.toks[a].capital || !v.toks[b-1].capital || v.placeName(a, b) {
		return false
	}
	for k := a; k < b; k++ {
		if t := &v.toks[k]; !t.word || t.report || t.finding || !t.capital && v.isVerbLike(k) {
			return false
		}
	}
	return true
}

// figureModifies reports whether the figure starting at token j is
// followed by a noun it counts ("$320m pier", "1.8 million residents").
func (v *view) figureModifies(j, hi int) bool {
	k := j
	for k < hi && v.toks[k].fig {
		k++
	}
	if v.isOne(k, wDash) && !v.toks[k].space {
		k++ // "1,000-strong"
	}
	// "the health ministry's 35,000 is as good as any": a verb after the
	// figure makes it the noun, the owner's count.
	return k < hi && v.toks[k].word && !v.toks[k].has(cClause) && !v.toks[k].has(cPreposition) && !v.is(k, wIs, wWas, wAre, wWere, wHas, wHad, wHave, wRemains, wStands, wSeems, wLooks)
}

// nameHyphen reports whether token k is a hyphen with no space either side
// between two capitalised words of [lo, e): "France-Presse".
func (v *view) nameHyphen(k, lo, e int) bool {
	return k > lo && k+1 < e && v.isOne(k, wDash) && !v.toks[k].space && !v.toks[k+1].space && v.toks[k-1].capital && v.toks[k+1].capital
}

// nameDigits reports whether token k is a number written inside a name,
// with no space either side, between two capitalised words of [lo, e):
// "Care4Calais", "Kids4Peace".
func (v *view) nameDigits(k, lo, e int) bool {
	return k > lo && k+1 < e && v.toks[k].num && !v.toks[k].space && !v.toks[k+1].space && v.toks[k-1].capital && v.toks[k+1].capital
}

// compoundAfterDeterminer reports whether the word at k follows a
// determiner and one or two modifiers, each a word or a hyphened compound:
// "a fact-finding report", "a long-delayed end-of-year review". The word
// is a noun, as after one adjective.
func (v *view) compoundAfterDeterminer(k int) bool {
	j := k - 1
	for units := 0; units < 2 && j > 0 && v.toks[j].word && !v.toks[j].capital; units++ {
		for j >= 2 && v.isOne(j-1, wDash) && !v.toks[j-1].space && !v.toks[j].space && v.toks[j-2].word && !v.toks[j-2].capital {
			j -= 2
		}
		if v.is(j-1, wA, wAn, wThe, wIts, wTheir) {
			return true
		}
		j--
	}
	return false
}

// findingsHeader reports whether the bracket from i to its close at k
// follows a findings noun and comes before a line's colon: "Key numbers
// (IOM): internally displaced 8.8m", "Latest figures (OCHA): ...": the
// source of the items the header opens.
func (v *view) findingsHeader(i, k int) bool {
	return k > i && i > 0 && v.toks[i-1].has(cFindingNoun) && !v.toks[i-1].capital && v.isOne(k+1, wColon)
}

// closeAfterStamp returns the closing bracket after a clock's time at k
// ("08:00)"), or -1.
func (v *view) closeAfterStamp(k, hi int) int {
	if k >= hi || !v.toks[k].num {
		return -1
	}
	// "08:00", "8 a.m.", "6pm", "08:00 GMT": a clock's hour, its minutes,
	// its half of the day and its zone (stamp.go pastMeridiem).
	m := k + 1
	if m+1 < hi && v.isOne(m, wColon) && v.toks[m+1].num {
		m += 2
	}
	if m = v.pastMeridiem(m); m > k+1 && m < hi && v.isOne(m, wCloseBracket) {
		return m
	}
	return -1
}

// ofObject reports whether "of" right after the verb at i gives what
// the verb claims ("warns of more aftershocks", "spoke of 2,445 dead",
// "boasted of"): a verb of claim that claims only with what it says
// (clauseStems) or one whose object is who hears (audienceStems: "warned
// residents of"); or whether the word is no verb at all, a base form
// before "of" being the noun ("the largest single release of the
// truce"). After any other verb of saying, in the past or in -s, "of"
// is what it spoke about, and the verb still closes the clause before
// it: "..., the minister said of the strike.", "..., the spokesman added
// of the raid.", "..., she wrote of the night." (the dev files write
// "of" after warn 24 times, speak 3, boast once, and after said once,
// "a spokeswoman said of the Nasser hospital ward"; review33a).
func (v *view) ofObject(i int) bool {
	t := &v.toks[i]
	if t.has(cClauseStem) || audienceStems[stem(t.low)] {
		return true
	}
	return !v.pastVerb(i) && !v.is(i, wSaid, wTold) && !strings.HasSuffix(t.low, "s")
}
