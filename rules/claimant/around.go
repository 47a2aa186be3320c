package claimant

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// speakerLabel reads a transcript's speaker label at the start of the line
// holding sentence si ("SARAH OKAFOR, UNRWA:"): the claimant it names and
// the label's end. A programme's own people (ANCHOR, HOST) are not
// claimants, nor is a headline's "UN:" (mixed case, or a line with no
// full stop: see the headline frame).
func (c *call) speakerLabel(si int) (Claimant, int, bool) {
	if k := c.sents[si].label; k > 0 {
		l := c.labels[k-1]
		return l.c, l.end, l.ok
	}
	var cl Claimant
	var end int
	var ok bool
	if c.labelPossible(si) {
		cl, end, ok = c.readLabel(si)
	}
	c.labels = append(c.labels, label{cl, end, ok})
	c.sents[si].label = int32(len(c.labels))
	return cl, end, ok
}

// programmeLine reports whether sentence si is in a line a programme's own
// person speaks ("ANCHOR: ...", "DANA COLE, ANCHOR: ..."): what is
// attributed in it is found in a transcript's line, as in a quote.
func (c *call) programmeLine(si int) bool {
	_, end, ok := c.speakerLabel(si)
	return !ok && end > 0
}

// afterProgrammeLabel returns the first token of sentence si's view v
// after a programme's own label ("KIM SO-YEON, CORRESPONDENT, SEOUL: The
// Bank of Korea cut its growth forecast"): the line's subject opens
// there, as after a dateline. 0 when the line has no such label.
func (c *call) afterProgrammeLabel(si int, v *view) int {
	if !c.programmeLine(si) || len(v.toks) == 0 {
		return 0
	}
	_, end, _ := c.speakerLabel(si)
	if end <= v.toks[0].start {
		return 0
	}
	k := v.tokAt(end)
	if v.isOne(k, wColon) {
		k++
	}
	return k
}

type label struct {
	c   Claimant
	end int
	ok  bool
}

func (c *call) readLabel(si int) (Claimant, int, bool) {
	s := c.d.Sentences[si].Start
	ls, le := c.lineBounds(s)
	// "ANCHOR: How bad was it? SVITLANA MOROZ, CITY ADMINISTRATION: ...":
	// a speaker label opening a sentence of the line takes over from there.
	for k := si; k >= 0 && k >= si-2 && c.d.Sentences[k].Start > ls; k-- {
		if at := c.d.Sentences[k].Start; opensLabel(c.d.Text[at:le]) {
			return c.labelAt(at, le)
		}
	}
	return c.labelAt(ls, le)
}

// closingRune returns the last rune of a spoken line's rest, read inside
// or before an editor's insertion in square brackets that closes it: "...
// na po. [For now, nine.]", "... ngayon. [inaudible]". A transcript gives
// a translation or a stage note so, and the line is still speech that
// ends as speech does; a headline's "UN: 30 killed" has no full stop
// either way.
func closingRune(rest string) rune {
	last, _ := utf8.DecodeLastRuneInString(rest)
	if last != ']' {
		return last
	}
	o := strings.LastIndexByte(rest, '[')
	if o < 0 {
		return last
	}
	in, _ := utf8.DecodeLastRuneInString(strings.TrimRight(rest[o+1:len(rest)-1], " "))
	if strings.ContainsRune(".?!”\"…", in) {
		return in
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(rest[:o], " "))
	return before
}

// labelAt reads the speaker label opening text[ls:le], a line or the rest
// of one.
func (c *call) labelAt(ls, le int) (Claimant, int, bool) {
	text := c.d.Text
	line := text[ls:le]
	colon := strings.IndexByte(line, ':')
	if colon < 2 || colon > 80 {
		return Claimant{}, 0, false
	}
	label := line[:colon]
	// "INTERPRETER (for IFRC head Jagan Chapagain):": the voice speaks
	// for whom its bracket names (voicelabel.go).
	vs, ve, voice := voiceLabel(label)
	// "SAMIR, RESIDENT (through interpreter):": a stage note in brackets
	// closing the label is not part of it.
	if o := strings.IndexByte(label, '('); o > 0 && strings.HasSuffix(strings.TrimRight(label, " "), ")") {
		label = label[:o]
	}
	upper := 0
	for i := 0; i < len(label); {
		r, size := utf8.DecodeRuneInString(label[i:])
		// "COL. R. K. SINGH (RETD), ...": a rank's note in brackets
		// inside the label (ranknote.go).
		if n := rankNoteLen(label[i:]); n > 0 {
			i += n
			continue
		}
		i += size
		switch {
		case unicode.IsLower(r) || unicode.IsDigit(r):
			return Claimant{}, 0, false
		case unicode.IsUpper(r):
			upper++
		case strings.ContainsRune(" .,'’-&", r):
		default:
			return Claimant{}, 0, false
		}
	}
	rest := strings.TrimRight(line[colon+1:], " \t\r")
	last := closingRune(rest)
	if upper < 2 || !strings.ContainsRune(".?!”\"…", last) {
		return Claimant{}, 0, false
	}
	words := normWords(label)
	// "ANCHOR", "ELECTION NIGHT ANCHOR": the programme's own.
	// "CORRESPONDENT MAYA ROSS", "BBC REPORTER JANE DOE": a role before
	// the name, the programme's own too.
	// "DANA COLE, ANCHOR": the role after the comma says she is too.
	if len(words) == 0 {
		return Claimant{}, 0, false
	}
	// "LUCY ADAIR, CORRESPONDENT, KHARKIV": the role in a description
	// after the name, where she reports from after it. "CO-HOST" splits
	// into its role.
	// "TANVIR AHMED, PADMA TV, COX'S BAZAR": her broadcaster after her
	// name says so too (broadcaster.go).
	if anyShowRole(words) && (!strings.Contains(label, ",") || anyShowRole(normWords(label[strings.IndexByte(label, ',')+1:]))) || broadcasterLabel(label) {
		// No claimant, but the line is the programme's own speech: its
		// end marks it (see programmeLine).
		return Claimant{}, ls + colon, false
	}
	// "BACKGROUND:", "KEY FIGURES:": a part of the page, no speaker; the
	// line is read as prose.
	if pageLabel(words) {
		return Claimant{}, 0, false
	}
	lsi := c.d.SentenceAt(ls)
	if lsi < 0 {
		return Claimant{}, 0, false
	}
	v := c.view(lsi)
	// The label's words end before a stage note it dropped.
	end := v.tokAt(ls + len(strings.TrimRight(label, " ")))
	start := v.tokAt(ls)
	if voice {
		start, end = v.tokAt(ls+vs), v.tokAt(ls+ve)
	}
	if end <= start {
		return Claimant{}, 0, false
	}
	// "LUCKNOW (PTI): ...": a dateline, no speaker (colondateline.go).
	if v.colonDateline(start) > start {
		return Claimant{}, 0, false
	}
	// "ELNOUR HASSAN, EMERGENCY ROOM VOLUNTEER, OMDURMAN", "GOVERNOR
	// MYKOLA BONDAR, KHARKIV REGION": a place closing the label says where
	// the speaker is, not who (see described.go).
	if pe, ok := v.labelPlace(start, end); ok {
		end = pe
	} else if pe, ok := c.labelTownEnd(v, start, end); ok {
		// "JOHN OKAFOR, SPOKESMAN, MAIDUGURI:" in a story that names
		// Maiduguri as a place (labeltown.go).
		end = pe
	}
	cl := Claimant{How: InQuote}
	// "PAM DUNCAN-GLANCY MSP": the speaker by name (described.go).
	if s, e, ok := v.ownNameLabel(start, end); ok {
		cl = c.claimant(v, s, e, "")
		cl.How = InQuote
		return cl, ls + colon, true
	}
	// "SANJAY ROY, FORMER ENVOY TO ISRAEL": an office held for a place
	// names its holder, not the place's government (placeoffice.go).
	if id, ok := c.lookup(v, start, end); ok && !v.officeSegmentAfterComma(start, end) {
		cl = c.claimant(v, start, end, id)
	} else {
		// "JOHN MARSH, OXFAM SPOKESMAN": the organisation after the
		// comma speaks; a bare name is the speaker as written.
		s, e := start, end
		for k := end - 1; k > start; k-- {
			if v.isOne(k, wComma) {
				s = k + 1
				break
			}
		}
		// "OLENA, RESIDENT OF KOSTIANTYNIVKA", "SAMIR ABU JARAD,
		// DISPLACED RESIDENT": a person described, speaking for herself
		// (see described.go). "FARMERS' UNION": people's possessive
		// before a body names the body, not a calling.
		if s > start && v.bodyMember(s, e) {
			// "GHASSAN BARAKAT, RED CRESCENT PARAMEDIC": the body she
			// works for speaks (member.go).
			e--
		} else if b, ok := v.presidentPost(s, e); s > start && ok {
			// "ABU SAYEED, BGMEA VICE-PRESIDENT": the body its head
			// speaks for, no calling (labelpost.go).
			e = b
		} else if s > start && (agentNoun(v.toks[s].low) && !v.toks[s].has(cStaff) && v.bodyBeforePost(s, e) == s && !v.isOne(s+1, wApostrophe) && !v.membersBody(s, e) || v.describesPerson(s, e) || (e-s == 1 || v.modifiedCalling(s, e)) && s-1 > start && calling(v.toks[e-1].low) || v.sitePost(s, e) || v.placeOfficeSegment(s, e) || v.cabinetOffice(s, e) || v.remitOffice(s, e)) {
			s, e = v.labelName(start, s-1)
		} else if n := v.postOfSegment(s, e); s > start && n > 0 {
			// "HASSAN AL-AMIN, HEAD OF CIVIL DEFENCE": the body he heads.
			s = n
		} else if ps, pe, ok := v.postSegment(start, s); ok {
			// "OMAR FARES, CIVIL DEFENCE SPOKESMAN, GAZA": the place
			// after a body's post is not the speaker.
			s, e = ps, pe
		} else if ps, pe, ok := v.memberSegment(start, s); ok {
			// "GHASSAN BARAKAT, RED CRESCENT PARAMEDIC, NORTH GAZA":
			// likewise after a body's member at work.
			s, e = ps, pe
		} else if s > start && v.ownPost(s, e) {
			// "OLEKSANDR BILYK, REGIONAL GOVERNOR, KHERSON", "IVAN
			// PETRENKO, DEPUTY MAYOR": a post with only its rank, scope
			// or site before it names no body; its holder speaks by name
			// (convention 8).
			s, e = v.labelName(start, s-1)
		} else if s > start && e-s >= 2 && v.toks[e-1].post() {
			// "JOHN MARSH, OXFAM COORDINATOR", "HALIMA BELLO, NEMA ZONAL
			// COORDINATOR": the body before the post speaks (a post at an
			// unnamed site, or a place's office, was read above).
			e = v.bodyBeforePost(s, e)
		}
		// "ELECTION ANALYST MARK DUNN": a role, then the person's name.
		if s == start {
			for k := e - 2; k >= start; k-- {
				if w := v.toks[k].low; (v.toks[k].has(cStaff) || staffNouns[w+"s"] || v.toks[k].post()) && !spokesWord(w) {
					s = k + 1
					// "MINISTER OF HEALTH KANISHKA PERERA", "SECRETARY
					// OF STATE FOR HEALTH JOHN HALE": the office's
					// portfolio after "of" is no part of the name.
					s = v.afterPortfolio(s, e)
					// "IFRC SECRETARY GENERAL JAGAN CHAPAGAIN": the post
					// is the body's, and the body speaks.
					if x, ok := v.initialsPostName(start, k, e); ok {
						s, e = x, x+1
					}
					break
				}
			}
		}
		// "OKSANA MELNYK:" after "Joining us is Oksana Melnyk of the UN
		// mission": the introduction says whom she speaks for.
		if s == start && e == end {
			if in, ok := c.introduced(lsi, v, s, e); ok {
				return in, ls + colon, true
			}
		}
		// "SEN. MARGARET HOLLIS", "PRESIDENT GABRIEL BORIC": the name, not
		// the titles before it.
		if s == start {
			s = v.afterTitles(s, e)
		}
		rs, re := v.reduce(s, e)
		if !v.hasWord(rs, re) {
			rs, re = start, end
		}
		if !v.hasWord(rs, re) {
			return Claimant{}, 0, false
		}
		cl = c.claimant(v, rs, re, "")
	}
	cl.How = InQuote
	return cl, ls + colon, true
}

// labelName returns the speaker's name in a label whose first comma
// segments run from start to end: the first segment, past the titles
// before the name ("SEN. MARGARET HOLLIS").
func (v *view) labelName(start, end int) (int, int) {
	e := end
	for k := start; k < e; k++ {
		if v.isOne(k, wComma) {
			e = k
			break
		}
	}
	// "COL. R. K. SINGH (RETD)": the rank's note closing the name.
	if e-3 > start && v.rankNote(e-3) {
		e -= 3
	}
	return v.afterTitles(v.afterTitle(start, e), e), e
}

// anyShowRole reports whether a label's words hold a programme's role.
func anyShowRole(words []string) bool {
	for _, w := range words {
		if showRole(w) {
			return true
		}
	}
	return false
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
	// no part of its subject, span.go afterTimePhrase.)
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
	if b > a && v.wordFrom(b) && !v.toks[a].has(cPronoun) && (v.toks[a].capital || v.toks[a].has(cDeterminer) || counted && a == lo && v.countedOfNamed(a, b)) && !v.letsOpening(a) {
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
			return j
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
