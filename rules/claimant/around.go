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
	// "SAMIR, RESIDENT (through interpreter):": a stage note in brackets
	// closing the label is not part of it.
	if o := strings.IndexByte(label, '('); o > 0 && strings.HasSuffix(strings.TrimRight(label, " "), ")") {
		label = label[:o]
	}
	upper := 0
	for _, r := range label {
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
	last, _ := utf8.DecodeLastRuneInString(rest)
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
	if anyShowRole(words) && (!strings.Contains(label, ",") || anyShowRole(normWords(label[strings.LastIndexByte(label, ',')+1:]))) {
		// No claimant, but the line is the programme's own speech: its
		// end marks it (see programmeLine).
		return Claimant{}, ls + colon, false
	}
	lsi := c.d.SentenceAt(ls)
	if lsi < 0 {
		return Claimant{}, 0, false
	}
	v := c.view(lsi)
	// The label's words end before a stage note it dropped.
	end := v.tokAt(ls + len(strings.TrimRight(label, " ")))
	start := v.tokAt(ls)
	if end <= start {
		return Claimant{}, 0, false
	}
	cl := Claimant{How: InQuote}
	if id, ok := c.lookup(v, start, end); ok {
		cl = c.claimant(v, start, end, id)
	} else {
		// "JOHN MARSH, OXFAM SPOKESMAN": the organisation after the
		// comma speaks; a bare name is the speaker as written.
		s, e := start, end
		for k := end - 1; k > start; k-- {
			if v.is(k, ",") {
				s = k + 1
				break
			}
		}
		// "OLENA, RESIDENT OF KOSTIANTYNIVKA": a person described,
		// speaking for herself.
		if s > start && agentNoun(v.toks[s].low) && !v.toks[s].has(cStaff) {
			s, e = start, s-1
		}
		// "ELECTION ANALYST MARK DUNN": a role, then the person's name.
		if s == start {
			for k := e - 2; k >= start; k-- {
				if w := v.toks[k].low; (v.toks[k].has(cStaff) || staffNouns[w+"s"] || postNoun(w)) && !strings.HasPrefix(w, "spokes") {
					s = k + 1
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

// anyShowRole reports whether a label's words hold a programme's role.
func anyShowRole(words []string) bool {
	for _, w := range words {
		if showRoles[w] {
			return true
		}
	}
	return false
}

// Words that open a sentence continuing the one before: "Another 58 were
// wounded.", "The number was 260 on Friday.", "Each drop carries ...".
var continuations = set("another each of")

var backNouns = set("figure number estimate assessment count toll tally total numbers figures data announcement statement")

// publishing reports whether the word at i is a form of a verb of
// publishing or speaking on a matter (published, releases, has updated,
// commented, briefed, weighed in): a sentence saying that a source did so
// announces figures.
func (v *view) publishing(i int) bool {
	t := &v.toks[i]
	if !t.word || t.capital || v.is(i-1, "the", "a", "an", "its", "their") {
		return false
	}
	for _, p := range [...]string{"publish", "releas", "updat", "issu", "comment", "respond", "brief"} {
		if strings.HasPrefix(t.low, p) && len(t.low) > len(p)+1 && !strings.HasSuffix(t.low, "ing") {
			return true
		}
	}
	// "Centcom has weighed in on the attacks": spoke on them.
	return (t.low == "weighed" || t.low == "weighs") && v.is(i+1, "in")
}

// neighbours looks for the claimant in the sentence before or after, one
// step only, when the figure's sentence has no attribution.
func (c *call) neighbours(si int, v *view, lo int) (Claimant, bool) {
	if si > 0 && v.continues(lo) {
		if cl, ok := c.subject(si - 1); ok && cl.How != Previous {
			cl.How = Previous
			return cl, true
		}
	}
	if si > 0 && c.announces(si-1) {
		if cl, ok := c.subject(si - 1); ok && !announcement(cl.Words) {
			cl.How = Previous
			return cl, true
		}
	}
	if si+1 < len(c.d.Sentences) {
		return c.backReference(si + 1)
	}
	return Claimant{}, false
}

// continues reports whether the sentence opens by continuing the last:
// "Another", "A further", "Each", "The number", "Of those", "Its", "They".
func (v *view) continues(lo int) bool {
	if lo >= len(v.toks) {
		return false
	}
	w := v.toks[lo].low
	switch {
	case w == "another" || w == "each":
		return true
	case w == "a" && v.is(lo+1, "further"):
		return true
	case w == "its" || w == "their" || w == "they":
		// "Its list of 30 April held 24,686 names", "They had pulled 19
		// people alive": the subject before goes on speaking.
		return true
	case w == "of" && v.is(lo+1, "those", "them", "these", "whom"):
		return true
	case (w == "the" || w == "that" || w == "this") && lo+1 < len(v.toks) && backNouns[v.toks[lo+1].low]:
		return true
	}
	// "The deaths bring the toll of the ground operation to 260": a
	// running total the sentence before's source keeps.
	return v.runningTotal(lo)
}

// runningTotal reports whether the sentence opening at lo brings or raises
// a total: a short subject, a form of bring or raise, then "the" or "its"
// and a noun pointing back (toll, total, number, count).
func (v *view) runningTotal(lo int) bool {
	for k := lo + 1; k < len(v.toks) && k <= lo+4; k++ {
		w := v.toks[k].low
		if strings.HasPrefix(w, "bring") || w == "brought" || strings.HasPrefix(w, "rais") {
			return v.is(k+1, "the", "its", "their") && k+2 < len(v.toks) && backNouns[v.toks[k+2].low]
		}
		if v.boundary(k) || v.toks[k].fig {
			return false
		}
	}
	return false
}

// announces reports whether sentence si announces figures without giving
// one: "The IOM released new figures for Sudan on Thursday.", "The
// charity's monthly survey came out this morning.", "AFAD has updated its
// page.": a findings noun, or a publishing verb.
func (c *call) announces(si int) bool {
	s := c.d.Sentences[si]
	for i := s.FigStart; i < s.FigEnd; i++ {
		if c.d.Figures[i].Kind.IsAmount() {
			return false
		}
	}
	v := c.view(si)
	for i := range v.toks {
		t := &v.toks[i]
		if backNouns[t.low] || t.has(cFindingNoun) || t.low == "update" || t.low == "findings" || t.low == "summary" || t.low == "bulletin" {
			return true
		}
		if v.publishing(i) {
			return true
		}
	}
	return false
}

// subject is the claimant sentence si speaks for: its first attribution,
// else the noun phrase it opens with. A pronoun is not followed further.
func (c *call) subject(si int) (Claimant, bool) {
	v := c.view(si)
	lo := 0
	if _, e, ok := c.speakerLabel(si); ok {
		lo = v.tokAt(e) + 1
	} else {
		// "CORRESPONDENT: I spoke to ...": a programme's own label is no
		// subject.
		lo = v.roleLabelEnd()
	}
	lo = v.skipDateline(lo)
	for _, a := range v.attributions(lo, len(v.toks)) {
		if v.anaphoric(a) || a.kind == kPossFig {
			continue
		}
		if cl, ok := c.name(v, a); ok {
			return cl, true
		}
	}
	a, b := v.npAfter(lo, len(v.toks))
	if b > a && !v.toks[a].has(cPronoun) && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
		cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: b, kind: kVerb})
		if v.is(b, ",") {
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
	if v.is(lo+1, ":") && lo+2 < len(v.toks) && v.toks[lo].num && v.toks[lo+2].num {
		lo += 3
	}
	for i := lo; i < len(v.toks) && i < lo+14; i++ {
		if v.is(i, "-") && (v.toks[i].space || v.is(i+1, "-")) {
			j := i + 1
			for j < len(v.toks) && v.is(j, "-") {
				j++
			}
			return j
		}
	}
	return lo
}

// backReference reads the sentence after a figure's for a claimant that
// points back at it: "The figure comes from X", "That is the estimate of
// X", "That's the number the White House is pointing to", or an
// attribution with no figure of its own ("The UN mission said most died
// in strikes").
func (c *call) backReference(ni int) (Claimant, bool) {
	v := c.view(ni)
	// "The number comes from the Gaza health ministry, which said hundreds
	// more were wounded": a pointer back names its source before the
	// sentence's own figures.
	if cl, ok := v.pointerSource(c); ok {
		return cl, true
	}
	if cl, ok := c.pointsBack(v); ok {
		return cl, true
	}
	s := c.d.Sentences[ni]
	for i := s.FigStart; i < s.FigEnd; i++ {
		if c.d.Figures[i].Kind.IsAmount() {
			return Claimant{}, false
		}
	}
	// "The IDF meanwhile said ...": a sentence that turns to another
	// matter does not point back.
	for i := range v.toks {
		if v.is(i, "meanwhile", "separately", "elsewhere") {
			return Claimant{}, false
		}
	}
	atts := v.attributions(0, len(v.toks))
	// "The Anadolu agency, citing the governor's office, gave the toll":
	// the cited source.
	for _, a := range atts {
		if a.cite {
			cl, ok := c.name(v, a)
			cl.How = Next
			return cl, ok
		}
	}
	for i, t := range v.toks {
		// "That is our own count": the owner's.
		if backNouns[t.low] && i > 1 && v.is(0, "that", "this") {
			if a, b, ok := v.owner(i, 1); ok {
				cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: i, kind: kFindings})
				cl.How = Next
				return cl, ok
			}
		}
		if !backNouns[t.low] || i == 0 || !v.is(i-1, "the", "that", "this") && !v.is(i-2, "the", "that", "this") {
			continue
		}
		for j := i + 1; j < len(v.toks) && j <= i+4; j++ {
			// "by adding up statements": a means, not a source.
			if v.is(j, "by", "of", "from") && !v.gerund(j+1) {
				if a, b := v.npAfter(j+1, len(v.toks)); b > a {
					cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: j})
					cl.How = Next
					return cl, ok
				}
			}
		}
		if a, b := v.npAfter(i+1, len(v.toks)); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: i})
			cl.How = Next
			return cl, ok
		}
		if i > 2 {
			if a, b := v.npAfter(0, i); b > a && (v.toks[a].capital) && !v.toks[a].has(cPronoun) {
				cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: i})
				cl.How = Next
				return cl, ok
			}
		}
	}
	// "That was according to X": a frame pointing back.
	for _, a := range atts {
		if a.kind == kFrame && v.is(0, "that", "this") {
			cl, ok := c.name(v, a)
			cl.How = Next
			return cl, ok
		}
	}
	for _, a := range atts {
		if a.kind != kVerb || v.anaphoric(a) || v.toks[a.src].has(cFirstPerson) {
			continue
		}
		// "The army said it had targeted a Hamas command centre": a
		// source telling of its own doing says nothing of the figure.
		if a.anchor > a.src && v.otherMatter(a.anchor) {
			return Claimant{}, false
		}
		cl, ok := c.name(v, a)
		cl.How = Next
		return cl, ok
	}
	return Claimant{}, false
}

// otherMatter reports whether the clause a verb at i reports opens, past
// "that" and a short adverbial of time, with the speaker's own pronoun
// ("said it had targeted", "said on Thursday that it was sending") or a
// definite noun of its own ("said the evacuation was temporary"): the
// source speaks of its doing or of another matter, not of a figure before.
// A quantifier ("said most died") or a bare noun ("said turnout was the
// highest") may still speak of it.
func (v *view) otherMatter(i int) bool {
	for k := i + 1; k < len(v.toks) && k <= i+5; k++ {
		t := &v.toks[k]
		switch {
		case v.is(k, "it", "they", "we"):
			return true
		case v.is(k, "the", "this", "these", "those") && k+1 < len(v.toks) && !backNouns[v.toks[k+1].low] && v.toks[k+1].word && !v.toks[k+1].capital:
			// "The military said the evacuation was temporary": another
			// matter named by its own noun.
			return true
		case v.is(k, "that") || t.has(cPreposition) || t.has(cDay) || t.has(cDeterminer):
		default:
			return false
		}
	}
	return false
}

// pointerSource reads "The number comes from X" and "The figure was
// compiled by X" at the start of a sentence: a findings noun pointing back,
// then its source, before any figure of the sentence.
func (v *view) pointerSource(c *call) (Claimant, bool) {
	// "10:21 — That figure comes from ...": past a live blog's stamp.
	lo := v.skipDateline(0)
	if len(v.toks)-lo < 4 || !v.pointerHead(lo) {
		return Claimant{}, false
	}
	for j, reach := lo+2, lo+6; j < len(v.toks) && j <= reach; j++ {
		// "That figure comes, of course, from the ministry": an aside in
		// commas between the verb and its complement is passed over.
		if m := v.asideEnd(j); m > j {
			reach += m - j
			j = m
			continue
		}
		// "That figure, from OCHA, includes ...".
		if v.toks[j].fig || v.boundary(j) && !(v.is(j, ",") && v.is(j+1, "from", "by")) {
			return Claimant{}, false
		}
		// "That estimate belongs to the IOM", "is credited to": a verb of
		// whose the figure is, and "to".
		if !(v.is(j, "by", "from") || v.is(j, "to") && provenance(v.toks[j-1].low)) || v.gerund(j+1) {
			continue
		}
		if a, b := v.npAfter(j+1, len(v.toks)); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			// "comes from a satellite assessment Unosat published": the
			// findings are whoever made them.
			// ("assessment" is a verb's form too: it may end the phrase.)
			for k := min(b, len(v.toks)-1); k > a; k-- {
				if v.toks[k].has(cFindingNoun) && !v.inName(k) {
					if x, y, ok := v.madeBy(k, len(v.toks)); ok {
						a, b = x, y
					}
					break
				}
			}
			a, b = v.postOfBody(a, b, len(v.toks))
			cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: j})
			cl.How = Next
			return cl, ok
		}
		return Claimant{}, false
	}
	return Claimant{}, false
}

// pointerHead reports whether a subject pointing back at the sentence
// before opens at token i: a demonstrative or "the", and a noun for a
// figure or for findings ("That estimate", "Those numbers", "The survey").
func (v *view) pointerHead(i int) bool {
	if !v.is(i, "the", "that", "this", "those", "these") || i+1 >= len(v.toks) {
		return false
	}
	t := &v.toks[i+1]
	if backNouns[t.low] || t.has(cFindingNoun) && !t.capital {
		return true
	}
	// "Those proportions were calculated by the Ledger": a demonstrative
	// points back whatever its noun, when a verb of making or giving
	// follows it (see pointerVerb).
	return !v.is(i, "the") && t.word && !t.capital && !t.inLexicon() && v.pointerVerb(i+2)
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
	return t.report || t.finding || origin(t.low) || v.is(i, "come", "comes", "came")
}

// gerund: the word at i is an -ing form ("by adding up").
func (v *view) gerund(i int) bool {
	return i < len(v.toks) && v.toks[i].word && !v.toks[i].capital && len(v.toks[i].low) > 5 && strings.HasSuffix(v.toks[i].low, "ing")
}

// hasWord reports whether tokens [a, b) hold a word.
func (v *view) hasWord(a, b int) bool {
	for k := a; k < b && k < len(v.toks); k++ {
		if v.toks[k].word {
			return true
		}
	}
	return false
}
