package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// parser reads figures from a token stream. It tries to start a figure at
// each token and, on success, jumps past it: every token belongs to at most
// one figure.
type parser struct {
	text string
	// written is the text as written, where text has its shouted lines
	// lowered (shouted.go).
	written string
	toks    []Token
	out     []Figure
	// slab holds the Low/High bounds of figures, allocated in chunks so
	// that a figure costs no allocation of its own. The first chunk holds
	// firstSlab values: sized for the figures the text is expected to
	// hold, so that a short text (a line, a sentence) does not take a
	// whole chunk.
	slab      []float64
	firstSlab int
	// figTok holds the token range of each figure of out, in all the
	// text's tokens; p.toks starts at token base of them.
	figTok [][2]int32
	base   int
	// marks are the tokens that open a line or may end a sentence (lex),
	// in all the text's tokens: the parser finds the lines' ends there.
	marks []int32
}

const slabChunk = 1024

// bound sets a figure's bounds (see Figure.bounds) without allocating.
func (p *parser) bound(f *Figure, lo, hi float64) { f.bounds(lo, hi, p.pair()) }

// pair returns storage for a figure's two bounds.
func (p *parser) pair() *[2]float64 {
	if len(p.slab)+2 > cap(p.slab) {
		n := slabChunk
		if p.slab == nil && p.firstSlab > 0 {
			n = min(max(p.firstSlab, 16), slabChunk)
		}
		p.slab = make([]float64, 0, n)
	}
	p.slab = p.slab[:len(p.slab)+2]
	return (*[2]float64)(p.slab[len(p.slab)-2:])
}

// amount is a number read from one or more tokens, before units and
// qualifiers are attached.
type amount struct {
	val        float64
	start, end int  // token range [start, end)
	digits     bool // written with digits
	decimals   bool // has a written fractional part
	scale      float64
	raw        float64 // value before scale words
	plainInt   bool    // a bare run of digits, no separators ("2024")
	ndigits    int
	leadZero   bool
	vague      bool
	lo, hi     float64
	fraction   bool
	approx     bool    // "a couple"
	list       []int32 // byte offsets splitting "22,24,26" into separate numbers
	dotted     bool    // "192.168.1.2", "17.05.2018"
}

const maxTokensPerFigure = 40

func (p *parser) info(i int) *wordInfo {
	if uint(i) >= uint(len(p.toks)) {
		return &vocabWords[0]
	}
	return &vocabWords[p.toks[i].vid]
}

func (p *parser) has(i int, f wflag) bool {
	if uint(i) >= uint(len(p.toks)) {
		return false
	}
	return hotWords[p.toks[i].vid].flags&f != 0
}

func (p *parser) str(i int) string {
	if uint(i) >= uint(len(p.toks)) {
		return ""
	}
	return p.text[p.toks[i].Start:p.toks[i].End]
}

// isSym reports whether token i is one of the symbols syms. It is asked of
// tokens around every figure, most of them words or numbers: this first
// test is small enough to be inlined, so they are turned away without a
// call.
func (p *parser) isSym(i int, syms string) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].Kind == tSym && p.symIn(i, syms)
}

// symIn reports whether symbol token i is one of syms.
func (p *parser) symIn(i int, syms string) bool {
	s := p.str(i)
	if len(s) == 1 && s[0] < utf8.RuneSelf {
		// syms is a few bytes: a loop over them costs less than calling
		// strings.IndexByte's assembly.
		for k := 0; k < len(syms); k++ {
			if syms[k] == s[0] {
				return true
			}
		}
		return false
	}
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && r != utf8.RuneError && strings.ContainsRune(syms, r)
}

func (p *parser) isNum(i int) bool { return uint(i) < uint(len(p.toks)) && p.toks[i].Kind == tNum }

func (p *parser) isWord(i int) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].Kind == tWord
}

// attached reports whether token i follows token i-1 with no space between.
func (p *parser) attached(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].Space
}

func (p *parser) capitalised(i int) bool {
	r, _ := utf8.DecodeRuneInString(p.str(i))
	return unicode.IsUpper(r)
}

// lowerIs reports whether token i is w, an ASCII word in lower case, in any
// case. Most tokens differ from w in length, and are turned away by that.
// It is small enough to be inlined at its callers (some 200,000 asks an
// extract on dense text): equalFoldASCII is written out, its length test
// made here.
func (p *parser) lowerIs(i int, w string) bool {
	if uint(i) >= uint(len(p.toks)) {
		return w == ""
	}
	t := &p.toks[i]
	if int(t.End-t.Start) != len(w) {
		return false
	}
	s := p.text[t.Start:t.End]
	for k := range len(s) {
		if s[k]|0x20 != w[k]|0x20 {
			return false
		}
	}
	return true
}

// emit records a figure spanning tokens [from, to).
func (p *parser) emit(f Figure, from, to int) {
	f.Start, f.End = int(p.toks[from].Start), int(p.toks[to-1].End)
	f.Text = p.text[f.Start:f.End]
	p.out = append(p.out, f)
	p.figTok = append(p.figTok, [2]int32{int32(p.base + from), int32(p.base + to)})
}

func (p *parser) parseAt(i int) (int, bool) {
	if p.unitExponentAt(i) {
		return 0, false // "km2": the unit's power (unitexponent.go)
	}
	if hotWords[p.toks[i].vid].phraseOnly {
		// Nothing below reads a figure from such a word but its phrases.
		if ph, _ := p.matchPhrase(i, false); ph == nil {
			return 0, false
		}
	}
	if p.has(i, fMonth) && (p.capitalised(i) || p.writtenCapital(i)) {
		if end, ok := p.monthDate(i); ok {
			return end, true
		}
	}
	if p.has(i, fUnit) && p.isSym(i+1, "-") && p.isWord(i) {
		if end, ok := p.spelledDigits(i); ok {
			return end, true // "ninety — nine-zero —" says the figure again (spelleddigits.go)
		}
	}
	if p.has(i, fDecade|fUnit|fTens) && p.isWord(i) {
		if end, ok := p.spokenDecade(i); ok {
			return end, true // "in the nineties", "the two-thousands" (spokendecade.go)
		}
	}
	if p.has(i, fUnit|fTens) && p.isWord(i) {
		if end, ok := p.spokenYear(i); ok {
			return end, true // "in twenty fourteen" (spokenyear.go)
		}
	}
	if p.has(i, fAgeWord) && p.isNum(i+1) {
		if a, ok := p.amount(i + 1); ok && !a.decimals && a.val < 130 {
			f := Figure{Value: a.val, Kind: Age}
			p.bound(&f, 0, 0)
			p.emit(f, i, a.end)
			return a.end, true
		}
	}
	if p.has(i, fNumberish) {
		j := i + 1
		if p.isSym(j, ".") && p.attached(j) {
			j++ // "No. 2"; a spaced "No . 2" ends a sentence at its stop
		}
		if p.isNum(j) && (j == i+1 && p.isSym(i, "#№") && p.attached(j) || !p.isSym(i, "#№") && p.capitalisedOrSym(i)) {
			a, _ := p.digitsAmount(j)
			f := Figure{Value: a.val, Kind: Other}
			p.bound(&f, 0, 0)
			p.emit(f, i, a.end)
			return a.end, true
		}
	}

	if p.isNum(i) && needsSplit(p.str(i)) {
		switch _, _, kind := parseDigits(p.str(i)); kind {
		case numList:
			a, _ := p.digitsAmount(i)
			p.emitList(a, ',', Count)
			return i + 1, true
		case numDotted:
			if !dottedDate(p.str(i)) {
				a, _ := p.digitsAmount(i)
				p.emitList(a, '.', Other) // 192.168.1.2, 1.2.3: versions and addresses
				return i + 1, true
			}
		}
	}
	start := i
	j := i
	q := Exact
	verb, timeSense := false, false
	overAt := -1      // the "over" that bounds the figure, if one does
	topic := false    // "about" names a verb's topic, if the figure allows
	proposal := false // "how about" proposes the figure (topic.go)
	rangeMode := 0    // 1: between X and Y, 2: from X to Y
	riseUp := false
	switch {
	case p.has(j, fBetween):
		// A speaker may pause after the range's word: "somewhere
		// between, uh, thirty-one and thirty-two thousand".
		rangeMode = 1
		j = p.skipFiller(j + 1)
	case p.has(j, fFrom):
		rangeMode = 2
		j = p.skipFiller(j + 1)
	default:
		if ph, k := p.matchPhrase(j, false); ph != nil {
			q, verb, timeSense = ph.q, ph.verb, ph.timeSense
			over := k == j+1 && p.lowerIs(j, "over")
			if over {
				overAt = j
			}
			span := over && p.figureNounBefore(j)
			// "Unemployment ticked up to 4.2%": the verb's particle (phrasal.go).
			span = span || q == AtMost && p.particleUp(j)
			riseUp = q == AtMost && !span && p.riseUpParticle(j) // "rocketed up to 5,000" (uplevel.go)
			span = span || riseUp
			// "talking about 1.4 million people" names a topic, and so
			// it does after a pause for the number ("talking about, what,
			// 1.4 million", "about, uh, 1.4 million"): the corpus reads a
			// bare figure after a topic's "about" and its pause as exact
			// (README, Qualifiers; topic.go pauseFillerAt). A hedge in the
			// filler ("about, I'd say, 1.4 million") still hedges.
			// A sound after "about" is read with it as one phrase ("about ,
			// uh ,": spokenHedges), so the pause is looked for after j+1.
			topic = (k == j+1 || p.lowerIs(j, "about") && k <= p.skipFiller(j+1)) && p.topicAbout(j) &&
				(p.skipFiller(j+1) == j+1 || p.pauseFillerAt(j+1))
			proposal = topic && p.proposalAbout(j)
			j = p.skipFiller(k)
			span = span || over && p.yearPairAt(j) // "Over 2014-21 the council lost 3,000 staff"
			if span {
				// "6.5m spectators over 24 races", "5% over two years":
				// after a figure's phrase, "over" spans what follows.
				q, start = Exact, j
			}
			if p.has(j, fBetween) { // "about between" is not English; but "some between" neither
				return 0, false
			}
			if q != Exact {
				j = p.markAfterThe(j, verb)
			}
		}
	}
	if rangeMode != 0 && p.lowerIs(j, "the") {
		j++
	}
	f, end, ok := p.figure(j, q != Exact || rangeMode == 2)
	if !ok {
		return 0, false
	}
	if verb && !roundFigure(f) && !p.tallyPasses(i) || timeSense && p.durationAt(end) || q != Exact && p.particleOver(overAt, f, end) {
		// A verb and its object: "passed 12 bills", "handed over 12
		// hostages"; a span: "past 24 hours".
		q, start = Exact, j
	}
	if riseUp && (f.Kind != Count && f.Kind != Money || p.has(end, fLength)) {
		// "Shares jumped up to 8%", "the river rose up to 3 metres in
		// places": a rise by as much as that, or to it.
		q, start = AtMost, i
	}
	if topic && (proposal || !p.clauseSubjectEndsAt(end)) { // "how about 40 who are missing"
		q, start = Exact, j
		if p.topicYear(&f, j, end) {
			f.Kind = Year // "talks about 1982, when ..." (topic.go)
		}
	}
	if q != Exact && f.Qualifier == Exact {
		f.Qualifier = q
	} else if q != Exact && q != Approximately && f.Qualifier != Exact && f.Qualifier != Range && f.Qualifier != Vague {
		// "more than about 700": the outer word bounds the figure.
		f.Qualifier = q
	}

	// Ranges.
	if rangeMode == 1 || rangeMode == 2 {
		k := end
		if (rangeMode == 1 && p.has(k, fAnd)) || (rangeMode == 2 && (p.has(k, fTo) || p.has(k, fAnd))) {
			k++
			if p.lowerIs(k, "the") {
				k++
			}
			if g, end2, ok := p.figure(k, true); ok && (rangeMode == 1 || !p.changeBefore(start)) {
				if rangeMode == 2 && p.yearSpan(j, g, end2) {
					f.Kind = Year // "from 2014 to 2021": a span of years
				}
				if r, ok := p.makeRange(f, g); ok {
					p.finish(&r, start, end2)
					return end2, true
				}
			}
		}
		// "between" or "from" with no second figure: leave them out.
		return 0, false
	}
	if end2, ok := p.boundPair(&f, end); ok {
		p.finish(&f, start, end2)
		return end2, true
	}
	if f.Qualifier == Exact || f.Qualifier == Approximately {
		if end2, ok := p.rangeTail(&f, start, end); ok {
			if q == Approximately {
				// "about 10-20 dollars" is still a range.
				f.Qualifier = Range
			}
			p.finish(&f, start, end2)
			return end2, true
		}
		if end2, ok := p.alternativeRange(&f, end); ok {
			if q == Approximately {
				f.Qualifier = Range // "about two or three thousand"
			}
			p.finish(&f, start, end2)
			return end2, true
		}
	}
	p.finish(&f, start, end)
	return end, true
}

func (p *parser) capitalisedOrSym(i int) bool {
	return p.toks[i].Kind == tSym || p.capitalised(i)
}

// finish sets the bounds of a figure and records it.
func (p *parser) finish(f *Figure, from, to int) {
	// A range of counts before a unit of time is a span, as one count is
	// (see classify): "talks lasted 3-5 days", "between two and four weeks".
	if f.Qualifier == Range && f.Kind == Count && to < len(p.toks) && !p.attached(to) && p.durationAt(to) &&
		!p.has(to+1, fAgeWord) && !p.lowerIs(to+1, "old") {
		f.Kind, f.Unit = Other, strings.ToLower(p.str(to))
	}
	if f.Qualifier != Range && f.Qualifier != Vague {
		p.bound(f, 0, 0)
	}
	p.emit(*f, from, to)
}
