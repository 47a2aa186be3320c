package figures

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
func (d *Document) LowerTokenText(i int) string {
	t := d.Tokens[i]
	w := d.Text[t.Start:t.End]
	if !hasUpperASCII(w) {
		return w
	}
	if len(w) > lowerOverhang {
		return string(appendLowerASCII(make([]byte, 0, len(w)), w))
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
		blk = string(appendLowerASCII(make([]byte, 0, to-from), d.Text[from:to]))
		d.lower[b] = blk
	}
	off := int(t.Start) - b<<lowerBlockBits
	return blk[off : off+len(w)]
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

func appendLowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
