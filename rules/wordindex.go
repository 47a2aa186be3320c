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
	recent [recentWords]*wordRefs
}

// of returns the index's answers for w, a lower-cased word.
func (l *wordLookup) of(w []byte) *wordRefs {
	slot := &l.recent[recentSlotOf(w)]
	if r := *slot; r != nil && r.word == string(w) {
		return r
	}
	r := l.e.sharedRefsOf(w)
	*slot = r
	return r
}

// recentSlotOf is w's slot in wordLookup.recent: a hash of its length and
// its first and last four bytes (a byte at a time, a hash of every byte
// cost as much as the look-up it saved). Words that share them only take
// each other's slot.
func recentSlotOf(w []byte) uint64 {
	h := uint64(len(w))
	if len(w) >= 4 {
		h |= uint64(binary.LittleEndian.Uint32(w))<<8 ^ uint64(binary.LittleEndian.Uint32(w[len(w)-4:]))<<32
	} else {
		for i, c := range w {
			h |= uint64(c) << (8 * (i + 1))
		}
	}
	return h * 0x9E3779B97F4A7C15 >> (64 - recentBits)
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
