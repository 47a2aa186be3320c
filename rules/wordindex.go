package rules

import (
	"encoding/binary"
	"sync"
)

// wordRefs is what the phrase index holds for one lower-cased word: the
// phrases it starts as written (byWord), by its stem (byStem) and by its
// prefixes (byPrefix, for each of prefixLens in turn).
type wordRefs struct {
	word     string // the word, lower-cased
	stem     string
	exact    []phraseRef
	stemmed  []phraseRef
	prefixed []phraseRef
}

// wordCache remembers the phrase index's answers for the words looked up:
// findHits asked three maps and the stem cache for every word that starts
// like an indexed one, and news repeats its words. One cache serves an
// engine, as stemCache does, and is bounded the same way.
type wordCache struct {
	mu    sync.RWMutex
	words map[string]*wordRefs
}

// recentWords is how many of the words last looked up a run keeps at hand
// (wordLookup), enough for the vocabulary of a few articles.
const recentWords = 1 << recentBits

const recentBits = 10

// wordLookup finds the index's answers for the words of a run, keeping
// those it looked up last (recent, by a hash of the word) in front of the
// engine's cache: that cache's lock and map were most of what looking a
// word up cost. It is kept with a run's scratch for the next text of the
// same engine, and holds only answers that never change.
type wordLookup struct {
	e      *Engine
	recent [recentWords]recentWord
}

// recentWord is a word in wordLookup.recent. A word of up to eight bytes
// is told by its key and length alone, and one the index holds nothing
// for by none, without reading its answers (they are cold in memory).
type recentWord struct {
	key  uint64 // the word's first eight bytes, zero past its end
	n    int32  // its length
	none bool   // the index holds no phrase for it
	refs *wordRefs
}

// of returns the index's answers for w, a lower-cased word, and whether
// they hold no phrase.
func (l *wordLookup) of(w []byte) (*wordRefs, bool) {
	key := wordKey(w)
	slot := &l.recent[recentSlotOf(key, len(w))]
	if slot.refs != nil && slot.key == key && int(slot.n) == len(w) && (len(w) <= 8 || slot.refs.word == string(w)) {
		return slot.refs, slot.none
	}
	r := l.e.sharedRefsOf(w)
	none := len(r.exact) == 0 && len(r.stemmed) == 0 && len(r.prefixed) == 0
	*slot = recentWord{key: key, n: int32(len(w)), none: none, refs: r}
	return r, none
}

// wordKey is the first eight bytes of w as a number, zero past its end.
func wordKey(w []byte) uint64 {
	if len(w) >= 8 {
		return binary.LittleEndian.Uint64(w)
	}
	var k uint64
	for i, c := range w {
		k |= uint64(c) << (8 * i)
	}
	return k
}

// recentSlotOf is the slot in wordLookup.recent of a word of n bytes with
// key wordKey: words that share both only take each other's slot.
func recentSlotOf(key uint64, n int) uint64 {
	return (key ^ uint64(n)<<58) * 0x9E3779B97F4A7C15 >> (64 - recentBits)
}

// sharedRefsOf returns the index's answers for w from the engine's cache.
func (e *Engine) sharedRefsOf(w []byte) *wordRefs {
	c := &e.words
	c.mu.RLock()
	r, ok := c.words[string(w)]
	c.mu.RUnlock()
	if ok {
		return r
	}
	// The stem serves tokenStem too, whether or not the index has stems.
	r = &wordRefs{word: string(w), stem: stem(string(w)), exact: e.byWord[string(w)]}
	if len(e.byStem) > 0 {
		r.stemmed = e.byStem[r.stem]
	}
	for _, l := range e.prefixLens {
		if l <= len(w) {
			r.prefixed = append(r.prefixed, e.byPrefix[string(w[:l])]...)
		}
	}
	c.mu.Lock()
	if len(c.words) >= maxStems || c.words == nil {
		c.words = make(map[string]*wordRefs, 1024)
	}
	c.words[string(w)] = r
	c.mu.Unlock()
	return r
}
