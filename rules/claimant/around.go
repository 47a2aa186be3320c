package claimant

import "strings"

// lineBounds is the line (between line breaks) holding byte offset off,
// read no further than two sentences either side: a text without line
// breaks is not one line to read whole for each figure.
func (c *call) lineBounds(off int) (int, int) {
	text := c.d.Text
	si := c.sentenceAt(off)
	lo, hi := 0, len(text)
	if si >= 0 {
		lo = c.d.Sentences[max(0, si-2)].Start
		hi = c.d.Sentences[min(len(c.d.Sentences)-1, si+2)].End
	}
	s := strings.LastIndexByte(text[lo:off], '\n') + 1 + lo
	e := strings.IndexByte(text[off:hi], '\n')
	if e < 0 {
		e = hi
	} else {
		e += off
	}
	return s, e
}

// Words that open a sentence continuing the one before: "Another 58 were
// wounded.", "The number was 260 on Friday.", "Each drop carries ...".
var continuations = set("another each of")

// backNouns are the nouns by which a sentence points back at the figure
// or the findings before it ("That figure comes from", "the source of
// that number"); a statistic and a percentage are figures as well
// ("UNRWA is the source of that percentage").
var backNouns = set("figure number estimate assessment count toll tally total numbers figures data announcement statement claim claims " +
	"statistic percentage")

// publishing reports whether the word at i is a form of a verb of
// publishing or speaking on a matter (published, releases, has updated,
// commented, briefed, weighed in): a sentence saying that a source did so
// announces figures.
func (v *view) publishing(i int) bool {
	t := &v.toks[i]
	if !t.word || t.capital || v.is(i-1, wThe, wA, wAn, wIts, wTheir) {
		return false
	}
	for _, p := range [...]string{"publish", "releas", "updat", "issu", "comment", "respond", "brief"} {
		if strings.HasPrefix(t.low, p) && len(t.low) > len(p)+1 && !strings.HasSuffix(t.low, "ing") {
			return true
		}
	}
	// "has posted its latest snapshot", "has just posted on Telegram".
	if t.low == "posted" || t.low == "posts" {
		return true
	}
	// "has made public its monthly data": "make public" is publish
	// (claim118).
	if v.madePublic(i) {
		return true
	}
	// "Kharkiv's mayor has just spoken on Telegram": spoke on a channel,
	// a name; "spoke to residents" announces nothing.
	if (t.low == "spoken" || t.low == "spoke") && v.isOne(i+1, wOn) && i+2 < len(v.toks) && v.toks[i+2].capital {
		return true
	}
	// "Centcom details Red Sea intercepts", "Israeli officials brief on
	// hostage talks", "The mayor gives update on the strike", "The appeal
	// has set out what it has raised": a verb presenting news
	// (presenting.go).
	if v.presenting(i) {
		return true
	}
	// "Centcom has weighed in on the attacks": spoke on them.
	return (t.low == "weighed" || t.low == "weighs") && v.isOne(i+1, wIn)
}

// approxWords open an amount: "About 1.8 million", "More than 600,000".
var approxWords = set("about some around nearly almost roughly approximately more than over under at least most just only another a further fewer less up to")

// postedWork are what a body posts with figures in it: a sentence that
// names one announces them.
var postedWork = set("update findings summary bulletin snapshot briefing dashboard")

// subject is the claimant sentence si speaks for: its first attribution,
// else the noun phrase it opens with. A pronoun is not followed further.
func (c *call) subject(si int) (Claimant, bool) {
	cl, ok := c.subjectOf(si)
	// "Correction: An earlier version of this article said ...": the
	// outlet's own earlier text is no subject that speaks for a figure;
	// a body it names is ("... misstated the health ministry's count";
	// ownearlier.go).
	if ok && c.view(si).inOwnEarlierText(cl) {
		return Claimant{}, false
	}
	// "Main findings first.", "Summary of the key points.": a heading's
	// opening word is no subject that speaks (headingofweight.go).
	if ok && c.view(si).weightHeading(cl) {
		return Claimant{}, false
	}
	return cl, ok
}

// subjectOf is subject before the outlet's own earlier text is left out.
func (c *call) subjectOf(si int) (Claimant, bool) {
	v := c.view(si)
	lo := 0
	// "RUTH ADEYEMI, CORRESPONDENT: The UN migration agency gave us an
	// update": a programme's own label, read as a label, is no subject
	// either.
	if _, e, ok := c.speakerLabel(si); ok || e > 0 && e > v.toks[0].start {
		lo = v.tokAt(e) + 1
	} else {
		// "CORRESPONDENT: I spoke to ...": a programme's own label is no
		// subject.
		lo = v.roleLabelEnd()
	}
	lo = v.skipKicker(v.skipDateline(lo))
	// "Two researchers at Airwars spent months ...": subjectcount.go.
	counted := v.pastPeopleCount(lo) > lo
	if counted {
		lo++
	}
	// "Hala Mansour is UNRWA's director of communications." (copulapost.go)
	if cl, ok := c.postByCopula(v, lo); ok {
		return cl, true
	}
	// ("Consider the Norwegian Refugee Council's latest survey.": the
	// reader's verb is no word of its owner; readerverb.go.)
	opened := v.readerOpening(lo, len(v.toks))
	// "FMF accounts for the bulk of the $3.8bn, the report says.": a
	// sentence that credits findings told before it ("the report", no
	// owner) says what they found; its subject is what is said, not who
	// says it (fa33b).
	saysFindings := false
	for _, a := range v.attributions(lo, len(v.toks)) {
		if v.anaphoric(a) || a.kind == kPossFig {
			if a.kind != kPossFig && a.src > lo && !v.toks[a.src].has(cPronoun) && !v.pronounPost(a) {
				saysFindings = true
			}
			continue
		}
		// "The panel met to weigh surveys from Kassala", "analysed 1,400
		// reports logged by Airwars": findings worked over are the
		// subject's material, not what it says
		// (workedmaterial.go).
		if v.ofWorkedMaterial(a) {
			continue
		}
		if a.src == lo && opened > lo && a.srcEnd > opened {
			a.src = opened
		}
		// "Sudan's Emergency Lawyers, a rights group that documents abuses
		// in Darfur, issued a statement": a relative clause's verb in an
		// aside tells what its noun does; the sentence's subject is the
		// name before the aside.
		if a.anchor > a.srcEnd && v.is(a.anchor-1, wThat, wWhich, wWho) && v.isOne(a.src-1, wComma) {
			continue
		}
		// "The minister gave a bleak assessment": a source opens with a
		// capital or a determiner, as the noun phrase below does; a
		// findings noun's adjective is nobody.
		if t := &v.toks[a.src]; !t.capital && !t.has(cDeterminer) && !t.has(cFirstPerson) && !(a.kind == kVerb && v.officeBeforeName(a.src, a.srcEnd)) {
			continue
		}
		// "The UN's humanitarian office updated its Sudan figures": the
		// place in findings "its" owns is what they are about; their
		// owner is the sentence's subject.
		if a.kind == kFindings && v.is(a.src-1, wIts, wTheir) {
			continue
		}
		if cl, ok := c.name(v, a); ok {
			return cl, true
		}
	}
	// "Consider what Unicef told donors.", "Then there is UNICEF, which
	// ...": the source presented to the reader, when no attribution
	// above named the sentence's subject (readerverb.go).
	if cl, ok := c.presentedSource(v, lo); ok {
		return cl, true
	}
	// A noun phrase with no word after it is a heading or a label
	// ("Sudan"), not a subject that says anything.
	// ("Last week the Italian interior ministry produced its monthly
	// dashboard.": a time phrase opening the sentence with no comma is
	// no part of its subject, timephrase.go afterTimePhrase.)
	a, b := v.npAfter(v.afterTimePhrase(lo, len(v.toks)), len(v.toks))
	// "Statement just in from the Israel Defense Forces": an
	// announcement heading its line is its source's, named after "from".
	if b > a && (v.toks[b-1].backNoun() || v.toks[b-1].has(cPostedWork)) {
		for k := b; k < len(v.toks) && k <= b+3 && !v.boundary(k) && !v.toks[k].fig; k++ {
			if v.isOne(k, wFrom) {
				if x, y := v.npAfter(k+1, len(v.toks)); y > x && (v.toks[x].capital || v.toks[x].has(cDeterminer)) {
					return c.name(v, attr{src: x, srcEnd: y, anchor: k, kind: kFrame})
				}
				break
			}
		}
	}
	// "Gaza health ministry update.": a heading naming a source's
	// announcement (newsowner.go).
	if cl, ok := c.headingNews(v, a, b); ok {
		return cl, true
	}
	// "We've just had the latest from Ukraine's State Emergency
	// Service": a first-person subject relays news from its source
	// (latestfrom.go).
	if b > a && v.toks[a].has(cFirstPerson) && v.toks[a].has(cPronoun) {
		// "We compared the ministry's declared purchases with customs
		// data.", "We analysed every verdict of the court.": an inquiry
		// the writer's newsroom did is its own findings' announcement
		// (convention 3), as "The Ledger analysed ..." is the Ledger's
		// (inquiry.go).
		if cl, ok := c.firstPersonInquiry(v, a, b); ok {
			return cl, true
		}
		return c.newsFrom(v, b)
	}
	// "The Migration Observatory tracks visa grants each quarter.": a
	// phrase run on to the sentence's end through a verb in -s after the
	// name is cut at the verb (workedmaterial.go ranOnVerb).
	if b > a && !v.wordFrom(b) {
		b = v.ranOnVerb(a, b)
	}
	// "Israeli officials brief on hostage talks": a headline's phrase
	// run on through its verb of presenting is cut at the verb
	// (presenting.go).
	// "Interior ministry issues new toll", "The agency updates its
	// figures": so is one run on through a verb of publishing in -s
	// before what it publishes ("the ministry issues were raised" has
	// no object after the noun).
	for k := a + 1; k < b; k++ {
		if v.presenting(k) || v.opensPublished(k+1) && v.publishing(k) {
			b = k
			break
		}
	}
	// ("Let's look at the numbers": see lets.go.)
	if saysFindings {
		return Claimant{}, false
	}
	// ("The sea is claiming more lives.": a cause, takeslives.go.)
	if b > a && v.wordFrom(b) && !v.toks[a].has(cPronoun) && (v.toks[a].capital || v.toks[a].has(cDeterminer) || counted && a == lo && v.countedOfNamed(a, b)) && !v.letsOpening(a) && !v.takesLives(b) {
		cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: b, kind: kVerb})
		if v.isOne(b, wComma) {
			at := attr{src: a, srcEnd: b}
			v.appositiveAfter(&at, len(v.toks))
			cl, ok = c.name(v, at)
		}
		return cl, ok
	}
	return Claimant{}, false
}

// skipDateline moves past "GAZA, April 7 (Xinhua) --", "14:05 GMT —" and a
// live blog's bare "10:02".
func (v *view) skipDateline(lo int) int {
	if v.isOne(lo+1, wColon) && lo+2 < len(v.toks) && v.toks[lo].num && v.toks[lo+2].num {
		lo += 3
		// "08:31: Statement just in ...": the stamp's own colon, after
		// "p.m." when the clock has it (stamp.go).
		if k := v.pastMeridiem(lo); v.isOne(k, wColon) {
			lo = k + 1
		}
	}
	// "16.20: The Kharkiv regional administration ...": a stamp with a
	// point and its colon (stamp.go).
	if k := v.dottedStamp(lo); k > lo && v.isOne(k-1, wColon) {
		lo = k
	}
	// "16.05 The Red Crescent has issued ...": a bare stamp (barestamp.go).
	if k := v.bareStamp(lo); k > lo {
		lo = k
	}
	// "LUCKNOW (PTI): ...": a dateline closing on a colon (colondateline.go).
	if k := v.colonDateline(lo); k > lo {
		return k
	}
	// The dateline's dash: most sentences have none (view.marks).
	for i := lo; i < len(v.toks) && i < lo+14 && v.marks&spDash != 0; i++ {
		// ("MADRID, Nov 2 (EFE).- The government ...": a Spanish-language
		// agency's dash follows the full stop closing its credit.)
		if v.isOne(i, wDash) && (v.toks[i].space || v.isOne(i+1, wDash) || v.creditStop(i-1)) {
			j := i + 1
			for j < len(v.toks) && v.isOne(j, wDash) {
				j++
			}
			// "(AGENZIA) - Bari, March 4 -": creditfirst.go.
			return v.pastCreditDateline(lo, i, j)
		}
	}
	return lo
}

// creditedDateline reports whether the dateline skipDateline moved past,
// to k, closes on an agency's credit in brackets before its dash, however
// its place is written: "Jakarta (ANTARA) -", "Manila (PNA) –", as
// "GAZA, April 7 (Xinhua) --". A dash after a name with no credit
// ("Hamas - the group's armed wing - said") is no dateline.
func (v *view) creditedDateline(k int) bool {
	d := k - 1
	for d > 0 && v.isOne(d, wDash) && v.isOne(d-1, wDash) {
		d--
	}
	return d >= 3 && v.isOne(d, wDash) && (v.isOne(d-1, wCloseBracket) || v.creditStop(d-1))
}

// creditStop reports whether token k is a full stop straight after the
// closing bracket of an agency's credit: "(EFE).-".
func (v *view) creditStop(k int) bool {
	return k > 0 && v.isOne(k, wFullStop) && !v.toks[k].space && v.isOne(k-1, wCloseBracket)
}

// opensPublished reports whether token k opens what a verb of
// publishing publishes: a determiner or possessive pronoun, a word saying
// which figure ("new", "latest") or a findings noun.
func (v *view) opensPublished(k int) bool {
	if k >= len(v.toks) {
		return false
	}
	t := &v.toks[k]
	return t.word && !t.capital && (t.has(cDeterminer|cFindingNoun) || v.is(k, wIts, wTheir) || figureModifier(t.low) || t.backNoun())
}

// membersBody reports whether the label segment [s, e) after a speaker's
// name is one word naming people in the plural ("TOM REID,
// CANEGROWERS:"): one speaker is no plural, so the word names the body
// of its members she speaks for, as "FARMERS' UNION" does.
func (v *view) membersBody(s, e int) bool {
	if e-s != 1 {
		return false
	}
	t := &v.toks[s]
	return t.word && len(t.low) > 6 && strings.HasSuffix(t.low, "s") && !t.has(cStaff|cFieldPeople) && !t.has(cPeople) && !showRoleIDs.has(&t.spelling)
}
