package claimant

import "strings"

// scratch is a Doc's working memory: the tokens and views of the sentences
// it reads and what it remembers per sentence. A Finder keeps released
// scratch for the next document, so a stream of articles reuses it instead
// of allocating it afresh for every text.
type scratch struct {
	// sents is what is known of each sentence of the document, by index.
	sents   []sentMemo
	labels  []label           // the speaker labels sents point to
	quotes  map[[2]int][2]int // a line's bounds → its quotations in pairs
	pairs   [][2]int          // quotations' [open, close) byte offsets
	found   map[[2]int]found
	context map[string]bool // claimant id → the text is about it

	// toks and viewBuf are arenas the views are cut from: a view keeps its
	// slice of the chunk it was cut from when a new chunk is started.
	toks    []tok
	viewBuf []view

	// spellings outlive the document: a text's words recur in the next
	// one. Its keys and values are copies, so they do not hold on to the
	// text.
	spellings map[string]spelling
}

// sentMemo is what a Doc has worked out about one sentence.
type sentMemo struct {
	view   *view
	label  int32 // 1 + its index in labels, 0 before it is read
	quoted uint8 // holds a quotation mark (1) or none (2), 0 before it is read
}

// start readies the scratch for a document of n sentences.
func (s *scratch) start(n int) {
	if cap(s.sents) < n {
		s.sents = make([]sentMemo, n)
		return
	}
	s.sents = s.sents[:n]
	clear(s.sents)
}

// rememberedWords bounds spellings: past it they start again, so a
// long-running daemon's memory does not grow with every word it has read.
const rememberedWords = 1 << 15

func newScratch() *scratch {
	return &scratch{
		quotes:    map[[2]int][2]int{},
		found:     map[[2]int]found{},
		context:   map[string]bool{},
		spellings: map[string]spelling{},
	}
}

// reset forgets the document, keeping the memory. The arenas are cleared
// so that the pool does not keep the old text alive through its tokens.
func (s *scratch) reset() {
	clear(s.sents)
	s.sents = s.sents[:0]
	clear(s.labels)
	s.labels = s.labels[:0]
	clear(s.quotes)
	s.pairs = s.pairs[:0]
	clear(s.found)
	clear(s.context)
	clear(s.toks[:cap(s.toks)])
	s.toks = s.toks[:0]
	clear(s.viewBuf[:cap(s.viewBuf)])
	s.viewBuf = s.viewBuf[:0]
	if len(s.spellings) > rememberedWords {
		clear(s.spellings)
	}
}

// tokens returns an empty slice with room for n tokens, cut from the arena.
func (s *scratch) tokens(n int) []tok {
	if cap(s.toks)-len(s.toks) < n {
		s.toks = make([]tok, 0, max(4096, 2*n))
	}
	l := len(s.toks)
	s.toks = s.toks[:l+n]
	return s.toks[l : l : l+n]
}

// newView returns a zero view from the arena.
func (s *scratch) newView() *view {
	if len(s.viewBuf) == cap(s.viewBuf) {
		s.viewBuf = make([]view, 0, 256)
	}
	s.viewBuf = s.viewBuf[:len(s.viewBuf)+1]
	return &s.viewBuf[len(s.viewBuf)-1]
}

// spelling is what the finder knows of raw, worked out once.
func (s *scratch) spelling(raw string) spelling {
	if sp, ok := s.spellings[raw]; ok {
		return sp
	}
	sp := spell(raw)
	key := strings.Clone(raw)
	if sp.low == raw {
		sp.low = key
	}
	s.spellings[key] = sp
	return sp
}
