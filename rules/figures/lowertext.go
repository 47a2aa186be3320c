package figures

import (
	"encoding/binary"
	"unsafe"
)

// A token's text lower-cased, for readers that compare words: the rules ask
// for the lower case of the same capitalised words again and again (once per
// reading of a figure's sentence), and a fresh string each time was most of
// an extract's allocations. The text is lower-cased once, whole, when it is
// analysed (lowerText), and a word is a slice of it: one allocation a text,
// none a word. It had been lowered lazily, a block at a time, but on dense
// text every block was read, and the fast path's test of the token's own
// lower case, with the call for the rest, cost more at the readers' hundreds
// of calls than the lowering of the blocks no reader asks about.

// LowerTokenText is the text of token i with its ASCII letters lower-cased
// (no other byte changes, so offsets into it are offsets into the token).
// Small enough to be inlined at the readers' hundreds of calls; the token
// is read through a pointer, not copied.
func (d *Document) LowerTokenText(i int) string {
	t := &d.Tokens[i]
	return d.lowered[t.Start:t.End]
}

// LowerText is the document's text with its ASCII letters lower-cased,
// as far as it was analysed: all of it, unless it was longer than
// MaxTextBytes (Truncated), when it is the first MaxTextBytes only.
func (d *Document) LowerText() string { return d.lowered }

// lowerText is s with its ASCII letters lower-cased, eight bytes at a time
// (lower8), in a new allocation read in place: unsafe.String only saves
// the copy string() would make, and no byte of it is written again.
func lowerText(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := []byte(s)
	// Sixteen bytes a turn, by index into a slice of exactly those: one
	// bounds test a turn, where a slice of the rest, moved on eight bytes,
	// rewrote its pointer, length and capacity at every turn.
	n := len(b) &^ 15
	for i := 0; i < n; i += 16 {
		w := b[i : i+16 : i+16]
		binary.LittleEndian.PutUint64(w[:8], lower8(binary.LittleEndian.Uint64(w[:8])))
		binary.LittleEndian.PutUint64(w[8:], lower8(binary.LittleEndian.Uint64(w[8:])))
	}
	w := b[n:]
	for k := range w {
		if c := w[k]; c >= 'A' && c <= 'Z' {
			w[k] = c + 'a' - 'A'
		}
	}
	return unsafe.String(&b[0], len(b))
}

// lower8 lower-cases the ASCII capitals among the eight bytes of x and
// leaves every other byte as it is: a byte is a capital when its low seven
// bits are at least 'A' and at most 'Z' and its high bit is clear; its
// 0x20 bit is then set. No carry crosses a byte: each sum is of seven bits
// and a number under 0x80.
func lower8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x &^ highs
	atLeastA := low + ones*(0x80-'A')
	overZ := low + ones*(0x80-'Z'-1)
	upper := atLeastA &^ overZ &^ x & highs
	return x | upper>>2
}
