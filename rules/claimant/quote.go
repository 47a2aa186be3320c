package claimant

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Quotations: where they open and close, and who speaks them.

// closer returns the mark that closes a quotation opened by r.
func closer(r rune) (rune, bool) {
	switch r {
	case '“':
		return '”', true
	case '"':
		return '"', true
	case '«':
		return '»', true
	case '„':
		return '“', true
	case '‘':
		return '’', true
	}
	return 0, false
}

// quoteAround finds the quotation holding [start, end) within its
// paragraph (a quote may run over several sentences).
func (c *call) quoteAround(start, end int) (int, int, bool) {
	if !c.quotePossible(start, end) || !c.nearQuote(start) {
		return 0, 0, false
	}
	ps, pe := c.lineBounds(start)
	for _, q := range c.quotations(ps, pe) {
		if q[0] <= start && end <= q[1] {
			return q[0], q[1], true
		}
		if q[1] >= end {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// quotations are the closed quotations of text[ps:pe], in order, as the
// byte offsets of their words [after the opening mark, the closing mark).
// Each line is read once: its figures share it.
func (c *call) quotations(ps, pe int) [][2]int {
	key, keyed := spanKey(ps, pe)
	if r, ok := c.quotes[key]; ok && keyed {
		return c.pairs[r[0]:r[1]]
	}
	first := len(c.pairs)
	var open rune
	qs := -1
	for _, m := range c.quoteMarks(ps, pe) {
		at := m.at
		if qs < 0 {
			if cl, ok := closer(m.r); ok {
				open, qs = cl, at+int(m.n)
			}
			continue
		}
		if m.r == open {
			c.pairs = append(c.pairs, [2]int{qs, at})
			qs = -1
		}
	}
	if keyed {
		c.quotes[key] = [2]int{first, len(c.pairs)}
	}
	return c.pairs[first:]
}

// speaker finds who speaks the quote [qs, qe) in sentence si: an
// attribution outside the quote in the sentences it spans, else one in the
// next sentence ("“...” That was the assessment of X").
func (c *call) speaker(si int, v *view, qs, qe int) (Claimant, bool) {
	first, last := c.d.SentenceAt(qs), c.d.SentenceAt(qe)
	if first < 0 {
		first = si
	}
	if last < 0 {
		last = si
	}
	// "My cousin in Dnipro texted me a line I cannot shake: “...”":
	// sentwords.go. It is read before the phrase before the colon is
	// taken whole as the speaker: "A nurse at Nasser hospital texts us
	// most nights:" has "texts" for a verb, no plural noun.
	if cl, ok := c.senderBeforeColon(c.view(first), qs); ok {
		return cl, true
	}
	if cl, ok := c.colonSpeaker(c.view(first), qs); ok {
		return cl, true
	}
	// "‘We counted 43 bodies’: a rescuer's account": quotedteller.go.
	if cl, ok := c.tellerAfterColon(c.view(last), qe); ok {
		return cl, true
	}
	// "‘We have 48 hours of fuel left’: Al-Aqsa hospital director"
	// (quotecolon.go).
	if cl, ok := c.quoteColonSpeaker(c.view(last), qe); ok {
		return cl, true
	}
	for k := first; k <= last+1 && k < len(c.d.Sentences); k++ {
		if k == last+1 && c.d.Sentences[k].Start > qe+3 {
			break // the quote ends its sentence: the speaker is in it, or after
		}
		w := c.view(k)
		var outside []attr
		for _, a := range w.attributions(0, len(w.toks)) {
			// "REPORTER: “...,” the commander told us": a programme's
			// own label before the quote names no speaker, and the one
			// the line gives after it is the quote's (claim117).
			if a.kind == kLabel && a.srcEnd > a.src && showRoleIDs.has(&w.toks[a.srcEnd-1].spelling) {
				continue
			}
			p := w.toks[a.anchor].start
			if p < qs || p >= qe {
				outside = append(outside, a)
			}
		}
		if len(outside) == 0 {
			continue
		}
		// The attribution nearest the quote.
		best := outside[0]
		for _, a := range outside[1:] {
			if dist(w.toks[a.anchor].start, qs, qe) < dist(w.toks[best.anchor].start, qs, qe) {
				best = a
			}
		}
		if w.anaphoric(best) {
			if first == 0 {
				return Claimant{}, false
			}
			// "AFP spoke to Mohammed Ali. “...,” he said": the person
			// the writer met (metperson.go).
			if w.is(best.src, wHe, wShe) {
				if cl, ok := c.personMet(first - 1); ok {
					return cl, true
				}
			}
			cl, ok := c.subject(first - 1)
			// ("Lucía Paredes runs Oxfam's water programme. “...,” she
			// said": runsnamed.go.)
			if w.is(best.src, wHe, wShe) && ok {
				if rc, found := c.runsNamed(first-1, cl); found {
					return rc, true
				}
			}
			cl.How = Previous
			return cl, ok
		}
		cl, ok := c.name(w, best)
		cl.How = InQuote
		return cl, ok
	}
	if last+1 < len(c.d.Sentences) {
		if cl, ok := c.backReference(last + 1); ok {
			return cl, true
		}
	}
	// "A WHO spokesman spoke from Geneva. “Our teams ...”": a quote that
	// is its whole sentence, with no speaker, is the person's the sentence
	// before introduced; a headline's quote, the person its standfirst
	// introduces (metperson.go).
	if first == last && c.d.Sentences[first].Start >= qs-3 && c.d.Sentences[last].End <= qe+4 {
		if first > 0 {
			if cl, ok := c.introducedSpeaker(first - 1); ok {
				return cl, true
			}
		} else if last+1 < len(c.d.Sentences) {
			if cl, ok := c.introducedSpeaker(last + 1); ok {
				cl.How = Next
				return cl, true
			}
		}
	}
	// "“There were 120 of us,” said Samira. “Now there are 40.”": a quote
	// that is its whole sentence goes on with the last one's speaker.
	if first > 0 && first == last && c.d.Sentences[first].Start >= qs-3 {
		p := c.d.Sentences[first-1]
		if qsPrev := c.quoteMarks(p.Start, p.End); len(qsPrev) >= 2 {
			w := c.view(first - 1)
			for _, a := range w.attributions(0, len(w.toks)) {
				if at := w.toks[a.anchor].start; at > qsPrev[len(qsPrev)-1].at || at < qsPrev[0].at {
					if cl, ok := c.name(w, a); ok {
						cl.How = InQuote
						return cl, true
					}
				}
			}
		}
	}
	return Claimant{}, false
}

// nearQuote reports whether a quotation mark is within two sentences of
// byte offset off, remembering each sentence's answer.
func (c *call) nearQuote(off int) bool {
	si := c.sentenceAt(off)
	if si < 0 {
		return false
	}
	for k := max(0, si-2); k <= si+2 && k < len(c.d.Sentences); k++ {
		q := c.sents[k].quoted
		if q == 0 {
			s := c.d.Sentences[k]
			q = 2
			if len(c.quoteMarks(s.Start, s.End)) > 0 {
				q = 1
			}
			c.sents[k].quoted = q
		}
		if q == 1 {
			return true
		}
	}
	return false
}

// quoteMark is a quotation mark of the text: " or the typographic “ ” „ « ».
type quoteMark struct {
	at int
	r  rune
	n  uint8 // its width in bytes
}

// quoteMarks are the quotation marks lying whole in text[s:e]. The text's
// marks are found once per document: figures near quotes are common, and
// each looks at the lines around it.
func (c *call) quoteMarks(s, e int) []quoteMark {
	if !c.marksRead {
		c.marks, c.marksRead = findQuoteMarks(c.d.Text, c.marks[:0]), true
	}
	i, _ := slices.BinarySearchFunc(c.marks, s, func(m quoteMark, s int) int { return m.at - s })
	j := i
	for j < len(c.marks) && c.marks[j].at+int(c.marks[j].n) <= e {
		j++
	}
	return c.marks[i:j]
}

// findQuoteMarks appends the text's quotation marks to out, in order. The
// three bytes that start them are searched for with strings.IndexByte,
// which skips the rest of the text quickly; " and the lead bytes E2 and C2
// never occur inside another character, so each hit starts a character.
func findQuoteMarks(text string, out []quoteMark) []quoteMark {
	for _, lead := range []byte{'"', 0xE2, 0xC2, '\''} {
		for off := 0; ; {
			i := strings.IndexByte(text[off:], lead)
			if i < 0 {
				break
			}
			at := off + i
			off = at + 1
			r := rune('"')
			switch {
			case lead == 0xE2 && at+2 < len(text) && text[at+1] == 0x80 && text[at+2] >= 0x9C && text[at+2] <= 0x9E:
				r = [...]rune{'“', '”', '„'}[text[at+2]-0x9C]
			case lead == '\'' || lead == 0xE2 && at+2 < len(text) && text[at+1] == 0x80 && (text[at+2] == 0x98 || text[at+2] == 0x99):
				n := 1
				if lead == 0xE2 {
					n = 3
				}
				var ok bool
				if r, ok = singleMark(text, at, at+n); !ok {
					continue
				}
			case lead == 0xC2 && at+1 < len(text) && text[at+1] == 0xAB:
				r = '«'
			case lead == 0xC2 && at+1 < len(text) && text[at+1] == 0xBB:
				r = '»'
			case lead != '"':
				continue
			}
			// A straight single mark read as ‘ or ’ is one byte, not
			// the typographic mark's three: its quotation's words start
			// right after it, and one closing a paragraph lies whole
			// in it.
			n := utf8.RuneLen(r)
			if lead == '\'' || lead == '"' {
				n = 1
			}
			out = append(out, quoteMark{at: at, r: r, n: uint8(n)})
		}
	}
	slices.SortFunc(out, func(a, b quoteMark) int { return a.at - b.at })
	return out
}

// singleMark reads a single quotation mark, straight or typographic, at
// text[at:end]: the same marks are apostrophes ("Gaza's", "the ministers'
// figures", "rock 'n' roll"), so only a mark that opens speech (at a
// line's start or after a space or bracket, before a word) is '‘', and only
// one that closes it (after , . ! or ?, or after a word before a colon or
// semicolon: "‘We have 200 patients and no fuel’: Gaza hospital director",
// or after a word closing the line) is '’'.
func singleMark(text string, at, end int) (rune, bool) {
	var prev, next byte = ' ', ' '
	if at > 0 {
		prev = text[at-1]
	}
	if end < len(text) {
		next = text[end]
	}
	switch {
	case (prev == ' ' || prev == '\n' || prev == '(' || prev == '[') && next != ' ' && next != '\n' && next != 's':
		return '‘', true
	case prev == ',' || prev == '.' || prev == '!' || prev == '?':
		return '’', true
	case wordByte(prev) && (next == ':' || next == ';'):
		return '’', true
	case wordByte(prev) && next == ' ' && spacedDashAt(text, end+1):
		// "‘We're burying 40 a day’ – El Fasher doctor": a headline's
		// quote before the dash that sets its speaker after it, as a
		// colon does (quotecolon.go).
		return '’', true
	case wordByte(prev) && (end == len(text) || next == '\n'):
		// "Saied: ‘We will not be Europe's border guard for 105
		// million euros’": a headline's quote closing its line after a
		// word, which no possessive does.
		return '’', true
	}
	return 0, false
}

// spacedDashAt reports whether text at i holds a dash (-, – or —) and
// a space after it.
func spacedDashAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	for _, d := range [...]string{"- ", "– ", "— "} {
		if strings.HasPrefix(text[i:], d) {
			return true
		}
	}
	return false
}

// dist is how far byte offset p lies outside the quotation [qs, qe).
func dist(p, qs, qe int) int {
	if p < qs {
		return qs - p
	}
	return p - qe
}
