package figures

import (
	"encoding/binary"
	"strings"
	"unsafe"
)

// A token's text lower-cased, for readers that compare words: the rules ask
// for the lower case of the same capitalised words again and again (once per
// reading of a figure's sentence), and a fresh string each time was most of
// an extract's allocations. The text is lower-cased lazily, a block at a
// time, and a word is a slice of its block: one allocation a block read,
// none a word, and no work for text no reader asks about.

const (
	// lowerBlockBits sets the block's size (1 KiB): small enough that only
	// the text around the figures read is lower-cased, large enough that a
	// block's allocation is shared by a few sentences.
	lowerBlockBits = 10
	// lowerOverhang is how far a block runs past its end, so that a word
	// starting in it is whole in it; a longer word is lowered on its own.
	lowerOverhang = 64
)

// LowerTokenText is the text of token i with its ASCII letters lower-cased
// (no other byte changes, so offsets into it are offsets into the token).
// A word with no capital is its own text. It fills a cache in the
// Document: a Document is read by one goroutine at a time.
//
// The lexer's word with no capital is answered here, small enough to be
// inlined at the readers' hundreds of calls: it is most of them.
func (d *Document) LowerTokenText(i int) string {
	if t := d.Tokens[i]; t.lower {
		return d.Text[t.Start:t.End]
	}
	return d.lowerTokenText(i)
}

func (d *Document) lowerTokenText(i int) string {
	t := &d.Tokens[i]
	w := d.Text[t.Start:t.End]
	if !hasUpperASCII(w) {
		return w
	}
	if len(w) > lowerOverhang {
		return lowerASCII(w)
	}
	b := int(t.Start) >> lowerBlockBits
	if len(d.lower) == 0 {
		n := len(d.Text)>>lowerBlockBits + 1
		if cap(d.lower) < n {
			d.lower = make([]string, n)
		} else {
			d.lower = d.lower[:n]
			clear(d.lower)
		}
	}
	blk := d.lower[b]
	if blk == "" {
		from := b << lowerBlockBits
		to := min(len(d.Text), from+1<<lowerBlockBits+lowerOverhang)
		blk = d.lowerBlock(d.Text[from:to])
		d.lower[b] = blk
	}
	off := int(t.Start) - b<<lowerBlockBits
	return blk[off : off+len(w)]
}

// lowerChunk is how many bytes of lowered blocks share one allocation:
// on dense text nearly every block is read, and a block an allocation had
// been a quarter of an extract's.
const lowerChunk = 16 << lowerBlockBits

// lowerBlock is lowerASCII(s) written into the document's chunk of
// lowered blocks (lowerBuf). No byte of a chunk is written after a block
// has been cut from it, and a new text starts a new chunk, so a block is
// read in place: unsafe.String only saves the copy string() would make.
func (d *Document) lowerBlock(s string) string {
	if cap(d.lowerBuf)-len(d.lowerBuf) < len(s) {
		d.lowerBuf = make([]byte, 0, max(len(s), min(lowerChunk, len(d.Text)+lowerOverhang)))
	}
	from := len(d.lowerBuf)
	d.lowerBuf = append(d.lowerBuf, s...)
	b := d.lowerBuf[from:]
	i := 0
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], lower8(binary.LittleEndian.Uint64(b[i:])))
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// lowerASCII is s with its ASCII letters lower-cased, in the one
// allocation the result needs: lowered through a buffer on the stack, eight
// bytes at a time (lower8), not into a slice copied again into a string.
func lowerASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var chunk [256]byte
	for len(s) > 0 {
		n := copy(chunk[:], s)
		i := 0
		for ; i+8 <= n; i += 8 {
			binary.LittleEndian.PutUint64(chunk[i:], lower8(binary.LittleEndian.Uint64(chunk[i:])))
		}
		for ; i < n; i++ {
			if c := chunk[i]; c >= 'A' && c <= 'Z' {
				chunk[i] = c + 'a' - 'A'
			}
		}
		b.Write(chunk[:n])
		s = s[n:]
	}
	return b.String()
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
