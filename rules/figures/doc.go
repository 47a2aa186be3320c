package figures

import (
	"math"
	"slices"
)

// Limits that keep time and memory bounded on hostile input. A text longer
// than MaxTextBytes is analysed up to that point (an article is far
// shorter: the scraper caps pages at 5 MB).
const (
	MaxTextBytes = 16 << 20
	MaxTokens    = 2_000_000
	MaxFigures   = 200_000
)

// Document is a text split into tokens, sentences and figures. Reading it
// fills a cache (LowerTokenText), so one goroutine reads a Document at a
// time: goroutines that read one text each Analyze it.
type Document struct {
	Text      string
	Tokens    []Token
	Figures   []Figure
	Sentences []Sentence
	// Truncated is set when the text exceeded MaxTextBytes or MaxTokens.
	Truncated bool
	// wordPos[i] counts the words and numbers before token i, for measuring
	// distances in words.
	wordPos []int32
	// figTok[i] is the token range of Figures[i].
	figTok [][2]int32
	// marks are the tokens that open a line or may end a sentence (lex).
	marks []int32
	// lowered is the text lower-cased (LowerTokenText), made as the text
	// is analysed.
	lowered string
	// read is the text as the figure finder read it: Text with the lines
	// written all in capitals lowered (shouted.go), Text itself when none
	// is (ReadTokenText).
	read string
	// inFig has a bit set for every token inside a figure, made when
	// InFigure is first asked; empty until then.
	inFig []uint64
	// openedAt is the first token plus one of the sentence opened answers
	// for, openedEnd its end (SentenceOpening); openedAt is 0 when none
	// has been asked.
	openedAt, openedEnd, opened int
}

// SentenceOpening returns where sentence s's own words start, as read
// computes it (the rules' afterStamp: past a live blog's stamp or a
// dateline), kept for the last sentence asked. Some thirty readings of a
// figure ask it of the figure's sentence, so each sentence's is worked out
// once. read must be the same function at every call for one Document,
// and be an answer about the sentence alone.
func (d *Document) SentenceOpening(s *Sentence, read func(*Document, *Sentence) int) int {
	if d.openedAt != s.TokStart+1 || d.openedEnd != s.TokEnd {
		d.openedAt, d.openedEnd, d.opened = s.TokStart+1, s.TokEnd, read(d, s)
	}
	return d.opened
}

// KeptOpening returns SentenceOpening's answer for sentence s if it is the
// one kept, so that a caller that reads the document's sentences twice
// can keep each answer aside and give it back (KeepOpening) rather than
// work it out again.
func (d *Document) KeptOpening(s *Sentence) (int, bool) {
	if d.openedAt != s.TokStart+1 || d.openedEnd != s.TokEnd {
		return 0, false
	}
	return d.opened, true
}

// KeepOpening keeps at as SentenceOpening's answer for sentence s: an
// answer KeptOpening gave for s, with the same read function.
func (d *Document) KeepOpening(s *Sentence, at int) {
	d.openedAt, d.openedEnd, d.opened = s.TokStart+1, s.TokEnd, at
}

// Sentence is a span of the text. Figures[FigStart:FigEnd] lie inside it.
type Sentence struct {
	Start, End       int // byte offsets
	TokStart, TokEnd int // token range
	FigStart, FigEnd int // figure range
	ParagraphStart   bool
}

// Find returns every figure in text.
func Find(text string) []Figure {
	return Analyze(text).Figures
}

// Analyze tokenises text once and finds its figures and sentences.
func Analyze(text string) *Document {
	var a Analyzer
	return a.Analyze(text)
}

// An Analyzer analyses texts one after another and reuses its storage: the
// Document it returns is valid until its next call. A daemon reads article
// after article, and allocating (and zeroing) the tokens of each afresh
// would be work done again for every article, for nothing (see
// docs/performance.md). Figures' bounds are never reused, so figures
// copied out of a Document stay valid. An Analyzer is not safe for
// concurrent use.
type Analyzer struct {
	d Document
}

// Analyze tokenises text once and finds its figures and sentences, in the
// Analyzer's storage.
func (a *Analyzer) Analyze(text string) *Document {
	d := &a.d
	*d = Document{Text: text, Tokens: d.Tokens[:0], Figures: d.Figures[:0], Sentences: d.Sentences[:0], wordPos: d.wordPos[:0], figTok: d.figTok[:0], marks: d.marks[:0], inFig: d.inFig[:0]}
	if len(text) > MaxTextBytes {
		text = text[:MaxTextBytes]
		d.Truncated = true
	}
	// A line in capitals is read as its lower-case form (shouted.go).
	read := readCase(text)
	// News text has about one token in five bytes: sized for that, the
	// slice rarely grows.
	toks, wordPos, marks, nums := lex(read, slices.Grow(d.Tokens, len(text)/4+8), slices.Grow(d.wordPos[:0], len(text)/4+9), d.marks)
	if len(toks) > MaxTokens {
		toks, wordPos = toks[:MaxTokens], wordPos[:MaxTokens+1]
		for len(marks) > 0 && int(marks[len(marks)-1]) >= MaxTokens {
			marks = marks[:len(marks)-1]
		}
		nums = 0
		for i := range toks {
			if toks[i].Kind == tNum {
				nums++
			}
		}
		d.Truncated = true
	}
	d.Tokens, d.wordPos, d.marks = toks, wordPos, marks
	d.lowered = lowerText(text)
	d.read = read
	// Most figures hold a number token: size the result once.
	expected := nums + nums/4 + 4
	p := &parser{text: read, written: text, toks: toks, marks: marks, out: slices.Grow(d.Figures, expected), firstSlab: 2 * expected,
		figTok: slices.Grow(d.figTok, expected)}
	p.run()
	if len(p.out) > MaxFigures {
		p.out, p.figTok = p.out[:MaxFigures], p.figTok[:MaxFigures]
		d.Truncated = true
	}
	snapFigures(p.out)
	d.Figures, d.figTok = p.out, p.figTok
	if read != text {
		for i := range d.Figures {
			f := &d.Figures[i]
			f.Text = text[f.Start:f.End] // the words as written
		}
	}
	d.Sentences = splitSentences(text, toks, marks, d.Sentences)
	// One walk of the figures places the sentences' ends among them:
	// Figures[FigStart:FigEnd] start inside the sentence.
	var place figurePlacer
	for i := range d.Figures {
		place.upTo(d.Sentences, d.Figures[i].Start, i)
	}
	place.upTo(d.Sentences, math.MaxInt, len(d.Figures))
	d.markPassed() // "tops bleak 8,000 threshold", "passed that mark" (markpassed.go)
	return d
}

// figurePlacer sets the sentences' FigStart and FigEnd as the figures are
// walked in order: each sentence start, then end, takes the index of the
// first figure from the last one placed that starts at or after it.
type figurePlacer struct {
	next int // the boundary to place next: sentence next/2, its start if even, its end if odd
}

// upTo places the boundaries at or before byte offset off at figure fi.
func (fp *figurePlacer) upTo(sents []Sentence, off, fi int) {
	for fp.next < 2*len(sents) {
		s := &sents[fp.next/2]
		if fp.next%2 == 0 {
			if s.Start > off {
				return
			}
			s.FigStart = fi
		} else {
			if s.End > off {
				return
			}
			s.FigEnd = fi
		}
		fp.next++
	}
}

// joinedWord reports whether word token i continues the word before it
// across an apostrophe or a hyphen with no space ("Monday's", "pre-war",
// "full-scale"): a reader counts one word there, and so do windows.
func joinedWord(text string, toks []Token, i int) bool {
	if i < 2 || toks[i].Kind != tWord || toks[i].Space || toks[i-1].Space || toks[i-2].Kind != tWord {
		return false
	}
	return joiner(text[toks[i-1].Start:toks[i-1].End])
}

// joiner reports whether symbol s joins two words into one: an apostrophe
// or a hyphen.
func joiner(s string) bool {
	if len(s) == 1 {
		return s[0] == '\'' || s[0] == '-'
	}
	return s == "’" || s == "‐"
}

// WordPos is the number of words and numbers before token i.
func (d *Document) WordPos(i int) int { return int(d.wordPos[i]) }

// FigureTokens is the token range [start, end) of figure i.
func (d *Document) FigureTokens(i int) (int, int) {
	return int(d.figTok[i][0]), int(d.figTok[i][1])
}

// TokenText is the text of token i.
func (d *Document) TokenText(i int) string {
	t := &d.Tokens[i] // not copied: asked hundreds of thousands of times an extract
	return d.Text[t.Start:t.End]
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Document) SentenceAt(off int) int {
	// sort.Search's search, spelled out: the rules ask this for a token
	// thousands of times a document (figureAt), and the closure's call
	// per step cost more than the step.
	i, j := 0, len(d.Sentences)
	for i < j {
		h := int(uint(i+j) >> 1)
		if d.Sentences[h].End > off {
			j = h
		} else {
			i = h + 1
		}
	}
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}
