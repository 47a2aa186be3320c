package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The vocabulary's hash table over ASCII words, which the lexer probes for
// every word of a text.

type tableSlot struct {
	key string
	id  uint16
}

// shortKey is a table key of up to eight bytes, little-endian in pack, and
// its length; n is 0 for a longer key and for an empty slot.
type shortKey struct {
	pack uint64
	n    uint8
}

// packKey packs up to eight bytes of s.
func packKey(s string) uint64 {
	var p uint64
	for i := 0; i < len(s) && i < 8; i++ {
		p |= uint64(s[i]) << (8 * i)
	}
	return p
}

// keyHash is the table's hash of a word of n bytes whose first eight (or
// fewer), lower-cased, are pack: a word's pack comes from one load of its
// bytes (scanASCIILetters), so the lexer hashes a word with one multiply
// rather than a multiply for each letter. Longer words that share their
// first eight letters and length meet in the table, and their full
// compare tells them apart.
func keyHash(pack uint64, n int) uint32 {
	return uint32((pack + uint64(n)) * 0x9E3779B97F4A7C15 >> 32)
}

// hashBitsLen is the size of vocabulary.hashBits, in bits.
const hashBitsLen = 1 << 15

// hashBit is the bit of hashBits for hash h: its top bits, which table
// slots (indexed by the low bits) do not depend on.
func hashBit(h uint32) uint32 { return h >> (32 - 15) }

// buildTable fills the hash table from ids, at a load of at most 1/4.
func (v *vocabulary) buildTable() {
	size := 1
	for size < 4*len(v.ids) {
		size <<= 1
	}
	v.table = make([]tableSlot, size)
	v.shortKeys = make([]shortKey, size)
	v.tableMask = uint32(size - 1)
	for w, id := range inOrder(v.ids) {
		if w == "" || !isASCII(w) {
			continue
		}
		h := keyHash(packKey(w), len(w))
		b := hashBit(h)
		v.hashBits[b/64] |= 1 << (b % 64)
		i := h & v.tableMask
		for v.table[i].key != "" {
			i = (i + 1) & v.tableMask
		}
		v.table[i] = tableSlot{key: w, id: id}
		if len(w) <= 8 {
			v.shortKeys[i] = shortKey{pack: packKey(w), n: uint8(len(w))}
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lookupWord finds a token's vocabulary entry, lower-casing into a buffer
// on its stack so that the lookup does not allocate.
func lookupWord(s string) uint16 {
	var buf [maxVocabWord]byte
	if len(s) > maxVocabWord {
		return 0
	}
	ascii := true
	var pack uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		if i < 8 {
			pack |= uint64(c) << (8 * i)
		}
	}
	if ascii {
		return lookupLower(buf[:len(s)], keyHash(pack, len(s)))
	}
	if r, size := utf8.DecodeRuneInString(s); size == len(s) && !unicode.IsLetter(r) {
		return vocab.ids[s] // a symbol: no case to fold
	}
	return vocab.ids[strings.ToLower(s)]
}

// lookupLower finds the entry of an ASCII word already lower-cased, whose
// hash is h.
func lookupLower(w []byte, h uint32) uint16 {
	if !vocab.mayHold(h) {
		return 0
	}
	for i := h & vocab.tableMask; ; i = (i + 1) & vocab.tableMask {
		slot := &vocab.table[i]
		if slot.key == "" {
			return 0
		}
		if slot.key == string(w) {
			return slot.id
		}
	}
}

// lookupLetters finds the entry of an ASCII word of letters in any case,
// whose first eight letters (or fewer) lower-cased are pack. The table's
// keys are lower case, and a letter lower-cased by |0x20 equals no other
// byte of a key.
func lookupLetters(w string, pack uint64) uint16 {
	h := keyHash(pack, len(w))
	if !vocab.mayHold(h) {
		return 0
	}
	return probeLetters(w, pack, h)
}

// mayHold reports whether the table may hold a word of hash h: false for
// most words of a text (see hashBits).
func (v *vocabulary) mayHold(h uint32) bool {
	b := hashBit(h)
	return v.hashBits[b/64]&(1<<(b%64)) != 0
}

// probeLetters is lookupLetters past the hashBits test.
func probeLetters(w string, pack uint64, h uint32) uint16 {
	if len(w) <= 8 {
		for i := h & vocab.tableMask; ; i = (i + 1) & vocab.tableMask {
			k := &vocab.shortKeys[i]
			if k.pack == pack && int(k.n) == len(w) {
				return vocab.table[i].id
			}
			if k.n == 0 && vocab.table[i].key == "" {
				return 0
			}
		}
	}
	for i := h & vocab.tableMask; ; i = (i + 1) & vocab.tableMask {
		slot := &vocab.table[i]
		if slot.key == "" {
			return 0
		}
		if len(slot.key) == len(w) && equalLetters(w, slot.key) {
			return slot.id
		}
	}
}

// equalLetters reports whether the letters w, in any case, spell key, in
// lower case, of the same length.
func equalLetters(w, key string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != key[i] {
			return false
		}
	}
	return true
}
