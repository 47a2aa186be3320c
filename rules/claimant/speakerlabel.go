package claimant

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A transcript's speaker label ("SARAH OKAFOR, UNRWA: ...") names who
// speaks the line it opens; the readers of the label, from its line to the
// claimant it names, stand here.

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
	last, size := utf8.DecodeLastRuneInString(rest)
	if last == '\'' || last == '’' {
		// "... said, 'We lost 40 elephants in that valley alone.'": a
		// quotation in single marks closing the line ends as speech when
		// its own last sentence does.
		if in, _ := utf8.DecodeLastRuneInString(rest[:len(rest)-size]); strings.ContainsRune(".?!", in) {
			return in
		}
		return last
	}
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
	// "[00:12:40] JONAH PRICE:": the line's time stamp is no part of its
	// label (linestamp.go).
	ls += lineStampLen(text[ls:le])
	line := text[ls:le]
	colon := strings.IndexByte(line, ':')
	if colon < 2 || colon > 80 {
		return Claimant{}, 0, false
	}
	label := line[:colon]
	// "Kirsty Hamill (Stirling East) (SNP):", "The Minister for Housing
	// (Owen Tregarth):": a parliamentary record's label (hansard.go).
	if ns, ne, ok := hansardLabel(label); ok {
		return c.hansardSpeaker(ls, le, colon, ns, ne)
	}
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
		} else if b, ok := v.rankedPostBody(s, e); s > start && ok {
			// "AZMAN ISMAIL, NADMA DEPUTY DIRECTOR-GENERAL": a graded
			// post, the body before it (labelrankpost.go).
			if b == s {
				s, e = v.labelName(start, s-1)
			} else {
				e = b
			}
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
		// "MINISTER:" after "Joining us is Interior Minister Lena Voss":
		// the post's holder named before speaks (labelpostholder.go).
		if s == start && e == end && v.labelPostOnly(s, e) {
			if h, ok := c.postHolderBefore(lsi, v, s); ok {
				return h, ls + colon, true
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
	if newsroomDesk(words) {
		return true
	}
	return false
}
