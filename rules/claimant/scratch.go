package claimant

import "strings"

// scratch is a Doc's working memory: the tokens and views of the sentences
// it reads and what it remembers per sentence. A Finder keeps released
// scratch for the next document, so a stream of articles reuses it instead
// of allocating it afresh for every text.
type scratch struct {
	// sents is what is known of each sentence of the document, by index.
	sents  []sentMemo
	labels []label           // the speaker labels sents point to
	quotes map[uint64][2]int // a line's bounds (spanKey) → its quotations in pairs
	pairs  [][2]int          // quotations' [open, close) byte offsets
	// marks are the document's quotation marks, once marksRead.
	marks     []quoteMark
	marksRead bool
	// labelStarts are where a line may open with a speaker label, once
	// labelsRead (see gate.go).
	labelStarts []int
	labelsRead  bool
	// Where the last searches for a sentence and a quotation mark ended
	// (see sentenceAt and quotePossible).
	sentAt, markAt int
	found          foundRing       // the claimants of the figures last asked about
	context        map[string]bool // claimant id → the text is about it
	away           map[string]bool // claimant id → the text's story is elsewhere

	// views is the memory of the sentences' views (see window.go).
	views viewWindow
	// atts is the arena the views' attributions are cut from.
	atts arena[attr]
	// attsTmp is where a sentence's attributions are gathered before they
	// are kept, at their size, in atts.
	attsTmp []attr

	// spellings outlive the document: a text's words recur in the next
	// one. Its keys and values are copies, so they do not hold on to the
	// text.
	spellings map[string]keptSpelling
	// recent holds the spellings last looked up in spellings, by a cheap
	// hash of the word: most words of a text are a few hundred spellings,
	// found here without hashing the whole word for the map.
	recent [recentSpellings]keptSpelling
	// recentUsed are the slots of recent filled since the last reset,
	// which clears only those: a short text fills few of them.
	recentUsed []uint16
	// ascii are the spellings of the one-byte tokens (asciiSpellings) with
	// the Finder's aliases.
	ascii [0x80]spelling
	// number is the spelling of the number newView last read (numbers are
	// not remembered).
	number spelling
	// finder's aliases are looked up by first word once per spelling
	// (see spelling.aliases): a direct call, most often inlined.
	finder *Finder
}

// recentSpellings is large enough that the common words of a text seldom
// take each other's slot.
const recentSpellings = 2048

// keptSpelling is a word's spelling kept beyond its text.
type keptSpelling struct {
	word string // a copy: it does not hold on to the text
	key  uint64 // wordKey(word), set in recent
	sp   spelling
}

// recentSlot is where a word of n bytes with key wordKey is looked for in
// scratch.recent.
func recentSlot(key uint64, n int) int {
	return int((key ^ uint64(n)<<58) * 0x9E3779B97F4A7C15 >> (64 - 11))
}

// sentMemo is what a Doc has worked out about one sentence.
type sentMemo struct {
	view   *view
	label  int32 // 1 + its index in labels, 0 before it is read
	quoted uint8 // holds a quotation mark (1) or none (2), 0 before it is read
}

// start readies the scratch for a document of n sentences. The memos are
// zero: new, or cleared by the last document's reset up to its length,
// beyond which no document wrote.
func (s *scratch) start(n int) {
	if cap(s.sents) < n {
		s.sents = make([]sentMemo, n)
		return
	}
	s.sents = s.sents[:n]
}

// keptScratches is how many released scratches a Finder keeps: enough for
// the engine's concurrent extracts on a small machine, and a bound on the
// memory held between texts (each scratch's arenas are bounded by reset).
const keptScratches = 4

func (f *Finder) takeScratch() *scratch {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := len(f.free); n > 0 {
		sc := f.free[n-1]
		f.free = f.free[:n-1]
		return sc
	}
	return newScratch(f)
}

func (f *Finder) giveScratch(sc *scratch) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.free) < keptScratches {
		f.free = append(f.free, sc)
	}
}

// rememberedWords bounds spellings: past it they start again, so a
// long-running daemon's memory does not grow with every word it has read.
const rememberedWords = 1 << 15

func newScratch(f *Finder) *scratch {
	s := &scratch{
		finder:    f,
		quotes:    map[uint64][2]int{},
		context:   map[string]bool{},
		away:      map[string]bool{},
		spellings: map[string]keptSpelling{},
		ascii:     asciiSpellings,
	}
	for b := range s.ascii {
		s.ascii[b].aliases = f.aliasGroup(s.ascii[b].low)
	}
	return s
}

// reset forgets the document, keeping the memory. The arenas are cleared
// so that the pool does not keep the old text alive through its tokens.
func (s *scratch) reset() {
	s.recycleAll()
	clear(s.sents)
	s.sents = s.sents[:0]
	clear(s.labels)
	s.labels = s.labels[:0]
	clear(s.quotes)
	s.pairs = s.pairs[:0]
	s.marks, s.marksRead = s.marks[:0], false
	s.labelStarts, s.labelsRead = s.labelStarts[:0], false
	s.sentAt, s.markAt = 0, 0
	s.found = foundRing{}
	clear(s.context)
	clear(s.away)
	s.atts.reset(1 << 14)
	for _, i := range s.recentUsed {
		s.recent[i] = keptSpelling{}
	}
	s.recentUsed = s.recentUsed[:0]
	s.number = spelling{}
	if len(s.spellings) > rememberedWords {
		clear(s.spellings)
	}
}

// keepAttrs copies a sentence's attributions into the arena.
func (s *scratch) keepAttrs(atts []attr) []attr {
	if len(atts) == 0 {
		return nil
	}
	return append(s.atts.take(len(atts)), atts...)
}

// arena hands out slices of a chunk of memory, a new chunk when it is full
// (the slices handed out keep the old one). reset keeps one chunk, as large
// as the document needed, up to a limit, so the next document of that size
// fits in it.
type arena[T any] struct {
	buf  []T
	used int // what the document asked for
}

// take returns an empty slice with room for n elements.
func (a *arena[T]) take(n int) []T {
	a.used += n
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]T, 0, max(256, 2*n, a.used))
	}
	l := len(a.buf)
	a.buf = a.buf[:l+n]
	return a.buf[l : l : l+n]
}

// reset forgets what was handed out. The chunk is cleared so that the pool
// does not keep the old text alive through it.
func (a *arena[T]) reset(limit int) {
	if a.used > cap(a.buf) && a.used <= limit {
		a.buf = make([]T, 0, a.used)
	} else {
		clear(a.buf[:cap(a.buf)])
		a.buf = a.buf[:0]
	}
	a.used = 0
}

// spelling is what the finder knows of raw, worked out once; the
// result is valid until the next call.
func (s *scratch) spelling(raw string) *spelling {
	if len(raw) == 1 && raw[0] < 0x80 {
		return &s.ascii[raw[0]] // punctuation, "a", "I"
	}
	key := wordKey(raw)
	slot := recentSlot(key, len(raw))
	r := &s.recent[slot]
	if r.key == key && len(r.word) == len(raw) && (len(raw) <= 8 || r.word == raw) {
		return &r.sp
	}
	if r.word == "" {
		s.recentUsed = append(s.recentUsed, uint16(slot))
	}
	if sp, ok := plainSpelling(raw); ok {
		// The document's own words: recent is cleared with the document.
		sp.aliases = s.finder.aliasGroup(sp.low)
		*r = keptSpelling{word: raw, key: key, sp: sp}
		return &r.sp
	}
	k, ok := s.spellings[raw]
	if !ok {
		k = keptSpelling{word: strings.Clone(raw), sp: spell(raw)}
		if k.sp.low == raw {
			k.sp.low = k.word
		}
		k.sp.aliases = s.finder.aliasGroup(k.sp.low)
		s.spellings[k.word] = k
	}
	*r = k
	r.key = key
	return &r.sp
}

// load8 is the first eight bytes of b, as wordKey reads them, in one
// load.
func load8(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// wordKey is the first eight bytes of raw as a number, zero past its end:
// words of up to eight bytes with equal keys and lengths are equal.
func wordKey(raw string) uint64 {
	var k uint64
	for i := 0; i < len(raw) && i < 8; i++ {
		k |= uint64(raw[i]) << (8 * i)
	}
	return k
}

// asciiSpellings are the spellings of the one-byte tokens, worked out once;
// a scratch copies them with its Finder's aliases (scratch.ascii).
var asciiSpellings = func() (sp [0x80]spelling) {
	for b := range sp {
		sp[b] = spell(string(rune(b)))
	}
	return sp
}()

// numberSpelling is the spelling of a number, not remembered: numbers
// rarely recur.
func (s *scratch) numberSpelling(raw string) spelling {
	if digitsOnly(raw) {
		// plainSpelling's answer: no letter, so its own lower case, in no
		// lexicon, and in capitals (no small letter) past two bytes.
		// (spellKnown gives most such numbers the same spelling.)
		// Of such words only "," and "." are in vocabulary (see
		// TestVocabulary).
		sp := spelling{low: raw, own: spLower, shouted: len(raw) > 2, aliases: s.finder.aliasGroup(raw)}
		if len(raw) == 1 {
			sp.id = asciiSpellings[raw[0]].id // wordIDs[raw], without hashing it
		}
		return sp
	}
	sp, ok := plainSpelling(raw)
	if !ok {
		sp = spell(raw)
	}
	sp.aliases = s.finder.aliasGroup(sp.low)
	return sp
}

// plainSpelling is the spelling of a word that needs no look-up: lower-case
// ASCII, starting no lexicon word and no verb's stem, and no apostrophe,
// colon or dash (which spelling.own marks).
// Most words of a text are such, and they skip the map.
func plainSpelling(raw string) (spelling, bool) {
	if raw == "`" || raw == "'" || raw == ":" || raw == "-" || needsLower(raw) || classStart(raw) || len(raw) >= 3 && stemStart(raw) {
		return spelling{}, false
	}
	// isShouted without upper-casing: ASCII with no capital is in
	// capitals only when it holds no small letter either.
	shouted := len(raw) > 2
	for i := 0; i < len(raw) && shouted; i++ {
		shouted = raw[i] < 'a' || raw[i] > 'z'
	}
	// Its own lower case, with no capital, and starting no stem: no verb's
	// -ing form either (see spelledAs).
	own := uint16(spLower)
	if agentOr(raw) {
		own |= spAgentOr
	}
	return spelling{low: raw, shouted: shouted, own: own, id: fillerID(raw, wordIDs[raw])}, true
}
