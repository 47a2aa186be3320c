package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The engine's first test of a word: whether an indexed word, stem or
// prefix starts with its first two bytes (Engine.starts). Most words of a
// text start otherwise, and this set says so without stemming or hashing
// the word.

// startSet is a set of two-byte word starts, each byte with its 0x20 bit
// set; a one-byte word is its byte and a zero.
type startSet [1 << 16 / 64]uint64

// startOf is the start of w in a startSet. Setting a byte's 0x20 bit
// lower-cases a letter without a branch, and takes a few other bytes for
// others ('@' for '`'): the set only lets words on to the lookups that
// decide, and a byte taken for another lets a word more through, never
// one fewer, since a byte and its lower case have the same bit set.
func startOf(w string) uint16 {
	k := uint16(w[0]|0x20) << 8
	if len(w) > 1 {
		k |= uint16(w[1] | 0x20)
	}
	return k
}

func (s *startSet) set(k uint16)      { s[k/64] |= 1 << (k % 64) }
func (s *startSet) has(k uint16) bool { return s[k/64]&(1<<(k%64)) != 0 }

func (s *startSet) addWord(w string) { s.set(startOf(w)) }

// addPrefix adds a keyword prefix ("kill*"): a one-letter prefix starts
// words with any second byte.
func (s *startSet) addPrefix(p string) {
	if len(p) > 1 {
		s.set(startOf(p))
		return
	}
	for c := range 256 {
		s.set(startOf(p) | uint16(c))
	}
}

// nextWord returns the first of tokens [ti, end) that is no symbol and
// whose text's start (startOf) is in the set, or end. It is findHits' walk
// over a sentence's tokens, most of which it passes: its loop makes no
// call and copies no token, so Go keeps its values in registers (the walk
// in findHits' body had cost some fifty instructions a token).
func (s *startSet) nextWord(toks []figures.Token, text string, ti, end int) int {
	for ; ti < end; ti++ {
		t := &toks[ti]
		if t.IsSymbol() {
			continue
		}
		// startOf(text[t.Start:t.End]): a token has a byte at least.
		at := int(t.Start)
		k := uint16(text[at]|0x20) << 8
		if t.End-t.Start > 1 {
			k |= uint16(text[at+1] | 0x20)
		}
		if s.has(k) {
			return ti
		}
	}
	return end
}
