package figures

import "sort"

// Limits that keep time and memory bounded on hostile input. A text longer
// than MaxTextBytes is analysed up to that point (an article is far
// shorter: the scraper caps pages at 5 MB).
const (
	MaxTextBytes = 16 << 20
	MaxTokens    = 2_000_000
	MaxFigures   = 200_000
)

// Document is a text split into tokens, sentences and figures.
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
	d := &Document{Text: text}
	if len(text) > MaxTextBytes {
		text = text[:MaxTextBytes]
		d.Truncated = true
	}
	toks := lex(text, make([]Token, 0, len(text)/4+8))
	if len(toks) > MaxTokens {
		toks = toks[:MaxTokens]
		d.Truncated = true
	}
	d.Tokens = toks
	// Most figures hold a number token: size the result once.
	nums := 0
	for i := range toks {
		if toks[i].Kind == tNum {
			nums++
		}
	}
	p := &parser{text: text, toks: toks, out: make([]Figure, 0, nums+nums/4+4)}
	p.run()
	if len(p.out) > MaxFigures {
		p.out = p.out[:MaxFigures]
		d.Truncated = true
	}
	d.Figures = p.out
	d.wordPos = make([]int32, len(toks)+1)
	n := int32(0)
	for i, t := range toks {
		d.wordPos[i] = n
		if t.Kind != tSym {
			n++
		}
	}
	d.wordPos[len(toks)] = n
	d.figTok = make([][2]int32, len(d.Figures))
	ti := 0
	for i, f := range d.Figures {
		for ti < len(toks) && int(toks[ti].End) <= f.Start {
			ti++
		}
		start := ti
		for ti < len(toks) && int(toks[ti].Start) < f.End {
			ti++
		}
		d.figTok[i] = [2]int32{int32(start), int32(ti)}
		if ti > start {
			ti = start // figures never overlap, but list items share a token
		}
	}
	d.Sentences = splitSentences(text, toks)
	fi := 0
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for fi < len(d.Figures) && d.Figures[fi].Start < s.Start {
			fi++
		}
		s.FigStart = fi
		for fi < len(d.Figures) && d.Figures[fi].Start < s.End {
			fi++
		}
		s.FigEnd = fi
	}
	return d
}

// WordPos is the number of words and numbers before token i.
func (d *Document) WordPos(i int) int { return int(d.wordPos[i]) }

// FigureTokens is the token range [start, end) of figure i.
func (d *Document) FigureTokens(i int) (int, int) {
	return int(d.figTok[i][0]), int(d.figTok[i][1])
}

// TokenText is the text of token i.
func (d *Document) TokenText(i int) string {
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Document) SentenceAt(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}
