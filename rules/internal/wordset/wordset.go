// Package wordset holds fixed sets of words, each with a value, for the
// readers that ask about the words around every figure. A map[string]
// lookup hashes the word with a call and then compares it; a Table keys a
// word by its first eight bytes and its length, which one multiplication
// spreads over the slots, so most lookups of a word it does not hold read
// one slot and no byte twice.
package wordset

import "math/bits"

// Table is a fixed set of words, each with a value of type V. It is built
// once (New) and only read after: safe for concurrent readers.
type Table[V any] struct {
	slots []slot[V]
	shift uint // 64 less the slots' bits
	// empty is the value of "" (a slot's n of zero marks it empty).
	empty    V
	hasEmpty bool
}

type slot[V any] struct {
	key  uint64 // keyOf the word
	n    int    // its length; 0: an empty slot
	word string // the word, compared when it is longer than eight bytes
	val  V
}

// New makes a Table of the words of m with their values.
func New[V any](m map[string]V) *Table[V] {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t := &Table[V]{slots: make([]slot[V], size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for w, v := range m {
		if w == "" {
			t.empty, t.hasEmpty = v, true
			continue
		}
		key := keyOf(w)
		s := t.slot(key, len(w))
		for t.slots[s].n != 0 {
			s = (s + 1) & (len(t.slots) - 1)
		}
		t.slots[s] = slot[V]{key: key, n: len(w), word: w, val: v}
	}
	return t
}

// Get returns w's value and whether the table holds w, as m[w] would.
func (t *Table[V]) Get(w string) (V, bool) {
	n := len(w)
	if n == 0 {
		return t.empty, t.hasEmpty
	}
	// keyOf(w), written out: a call here cost more than the loads.
	var key uint64
	switch {
	case n >= 8:
		key = load4(w[:4]) | load4(w[4:8])<<32
	case n >= 4:
		key = load4(w[:4]) | load4(w[n-4:])<<32
	case n >= 2:
		key = load2(w[:2]) | load2(w[n-2:])<<16
	default:
		key = uint64(w[0])
	}
	mask := len(t.slots) - 1
	for s := t.slot(key, n); ; s = (s + 1) & mask {
		e := &t.slots[s]
		if e.n == 0 {
			var zero V
			return zero, false
		}
		if e.key == key && e.n == n && (n <= 8 || e.word == w) {
			return e.val, true
		}
	}
}

// Has reports whether the table holds w.
func (t *Table[V]) Has(w string) bool {
	_, ok := t.Get(w)
	return ok
}

// slot is where the search for a word of key and length n starts.
func (t *Table[V]) slot(key uint64, n int) int {
	return int(((key ^ uint64(n)) * 0x9e3779b97f4a7c15) >> t.shift)
}

// keyOf is a number that tells apart the words of w's length: its first
// eight bytes, for a shorter word its first and last four or two bytes
// (overlapping), read in two loads rather than byte by byte.
func keyOf(w string) uint64 {
	switch n := len(w); {
	case n >= 8:
		return load4(w[:4]) | load4(w[4:8])<<32
	case n >= 4:
		return load4(w[:4]) | load4(w[n-4:])<<32
	case n >= 2:
		return load2(w[:2]) | load2(w[n-2:])<<16
	case n == 1:
		return uint64(w[0])
	}
	return 0
}

// load4 is the first four bytes of b, in one load.
func load4(b string) uint64 {
	_ = b[3]
	return uint64(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
}

// load2 is the first two bytes of b, in one load.
func load2(b string) uint64 {
	_ = b[1]
	return uint64(uint16(b[0]) | uint16(b[1])<<8)
}
