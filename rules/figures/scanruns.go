// The runs the lexer reads whole after their first byte: ASCII letters
// eight bytes at a time (scanASCIILetters and its masks), letters past
// ASCII, numbers with their separators and exponent, and URLs.

package figures

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// scanASCIILetters returns the end of the run of ASCII letters at i, its
// first eight letters (or fewer) lower-cased and packed little-endian, and
// whether it holds a capital. Every letter of a text passes through here,
// so it reads eight bytes at a time where eight remain (letterBytes): most
// words end within the first eight (firstLetters).
func scanASCIILetters(text string, i int) (end int, pack uint64, upper bool) {
	if i+8 > len(text) {
		return scanLettersTail(text, i, i, 0, false)
	}
	x := load8(text, i)
	n, pack, upper := firstLetters(x)
	if n == 8 {
		return scanLongLetters(text, i, x)
	}
	return i + n, pack, upper
}

// firstLetters returns the number of letters x opens with (eight bytes of
// text, little-endian), them packed lower-cased, and whether one is a
// capital. It is small enough to be inlined into the lexer's loop, where
// a call would make Go spill and reload the loop's values.
func firstLetters(x uint64) (n int, pack uint64, upper bool) {
	n = bits.TrailingZeros64(^letterBytes(x)&highBits) / 8
	mask := uint64(1)<<(8*n) - 1 // all ones when n is 8
	return n, (x | lowerBits) & mask, ^x&lowerBits&mask != 0
}

// scanLongLetters is scanASCIILetters for a run of eight letters or more,
// whose first eight are x.
func scanLongLetters(text string, i int, x uint64) (end int, pack uint64, upper bool) {
	pack, upper = x|lowerBits, ^x&lowerBits != 0
	for end = i + 8; end+8 <= len(text); {
		x := load8(text, end)
		n := bits.TrailingZeros64(^letterBytes(x)&highBits) / 8
		mask := uint64(1)<<(8*n) - 1 // all ones when n is 8
		upper = upper || ^x&lowerBits&mask != 0
		end += n
		if n < 8 {
			return end, pack, upper
		}
	}
	return scanLettersTail(text, i, end, pack, upper)
}

// scanLettersTail is scanASCIILetters a byte at a time from end, for the
// last bytes of a text, given the pack and upper of the run's letters
// from i to end.
func scanLettersTail(text string, i, end int, pack uint64, upper bool) (int, uint64, bool) {
	for ; end < len(text) && isASCIILetter(text[end]); end++ {
		c := text[end]
		if end-i < 8 {
			pack |= uint64(c|0x20) << (8 * (end - i))
		}
		upper = upper || c&0x20 == 0
	}
	return end, pack, upper
}

// Eight-byte masks: each byte's high bit, and its lower-case bit 0x20.
const (
	highBits  = 0x8080808080808080
	lowerBits = 0x2020202020202020
)

// letterBytes returns a mask of the bytes of x that are ASCII letters: each
// such byte's high bit is set. Each byte is lower-cased and its high bit
// cleared, so adding a constant to all eight at once carries into no
// neighbour: the sum's high bit then says whether the byte reached 'a',
// or passed 'z'.
func letterBytes(x uint64) uint64 {
	v := (x | lowerBits) &^ highBits
	atLeastA := v + (0x80-'a')*0x0101010101010101
	pastZ := v + (0x80-'z'-1)*0x0101010101010101
	return atLeastA &^ pastZ &^ x & highBits // &^ x: an ASCII byte's high bit is clear
}

// load8 reads the eight bytes of s at i as a little-endian word (one load:
// the compiler merges the byte reads).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func scanLetters(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !(unicode.IsLetter(r) || unicode.IsMark(r)) {
			return i
		}
		i += size
	}
	return i
}

// scanNumber reads digits with inner separators ("1,234,567.89", "1.111,11",
// ".5") and an exponent ("1.3e6"). A separator counts only between digits,
// so a sentence-final "192." keeps its full stop.
func scanNumber(text string, i int) int {
	end := i
	if text[end] == '.' {
		end++
	}
	for end < len(text) {
		c := text[end]
		if isDigit(c) {
			end++
			continue
		}
		if (c == ',' || c == '.') && end+1 < len(text) && isDigit(text[end+1]) {
			end++
			continue
		}
		break
	}
	// Exponent: 1e10, 12.32e+14, -12e-1; not "3e" in "3em" or "5eggs".
	if end+1 < len(text) && (text[end] == 'e' || text[end] == 'E') {
		j := end + 1
		if text[j] == '+' || text[j] == '-' {
			j++
		}
		k := j
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if k > j && (k == len(text) || !isASCIILetter(text[k])) {
			end = k
		}
	}
	return end
}

// urlEnd returns where a URL or e-mail address starting at a word ends, or 0.
func urlEnd(text string, start, wordEnd int) int {
	w := text[start:wordEnd]
	isURL := false
	switch {
	case (len(w) == 4 || len(w) == 5) && wordEnd+3 <= len(text) && text[wordEnd:wordEnd+3] == "://":
		isURL = equalFoldASCII(w, "http") || equalFoldASCII(w, "https")
	case len(w) == 3 && wordEnd < len(text) && text[wordEnd] == '.' && equalFoldASCII(w, "www"):
		isURL = true
	}
	if !isURL {
		return 0
	}
	end := wordEnd
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' || r == ')' || r == ']' {
			break
		}
		end += size
	}
	// A URL at the end of a sentence keeps its full stop out.
	for end > wordEnd && (text[end-1] == '.' || text[end-1] == ',' || text[end-1] == ';') {
		end--
	}
	return end
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i]|0x20 != b[i]|0x20 {
			return false
		}
	}
	return true
}
