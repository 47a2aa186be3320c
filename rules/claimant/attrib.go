package claimant

import "strings"

// attr is one attribution in a sentence: the source's tokens, the anchor
// (the verb or frame word) and which way it reaches.
type attr struct {
	src, srcEnd int // source noun phrase, tokens [src, srcEnd)
	app, appEnd int // an appositive beside it ("Rami Aziz, who works for OCHA"), or 0, 0
	anchor      int // the verb or frame word
	kind        attrKind
	// back: the attribution follows what it covers (", X said",
	// "said X", ", according to X") and reaches back over its clause.
	back bool
	// reduced: "the 13,000 children the ministry says": the source follows
	// the figure's noun with no punctuation between.
	cite bool // "citing X": names the inner source of what an outlet reports
	// bracket: "1.9 million displaced (UNRWA)", a source set right after
	// what it covers.
	bracket bool
	// gap: "and the White Helmets 2,274", a gapped clause's source; it
	// claims the figure at anchor alone (see gapped).
	gap bool
	// reach: a passive's agent reaches back to token reach-1 and no
	// further (see passiveBack); 0, no such bound.
	reach int
}

type attrKind uint8

const (
	kVerb     attrKind = iota // X said, said X
	kFrame                    // according to X, per X, citing X
	kFindings                 // X's count, figures from X
	kPossFig                  // the ministry's 33,091
	kLabel                    // UN: 1.7m displaced
)

// attributions finds every attribution in the view's tokens [lo, hi).
func (v *view) attributions(lo, hi int) []attr {
	// A sentence with several observed figures is read once.
	if v.attsRead && v.attsLo == lo && v.attsHi == hi {
		return v.atts
	}
	var out []attr
	if sc := v.scratch; sc != nil {
		sc.attsTmp = v.dropWorkMaterial(v.sources(v.readAttributions(lo, hi, sc.attsTmp[:0])), lo)
		out = sc.keepAttrs(sc.attsTmp)
	} else {
		out = v.dropWorkMaterial(v.sources(v.readAttributions(lo, hi, nil)), lo)
	}
	v.atts, v.attsLo, v.attsHi, v.attsRead = out, lo, hi, true
	return out
}

// readAttributions appends the attributions of tokens [lo, hi) to out.
func (v *view) readAttributions(lo, hi int, out []attr) []attr {
	// A headline's source before a colon: "UN: 1.7m displaced". Only a
	// configured claimant counts (see name): "Rafah: 1.4 million ..." is
	// a place.
	colon := -1
	// (Both loops find only colons and dashes, which most sentences lack.)
	// "Rio Grande do Sul's civil defence:": a possessive's two tokens do
	// not use up the reach.
	reach := lo + 6
	for k := lo; v.marks&spColon != 0 && k < hi && k <= reach; k++ {
		if v.isOne(k, wApostrophe) && v.isOne(k+1, wS) && reach == lo+6 {
			reach += 2
		}
		if v.isOne(k, wColon) && k > lo {
			// "16:20 —" is a time, not a source.
			if v.toks[k-1].word {
				out = append(out, attr{src: lo, srcEnd: k, anchor: k, kind: kLabel})
				colon = k
			}
			break
		}
		if v.punct(k) && !v.is(k, wApostrophe, wDash, wFullStop) {
			break
		}
	}
	// A headline's source after a dash: "Gaza: 60,000 pregnant women
	// without care – WHO". Only a name (capitalised words) counts.
	// Or after a colon closing it: "Civilian deaths top 12,000: UN
	// monitoring mission", a name with no verb.
	// ("— Egypt's State Information Service": a possessive's two
	// tokens make a source of four words seven.)
	for k := hi - 1; v.marks&(spColon|spDash) != 0 && k > lo && k >= hi-8; k-- {
		if v.isOne(k, wDash) && v.toks[k].space {
			if v.allCapitalised(k+1, hi) || v.headedSource(k+1, hi) {
				out = append(out, attr{src: k + 1, srcEnd: hi, anchor: k, kind: kFrame, back: true})
			}
			break
		}
		if v.isOne(k, wColon) && k > lo+1 && k >= hi-6 && (v.toks[k-1].fig || v.headlineFigure(lo, k, hi)) {
			if v.bareName(k+1, hi) || v.headedSource(k+1, hi) {
				out = append(out, attr{src: k + 1, srcEnd: hi, anchor: k, kind: kFrame, back: true})
			}
			break
		}
	}
	out = v.accounts(lo, hi, out)
	// A source in brackets after its figure: "1.9 million displaced
	// (UNRWA); 35,000+ killed (health ministry)". (Most sentences have no
	// bracket: see view.brackets.)
	for i := lo + 1; v.brackets && i < hi; i++ {
		if v.toks[i].low == "(" {
			if a, b, ok := v.viaBracket(i, hi); ok {
				out = append(out, attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true, bracket: true})
			} else if e, ok := v.bracketSource(i, hi); ok {
				out = append(out, attr{src: i + 1, srcEnd: e, anchor: i, kind: kFrame, back: true, bracket: true})
			}
		}
	}
	// A label's words are read as the label (see labelColon); one with a
	// source in brackets closes past them.
	if colon >= 0 || v.brackets {
		colon = v.labelColon(lo, hi)
	}
	for i := lo; i < hi; i++ {
		t := &v.toks[i]
		if !t.word || i < colon && !v.labelReads(i, colon) {
			continue
		}
		// Most words are none of what the cases below read: a case for
		// another word adds it to frameOpeners.
		if !t.has(cFrameOpener|cFindingNoun) && !t.poss && !t.report && !t.finding {
			continue
		}
		// "in an OCHA update", "Going by WFP's latest market bulletin":
		// see announced.go.
		if t.has(cAnnouncement) {
			if a, ok := v.announced(i, lo, hi); ok {
				out = append(out, a)
				continue
			}
		}
		switch {
		case t.low == "according" && v.isOne(i+1, wTo):
			// "according to two US officials familiar with the shipments":
			// people counted are a source as after "citing".
			if a, b := v.citedPhrase(i+2, hi); b > a {
				// "according to figures compiled by the UN"
				a, b = v.findingsMaker(a, b, hi)
				at := attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true}
				// "..., according to Fadi Awad, a spokesman for Gaza's
				// Civil Defence": a name closing the sentence, then its
				// post (appof.go).
				if v.isOne(b+1, wWho) || v.postAfterFrame(i, lo, a, b, hi) {
					// "according to Jean Bosco, who runs ..."; after a frame
					// opening the sentence, the comma ends the frame.
					v.appositiveAfter(&at, hi)
				}
				out = append(out, at)
			}
			continue
		case t.low == "per" && !v.is(i+1, wCent, wCapita, wDay, wWeek, wMonth, wYear, wPerson, wHead, wHour):
			if a, b := v.npAfter(i+1, hi); v.namesSource(a, b) {
				out = append(out, attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true})
			} else if x, ok := v.heldOffice(a, b); ok {
				// "per regional governor Ivan Dorosh": a lower-case office
				// and its holder's name, written by name (convention 8);
				// "per regional office" names no one.
				out = append(out, attr{src: x, srcEnd: b, anchor: i, kind: kFrame, back: true})
			}
			continue
		case (t.low == "right" || t.low == "correct") && v.isOne(i+1, wThat) && i-1 > lo && v.is(i-1, wIs, wAre, wWas, wWere):
			// "If the ministry is right that 15,000 children have been
			// killed": the figure is the ministry's, held up to question.
			if a := v.npBefore(i-1, lo); a < i-1 && v.nominal(a, i-1) {
				out = append(out, attr{src: a, srcEnd: i - 1, anchor: i + 1, kind: kVerb})
			}
			continue
		case (t.low == "hearing" || t.low == "hear" || t.low == "heard" || t.low == "word") && (v.isOne(i+1, wFrom) || t.low == "word" && v.isOne(i+1, wReaching) && v.isOne(i+2, wUs) && v.isOne(i+3, wFrom)):
			// "We're hearing from the civil defence that 30 ...", "word
			// from the State Emergency Service that 21 ...".
			if a, b, ok := v.heardFrom(i, hi); ok {
				out = append(out, attr{src: a, srcEnd: b, anchor: i, kind: kFrame})
			}
			continue
		case t.has(cCountVerb):
			// "The regional government raised the death toll ... to 216",
			// "placed the number at", "gave a toll of" (revised.go); else
			// the word is read as any verb ("has revised its toll:").
			if a, ok := v.revisedToll(i, lo, hi); ok {
				out = append(out, a)
				continue
			}
		case t.low == "citing" || t.low == "quoting":
			// "citing no source", "citing nobody": a source denied is none.
			if v.is(i+1, wNo, wNobody, wNone) || v.ownCited(i+1) {
				continue
			}
			if a, b := v.citedPhrase(i+1, hi); b > a {
				// "Citing data the army compiled": the findings' maker.
				if f, ok := v.findings(b-1, a, hi); ok && v.toks[b-1].has(cFindingNoun) && f.src >= b {
					a, b = f.src, f.srcEnd
				}
				out = append(out, attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true, cite: true})
			}
			continue
		case t.has(cFindingNoun) && !(i > lo && v.inName(i)) && !v.inBasis(i, lo) && !v.verbBeforeThat(i, lo) && !v.verbBeforeFigure(i, lo) && !v.ofPhraseNoun(i) && !v.bodyModifier(i, hi):
			// "estimate", "count" and "report" are verbs too: a noun
			// with an owner is a frame, else the word is read as a verb.
			if a, ok := v.findings(i, lo, hi); ok {
				v.inOwnersTerms(&a)
				out = append(out, a)
				continue
			}
		}
		if t.poss && i+1 < hi {
			// "the ministry's 33,091" is the ministry's count; "the
			// Pentagon's $320m pier" is the Pentagon's pier.
			if j := v.possEnd(i); j < hi && v.toks[j].fig && !v.figureModifies(j, hi) {
				a := v.npBefore(i+1, lo)
				out = append(out, attr{src: a, srcEnd: i + 1, anchor: j, kind: kPossFig})
			} else if v.thatClauseNoun(j, hi) {
				// "Israel's claim that 17,000 of the dead were fighters".
				out = append(out, attr{src: v.npBefore(i+1, lo), srcEnd: i + 1, anchor: j, kind: kFindings})
			}
		}
		// "Oryx, which counts only losses documented in photographs,
		// lists 2,900 Russian tanks": see lists.go.
		if a, ok := v.listsAccount(i, lo, hi); ok {
			out = append(out, a)
			continue
		}
		report, finding := v.verbAt(i)
		if !report && !finding || v.intransitiveReport(i, hi) || v.addsAmount(i, hi) || v.noteNoun(i, hi) || v.nameThenPlural(i, lo) || v.pluralBeforeVerb(i, hi) || v.nounAfterArticle(i, lo) {
			continue
		}
		// "the most conservative estimates put the dead above 30,000":
		// of two verb forms in a row the first is the noun.
		if t.has(cFindingNoun) && i+1 < hi && !v.toks[i+1].capital && (v.toks[i+1].report || v.toks[i+1].finding) {
			continue
		}
		// "Early casualty estimates are rarely the last word": a verb in
		// -s is never followed by a plural's verb, so the word is the
		// plural noun.
		if t.has(cFindingNoun) && strings.HasSuffix(t.low, "s") && v.is(i+1, wAre, wWere, wHave, wRemain) {
			continue
		}
		// "put the toll at", and "as a WHO official put it": said.
		if v.isOne(i, wPut) && !v.ahead(i, hi, 12, "at") && !v.isOne(i+1, wIt) {
			continue
		}
		// "..., rescuers fear", "officials fear that ...": a verb that is
		// as often a noun ("as Rafah fears grow") claims only with what it
		// governs beside it, or at its clause's end.
		// "in Al Jazirah state.": a noun ending its clause.
		// "in Khartoum state alone": after a name, the name's state.
		if v.isOne(i, wState) && (v.boundary(i+1) || i > 0 && v.toks[i-1].capital && v.toks[i-1].word) {
			continue
		}
		// "a war that has claimed 40,000 lives": what takes lives claims
		// nothing.
		if strings.HasPrefix(v.toks[i].low, "claim") && v.ahead(i, hi, 6, "lives") {
			continue
		}
		// "Hospitals admitted 1,200 patients", "Hamas released 24
		// hostages": who takes people in or lets them go claims nothing.
		// A sum admitted is conceded, not taken in: "Treasury admits £1bn
		// overspend" (a sum released is still paid out).
		if (strings.HasPrefix(v.toks[i].low, "admit") && !v.sumAfter(i, hi) || strings.HasPrefix(v.toks[i].low, "releas")) && v.countedObject(i, hi) {
			continue
		}
		if v.is(i, wFear, wFears, wFeared) && !(v.boundary(i+1) || v.isOne(i+1, wThat) || i+1 < hi && (v.toks[i+1].fig || v.toks[i+1].num) || v.saysAfter(i, hi, false)) {
			continue
		}
		// "The ministry maintains 300 clinics": a verb that claims only
		// with what it says (clauseverb.go).
		if report && t.has(cClauseStem) && !v.saysClause(i, lo, hi) {
			continue
		}
		if a, ok := v.verbAttr(i, lo, hi, finding && !report); ok {
			out = append(out, a)
		}
	}
	return v.gapped(out, lo, hi)
}

// timeNouns end a "by" phrase of time, not an agent ("by the weekend").
var timeNouns = set("end start time noon midnight morning evening night weekend dawn dusk week month year")

// ahead reports whether word w occurs within n tokens after i.
func (v *view) ahead(i, hi, n int, w string) bool {
	for j := i + 1; j < hi && j <= i+n; j++ {
		if v.toks[j].low == w {
			return true
		}
		if v.boundary(j) {
			return false
		}
	}
	return false
}

// verbAttr finds the source of the reporting verb at i.
func (v *view) verbAttr(i, lo, hi int, findingOnly bool) (attr, bool) {
	if at, ok := v.quotedAs(i, hi); ok {
		return at, true
	}
	if at, ok := v.quotedPassive(i, lo, hi); ok {
		return at, true
	}
	madeFor := false // the subject is a poll's maker (madeForSubject)
	// Passive: "the toll reported by the ministry", "published overnight
	// by the commission".
	by := i + 1
	if v.is(by, wOvernight, wToday, wYesterday, wLater, wEarlier, wJointly) {
		by++
	}
	// "Health ministry figures quoted by the Ledger": findings with an
	// owner are the owner's, whoever passes them on (see findings).
	if v.isOne(by, wBy) && v.relayedFindingsAgent(by+1, lo) && v.ownedOrSided(i-1, lo) {
		return attr{}, false
	}
	// "had recorded by the end of March" is active, and "by" a time.
	// "missing under the rubble, put by some estimates at 10,000": "put"
	// and its "at" are a passive too.
	if v.isOne(by, wBy) && i > lo && (v.is(i-1, wIs, wWas, wWere, wAre, wBeen, wBe) || !findingOnly || v.isOne(i, wPut)) && !v.is(i-1, wHas, wHave, wHad) {
		// ("by some estimates": a quantifier opens an agent named by no
		// one, kept aside as such; see sources.)
		if a, b := v.npAfter(by+1, hi); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer|cQuantifier)) && !v.toks[a].has(cDay) && !v.toks[b-1].has(cTimeNoun) && !v.is(a+1, wEnd, wTime, wStart) {
			a, b = v.postOfBody(a, b, hi)
			// "Prabowo's 58.6 per cent, as certified by the General
			// Elections Commission on 20 March, is ...": an aside of "as"
			// vouches for the phrase it follows.
			at := attr{src: a, srcEnd: b, anchor: i, kind: kVerb, back: v.asAside(i)}
			if r := v.passiveBack(i, lo); r > 0 && !at.back {
				at.back, at.reach = true, r
			}
			return at, true
		}
	}
	// "Of the dead identified by full name": a means after "by", and a
	// noun before the participle describing it, name no one.
	if v.isOne(by, wBy) && by+1 < hi && v.toks[by+1].word && !v.toks[by+1].capital && !v.toks[by+1].has(cDeterminer|cPronoun) && i > lo && v.toks[i-1].word && !v.toks[i-1].has(cBetween|cPronoun) && !v.timeAfter(by, hi) {
		return attr{}, false
	}
	if v.passive(i) || v.reducedRelative(i, hi) || v.reportedState(i, lo, hi) {
		return attr{}, false
	}
	// "The Ledger reviewed 480 death certificates and found that ...": a
	// verb after "and" shares the subject of the clause before.
	if x, y, ok := v.sharedSubject(i, lo); ok {
		return attr{src: x, srcEnd: y, anchor: i, kind: kVerb}, true
	}
	// ", saying ..." with no named subject before says nothing of its own.
	if v.participle(i) {
		return attr{}, false
	}
	j := i - 1
	// "Oryx re-examined each loss": a verb's prefix is the verb's.
	if j-1 > lo && v.isOne(j, wDash) && !v.toks[i].space && v.hyphenedVerb(i) {
		j -= 2
	}
	// "has long alleged": "long" after "have" is an adverb of time.
	for j >= lo && (v.toks[j].has(cBetween) || v.toks[j].low == "'" && v.isOne(j+1, wT) || v.adverb(j) || v.isOne(j, wLong) && v.is(j-1, wHas, wHave, wHad)) {
		// "a claim AFP could not verify", "a number the agency has not
		// published": a source that does not say it claims nothing.
		if v.is(j, wNot, wNt, wNever) {
			return attr{}, false
		}
		j--
	}
	// "Oxfam, which said", "Israel, which says"; "a government that
	// says": the relative clause's noun says.
	// ("..., WHO says" is the World Health Organization.)
	if j >= lo && v.is(j, wWhich, wWho) && !v.toks[j].shouted && v.isOne(j-1, wComma) {
		j -= 2
	} else if j > lo && v.is(j, wThat, wWhich, wWho) && !v.toks[j].capital && v.toks[j-1].word && !v.toks[j-1].has(cClause|cBetween|cPreposition|cPronoun) && !v.toks[j-1].report && !v.toks[j-1].finding {
		j--
	}
	// (",' said X": a single quotation mark closing speech.)
	inverted := j < lo || v.is(j, wComma, wQuote, wDash, wColon) && !v.closesAppositive(j, lo) || v.isOne(j, wApostrophe) && v.is(j-1, wComma, wQuestion, wBang)
	// "told" takes its audience after it, never its source ("..., X told
	// a news conference"): only its subject before says.
	if inverted && !findingOnly && invertible[stem(v.toks[i].low)] && !v.is(i, wTold, wTell, wTells) {
		// "..., said Mahmoud Saleh, a spokesman for ...", "..., say Palestinian health officials".
		// The source ends its clause: in "Qatar, ..., said the truce would
		// be extended" the phrase after the verb begins what was said.
		// "..., said rescuers at the scene": a plural people noun needs no
		// determiner.
		// A headline's "..., says health ministry" runs to its end with no
		// determiner.
		if a, b := v.npAfter(i+1, hi); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer) || b >= hi && !v.toks[a].num || agentNoun(v.toks[a].low) && strings.HasSuffix(v.toks[a].low, "s") && !v.is(i, wTold, wTell, wTells)) && !(v.toks[a].has(cPronoun) && !v.toks[a].capital) && (v.endsClause(b, hi) || v.openingSaid(i, lo, b, hi) || v.isOne(b-1, wOf)) {
			a, b = v.postOfBody(a, b, hi)
			at := attr{src: a, srcEnd: b, anchor: i, kind: kVerb, back: true}
			v.appositiveAfter(&at, hi)
			return at, true
		}
	}
	if j < lo {
		return attr{}, false
	}
	at := attr{anchor: i, kind: kVerb}
	if v.isOne(j, wComma) {
		// "Airwars, a monitoring group, has verified", "COGAT, said",
		// "Unicef's spokesman, speaking in Geneva, put".
		k := j - 1
		for k >= lo && !v.isOne(k, wComma) && !v.boundary(k) {
			k--
		}
		if k < lo || !v.isOne(k, wComma) {
			// No opening comma: ", X said" after a clause.
			return attr{}, false
		}
		k = v.listInAside(k, lo)
		head := v.npBefore(k, lo)
		if head == k {
			return attr{}, false
		}
		// "Three public-health researchers, in a letter, suggested":
		// people counted before their phrase are in it.
		if head-1 >= lo && (v.toks[head-1].num || v.toks[head-1].fig) && v.toks[head-1].word && agentNoun(v.toks[k-1].low) {
			head--
		}
		at.src, at.srcEnd = head, k
		at.app, at.appEnd = k+1, j
		at.back = v.is(head-1, wComma, wQuote, wDash) || head == lo && false
	} else {
		at.srcEnd = j + 1
		at.src = v.basisStart(v.npBefore(j+1, lo), lo)
		// "the 127,000 measles cases Europe recorded", "the 5,000 a year
		// Gaza recorded": words opening right after a figure are what it
		// counts; a name closing them is the verb's subject.
		if at.src > lo && v.toks[at.src-1].fig {
			at.src = v.nameAfterCounted(at.src, at.srcEnd)
		}
		// ", a sum aid agencies say barely touches the need": "a" and a
		// noun before a plural are a head the clause after it is about,
		// not the verb's subject; the subject judges the head, and says
		// nothing of what the head renames.
		at.src = v.afterContactHead(at.src, at.srcEnd)
		// "Nurses here tell us they have admitted 52": the pronoun after
		// another verb's object is the subject, alone; so is the one of a
		// contact clause after a noun ("said the strikes it had verified
		// reached 3,400", "Of the 400 clips it verified, 90 ...": the
		// pronoun takes up who said it), and after an
		// aside's noun (", the steepest fall it has recorded": the noun
		// is what the pronoun recorded, not who).
		if at.srcEnd-at.src >= 2 && v.is(j, wIt, wThey, wHe, wShe) && (v.toks[j-1].has(cPronoun) || v.toks[j-1].word && !v.toks[j-1].has(cPreposition|cDeterminer|cLink) && at.src > lo && (v.toks[at.src-1].report && !v.toks[at.src-1].has(cFindingNoun) || v.is(at.src-1, wThat, wComma) || v.toks[at.src-1].fig || v.toks[at.src-1].num || v.toks[at.src-1].has(cQuantifier))) {
			at.src = j
		}
		// "The exit poll conducted by Ipsos for the BBC and Sky
		// projected": the bodies a poll was made for close the subject,
		// and its maker says.
		if x, y, ok := v.madeForSubject(at.src, lo); ok {
			at.src, at.srcEnd = x, y
			madeFor = true
		} else if v.relayedFindingsAgent(at.src, lo) {
			// "Israeli figures cited by the Knesset's research centre
			// show": the verb's subject is the findings, whose own
			// attribution names who made them.
			return attr{}, false
		}
		// "Türkiye's Disaster and Emergency Management Authority (AFAD)
		// said": the name's initials in brackets end the subject.
		// "the Commission on Elections (Comelec) said": or its short
		// name (shortname.go).
		opens := at.src
		if k := v.shortNameOpening(j, lo); k >= 0 {
			// ", the Royal College of Emergency Medicine (RCEM) said":
			// the name before the brackets opens the subject, and what
			// stands before the name says whether the verb reaches back.
			n := v.nameBeforeInitials(k, lo)
			if x, y, ok := v.shortNameAt(n, k); ok {
				at.src, at.srcEnd, opens = x, y, n
				// ("..., Türkiye's Disaster and Emergency Management
				// Authority (AFAD) said": the place's possessive opens
				// the subject.)
				if n >= 3 && v.isOne(n-1, wS) && v.isOne(n-2, wApostrophe) && v.toks[n-3].poss {
					opens = v.npBefore(n-2, lo)
				}
			} else if n < k {
				// "Staff at the Al-Awda Hospital (Jabalia) said",
				// "Anthony Albanese (pictured) said": an aside in
				// brackets between a name and its verb.
				at.src, at.srcEnd = v.basisStart(v.npBefore(k, lo), lo), k
				opens = at.src
			}
		}
		// ", with Syria's government reporting 1,414": an absolute
		// construction's subject follows its "with".
		if v.toks[i].ing && at.src+1 < at.srcEnd && v.isOne(at.src, wWith) {
			at.src++
			opens = at.src
		}
		// "published on Monday puts": a source never opens with a
		// preposition. "A nurse I met in Khan Younis told me", "The
		// officials we work with have logged": the subject is before the
		// relative clause.
		if at.src == at.srcEnd || v.toks[at.src].has(cPreposition) && !v.toks[at.src].capital {
			x, ok := v.contactSubject(j, lo)
			if !ok {
				return attr{}, false
			}
			at.src, at.srcEnd = v.npBefore(x, lo), x
			// "A nurse I once worked with put it to me", "a surgeon I met
			// in Rafah": one witness is named by the whole phrase, the
			// clause that says which she is with it (convention 1).
			if w := v.toks[x-1].low; v.is(at.src, wA, wAn) && x-at.src == 2 && (personNoun(w) || agentNoun(w+"s")) {
				at.srcEnd = j + 1
			}
			opens = at.src
		}
		p := opens - 1
		// ", two officials said", ", two Egyptian officials told": people
		// counted before their phrase are in it.
		if p > lo && v.toks[p].word && (v.toks[p].num || v.toks[p].fig) && agentNoun(v.toks[at.srcEnd-1].low) {
			if at.src == opens {
				at.src = p
			}
			p--
		}
		at.back = v.is(p, wComma, wQuote, wDash, wAs) || p >= lo && v.toks[p].low == "." && !v.internalDot(p)
	}
	// Reaching back needs the verb to end its clause (", the WHO said on
	// Friday."): "the WHO reckons some 11,000" reaches forward only.
	if at.back && !v.clauseFinal(i, hi) {
		at.back = false
	}
	// "figures show", "It shows": findings, or a pronoun taking them up.
	if findingOnly {
		v.ownedHead(&at, lo)
	}
	// "Three researchers, in a letter to The Lancet, suggested that ...":
	// people who find or suggest that something is so claim it.
	// "The monitor Airwars found that about 31 per cent ...": a named body,
	// or one named by its kind, finding that something is so claims it
	// as people do.
	peopleClaim := findingOnly && v.isOne(i+1, wThat) && at.srcEnd > at.src && (agentNoun(v.toks[at.srcEnd-1].low) || v.named(at.src, at.srcEnd) || bodyNouns[v.toks[at.srcEnd-1].low])
	// "we found 1,104 families that had lost three generations": the
	// writer's own finding, whatever follows it; "Rescuers found 14
	// survivors" still claims nothing.
	peopleClaim = peopleClaim || findingOnly && at.srcEnd-at.src == 1 && v.is(at.src, wWe, wI)
	// "As researchers at the Halden Institute showed last spring, at
	// least 40 per cent ...", "As the Ledger found in its review, ...":
	// "as" and a findings verb with no object of its own vouch for the
	// clause after ("As rescuers found more bodies, ..." is a time).
	peopleClaim = peopleClaim || findingOnly && at.src > lo && v.isOne(at.src-1, wAs) && v.asFinding(i, hi)
	// "Epidemiologists at the University of Leeds modelled 11,500",
	// "The IOM projected 3 million": people or a body estimate; "The
	// escalation scenario projects 85,750" is no one's claim.
	peopleClaim = peopleClaim || findingOnly && estimating(v.toks[i].low) && at.srcEnd > at.src && (v.named(at.src, at.srcEnd) || agentNoun(v.toks[at.srcEnd-1].low) || bodyNouns[v.toks[at.srcEnd-1].low])
	// A poll's maker read past those it was made for: the poll finds.
	peopleClaim = peopleClaim || madeFor
	if findingOnly && !peopleClaim && !v.hasFindingsHead(at.src, at.srcEnd) && !(at.srcEnd-at.src == 1 && v.is(at.src, wIt, wThey, wThis, wThese)) && !v.possessedSubject(at.src, at.srcEnd) {
		return attr{}, false
	}
	if !v.nominal(at.src, at.srcEnd) {
		// "The Israeli agency that coordinates aid, COGAT, said": the
		// appositive names the source.
		if at.app >= at.appEnd || !v.nominal(at.app, at.appEnd) {
			return attr{}, false
		}
		at.src, at.srcEnd, at.app, at.appEnd = at.app, at.appEnd, 0, 0
	}
	return at, true
}

// appositiveAfter adds ", a spokesman for the ministry" or ", who works
// for OCHA" after an inverted source.
func (v *view) appositiveAfter(at *attr, hi int) {
	k := at.srcEnd
	if !v.isOne(k, wComma) {
		return
	}
	e := k + 1
	for e < hi && !v.boundary(e) {
		e++
	}
	if e > k+1 {
		at.app, at.appEnd = k+1, e
	}
}

// pastWhen returns the "by" after a short phrase of when at token j
// ("yesterday by", "last month by", "on Monday by"), j when there is none.
func (v *view) pastWhen(j, hi int) int {
	for k := j; k < hi && k <= j+3; k++ {
		if v.isOne(k, wBy) {
			return k
		}
		t := &v.toks[k]
		if !t.word || !(t.has(cTimeNoun|cTimeHead|cTimeWord|cDay) || v.is(k, wLast, wOn, wThis, wJointly, wEarlier, wEarly)) {
			return j
		}
	}
	return j
}
