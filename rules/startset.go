package rules

// The engine's first test of a word: whether an indexed word, stem or
// prefix starts with its first two bytes (Engine.starts). Most words of a
// text start otherwise, and this set says so without stemming or hashing
// the word.

// startSet is a set of two-byte word starts, lower-cased; a one-byte word
// is its byte and a zero.
type startSet [1 << 16 / 64]uint64

func startOf(w string) uint16 {
	k := uint16(lowerByte(w[0])) << 8
	if len(w) > 1 {
		k |= uint16(lowerByte(w[1]))
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
