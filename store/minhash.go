package store

import (
	"encoding/binary"
	"encoding/hex"
	"math/rand/v2"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate texts (a wire story on another outlet's site, the same
// story re-spun) are found by MinHash over three-word shingles: the share
// of equal minimums in two signatures estimates the Jaccard similarity of
// their shingle sets, and holds up on short articles where SimHash does not.
const (
	minHashes = 64
	// copySimilarity is the estimated Jaccard similarity from which two
	// texts are the same story.
	copySimilarity = 0.5
	// Fingerprints are indexed in bands of bandRows hashes (locality-
	// sensitive hashing): two texts of similarity s share at least one of
	// the 21 bands with probability 1-(1-s^3)^21: 0.94 at the copy
	// threshold s = 0.5, 0.995 at 0.6 and 1 for wire copy (0.8 and up),
	// but about 0.0002 for different stories (s of 0.02). Bands of two
	// rows would catch more copies at exactly 0.5, but common phrases then
	// make most articles candidates of each other. SQLite's index is in
	// memory (copyindex.go); PostgreSQL's is a table, filled by migration
	// 00003_bands.sql, which cuts stored fingerprints the same way.
	bandRows = 3
	bands    = minHashes / bandRows // the last hash is in no band
	// maxCandidates bounds how many indexed articles one lookup verifies,
	// the ones sharing the most bands first.
	maxCandidates = 64
)

// signature takes the hash functions four at a time: this fails to
// compile if minHashes stops being a multiple of four.
var _ = [1]struct{}{}[minHashes%4]

// Bands returns the LSH band keys of a fingerprint: each band's number (a
// byte) and its hashes. It returns nil for "".
func Bands(fingerprint string) [][]byte {
	raw, ok := fingerprintBytes(fingerprint)
	if !ok {
		return nil
	}
	const bytesPerBand = 4 * bandRows
	keys := make([][]byte, bands)
	for b := range keys {
		k := make([]byte, 1+bytesPerBand)
		k[0] = byte(b)
		copy(k[1:], raw[bytesPerBand*b:])
		keys[b] = k
	}
	return keys
}

// minHashSeeds are the coefficients of the hash family, drawn once from a
// fixed seed so that signatures stay comparable across runs.
var minHashSeeds = func() (s [minHashes][2]uint64) {
	r := rand.New(rand.NewPCG(0x636c61696d, 0x747261636b))
	for i := range s {
		s[i] = [2]uint64{r.Uint64() | 1, r.Uint64()}
	}
	return s
}()

// Fingerprint is a text's MinHash signature, hex-encoded for storage; ""
// for a text too short to compare.
func Fingerprint(text string) string {
	sig, ok := signature(text)
	if !ok {
		return ""
	}
	b := make([]byte, 4*minHashes)
	for k, m := range sig {
		binary.BigEndian.PutUint32(b[4*k:], m)
	}
	return hex.EncodeToString(b)
}

// wordBufs holds the word-hash buffers of signature: an article's are a
// few kilobytes, and every article needs one.
var wordBufs = sync.Pool{New: func() any { return new([]uint64) }}

const maxPooledWords = 64 << 10

// signature computes a text's MinHash minimums; false for a text of fewer
// than 12 words. Stored fingerprints are compared with new ones, so any
// change to what it computes must come with a migration.
func signature(text string) (sig [minHashes]uint32, ok bool) {
	// Hash each lower-cased word once (FNV-1a over the bytes of each rune,
	// low byte first); a shingle's hash mixes its three words.
	buf := wordBufs.Get().(*[]uint64)
	words := (*buf)[:0]
	defer func() {
		if cap(words) <= maxPooledWords { // a book's worth is not kept
			*buf = words[:0]
			wordBufs.Put(buf)
		}
	}()
	h := uint64(fnvOffset64)
	inWord := false
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
			// ASCII, most of any English text: the same test and
			// lower-casing as below, without the tables.
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else if (c < 'a' || c > 'z') && (c < '0' || c > '9') {
				if inWord {
					words = append(words, h)
					h, inWord = fnvOffset64, false
				}
				continue
			}
			h = (h ^ uint64(c)) * fnvPrime64
			inWord = true
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			for r = unicode.ToLower(r); r > 0; r >>= 8 {
				h = (h ^ uint64(r&0xff)) * fnvPrime64
			}
			inWord = true
		case inWord:
			words = append(words, h)
			h, inWord = fnvOffset64, false
		}
	}
	if inWord {
		words = append(words, h)
	}
	if len(words) < 12 {
		return sig, false
	}
	shingles := words[:0] // each shingle replaces the word it starts at
	for i := 0; i+3 <= len(words); i++ {
		shingles = append(shingles, mix(words[i]^mix(words[i+1]^mix(words[i+2]))))
	}
	// Four hash functions at a time over every shingle: their minimums
	// and coefficients stay in registers and the four chains of minimums
	// run side by side, where updating all 64 minimums for each shingle
	// would go through memory (BenchmarkFingerprint measures it).
	for k := 0; k+4 <= minHashes; k += 4 {
		s := minHashSeeds[k : k+4 : k+4]
		a0, c0, a1, c1 := s[0][0], s[0][1], s[1][0], s[1][1]
		a2, c2, a3, c3 := s[2][0], s[2][1], s[3][0], s[3][1]
		m0, m1, m2, m3 := ^uint32(0), ^uint32(0), ^uint32(0), ^uint32(0)
		for _, x := range shingles {
			m0 = min(m0, uint32((a0*x+c0)>>32))
			m1 = min(m1, uint32((a1*x+c1)>>32))
			m2 = min(m2, uint32((a2*x+c2)>>32))
			m3 = min(m3, uint32((a3*x+c3)>>32))
		}
		sig[k], sig[k+1], sig[k+2], sig[k+3] = m0, m1, m2, m3
	}
	return sig, true
}

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// mix is a 64-bit finaliser (from SplitMix64) that spreads bits evenly.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// Similarity estimates the Jaccard similarity of two fingerprinted texts.
func Similarity(a, b string) float64 {
	x, ok1 := parseSignature(a)
	y, ok2 := parseSignature(b)
	if !ok1 || !ok2 {
		return 0
	}
	return agreement(&x, &y)
}

// agreement is the share of equal minimums in two signatures: the
// estimate of their texts' Jaccard similarity.
func agreement(a, b *[minHashes]uint32) float64 {
	same := 0
	for k := range a {
		if a[k] == b[k] {
			same++
		}
	}
	return float64(same) / minHashes
}

// fingerprintBytes decodes a stored fingerprint's hex (see Fingerprint).
func fingerprintBytes(fp string) (raw [4 * minHashes]byte, ok bool) {
	if len(fp) != 8*minHashes {
		return raw, false
	}
	_, err := hex.Decode(raw[:], []byte(fp))
	return raw, err == nil
}

// parseSignature decodes a stored fingerprint into its minimums.
func parseSignature(fp string) (sig [minHashes]uint32, ok bool) {
	raw, ok := fingerprintBytes(fp)
	if !ok {
		return sig, false
	}
	for k := range sig {
		sig[k] = binary.BigEndian.Uint32(raw[4*k:])
	}
	return sig, true
}

// NearDuplicate reports whether two fingerprints are of the same story.
func NearDuplicate(a, b string) bool {
	return a != "" && b != "" && Similarity(a, b) >= copySimilarity
}
