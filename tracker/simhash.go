package tracker

import (
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
)

// SimHash is a 64-bit fingerprint of a text's three-word shingles: texts
// that differ in a few words (a wire story re-spun by another outlet) get
// fingerprints a few bits apart. 0 for texts too short to judge.
func SimHash(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	if len(words) < 8 {
		return 0
	}
	var v [64]int
	h := fnv.New64a()
	for i := 0; i+3 <= len(words); i++ {
		h.Reset()
		h.Write([]byte(words[i]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+1]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+2]))
		x := h.Sum64()
		for b := 0; b < 64; b++ {
			if x&(1<<b) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
			out |= 1 << b
		}
	}
	if out == 0 {
		out = 1 // 0 means "no fingerprint"
	}
	return out
}

// nearBits is how many differing bits still make two texts the same story.
const nearBits = 6

// NearDuplicate reports whether two fingerprints are of nearly the same text.
func NearDuplicate(a, b uint64) bool {
	return a != 0 && b != 0 && bits.OnesCount64(a^b) <= nearBits
}
