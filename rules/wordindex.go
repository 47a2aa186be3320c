package rules

import "sync"

// wordRefs is what the phrase index holds for one lower-cased word: the
// phrases it starts as written (byWord), by its stem (byStem) and by its
// prefixes (byPrefix, for each of prefixLens in turn).
type wordRefs struct {
	stem     string // "" when the engine indexes no stems
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

// refsOf returns the index's answers for w, a lower-cased word.
func (e *Engine) refsOf(w []byte) *wordRefs {
	c := &e.words
	c.mu.RLock()
	r, ok := c.words[string(w)]
	c.mu.RUnlock()
	if ok {
		return r
	}
	r = &wordRefs{exact: e.byWord[string(w)]}
	if len(e.byStem) > 0 {
		r.stem = e.stems.of(w)
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
