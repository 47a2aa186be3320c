package figures

import (
	"math/bits"
	"unicode/utf8"
)

// www is "www" packed as keyHash's words are: the one word of three letters
// before a "." that may open a URL (urlEnd).
const www = 'w' | 'w'<<8 | 'w'<<16

// scanPlain scans tokens from i as scanTokens does, into toks' spare
// capacity, for as long as the text is plain: ASCII words, numbers,
// symbols and white space. It returns, with the state scanTokens carries,
// at the start of the first token it leaves to scanTokens' general loop:
// one that is or meets a non-ASCII byte, a word that may open a URL, a
// long word the vocabulary may hold, a number with an exponent or opened
// by ".", a token in the text's last eight bytes, or one past the
// capacity. It makes no call, so Go keeps the loop's values in registers
// (the general loop, which calls, stored and reloaded them around every
// token): most tokens of a text are read here.
func scanPlain(text string, toks []Token, i int, space, brk bool) ([]Token, int, bool, bool) {
	n := len(toks)
	buf := toks[:cap(toks)]
	// space and brk as putTok's word writes them: one value, not two.
	st := tokSpace(space) | tokBreak(brk)
	// Every token takes a byte at least: tokens that start before limit
	// fit in buf, which the loop then need not ask about each.
	limit := min(len(text), i+len(buf)-n)
scan:
	for i < limit {
		c := text[i]
		switch asciiClass[c] {
		case cSpace:
			st |= tokSpace(true)
			i++
		case cLine:
			st = tokSpace(true) | tokBreak(true)
			i++
		case cLetter:
			if i+8 > len(text) {
				break scan
			}
			// The word's letters eight bytes at a time (scanASCIILetters,
			// written out here), its first eight packed lower-cased. The
			// first byte past the letters (if any) is the lowest set bit
			// of others: mask covers the bytes below it.
			x := load8(text, i)
			others := ^letterBytes(x) & highBits
			mask := (others&-others)>>7 - 1 // all ones when all eight are letters
			pack := (x | lowerBits) & mask
			end := i + bits.TrailingZeros64(others)/8
			for others == 0 {
				if end+8 > len(text) {
					break scan
				}
				y := load8(text, end)
				others = ^letterBytes(y) & highBits
				mask = (others&-others)>>7 - 1
				end += bits.TrailingZeros64(others) / 8
			}
			w := end - i
			if end < len(text) && afterWordClass[text[end]] != 0 {
				if e := text[end]; e >= utf8.RuneSelf || e == ':' && (w == 4 || w == 5) || e == '.' && w == 3 && pack == www {
					break scan
				}
			}
			var vid uint16
			if w <= maxVocabWord {
				if h := keyHash(pack, w); vocab.mayHold(h) {
					if w > 8 {
						break scan // the table's full keys are compared by a call
					}
					for s := h & vocab.tableMask; ; s = (s + 1) & vocab.tableMask {
						k := &vocab.shortKeys[s]
						if k.pack == pack && int(k.n) == w {
							vid = vocab.table[s].id
							break
						}
						if k.n == 0 && vocab.table[s].key == "" {
							break
						}
					}
				}
			}
			putTok(&buf[n], i, end, uint64(tWord)|st, vid)
			n++
			st = 0
			i = end
			if i < len(text) && text[i] == ' ' {
				st = tokSpace(true)
				i++
			}
		case cDigit:
			// scanNumber, written out, for a number with no exponent.
			end := i + 1
			for end < len(text) {
				d := text[end]
				if isDigit(d) || (d == ',' || d == '.') && end+1 < len(text) && isDigit(text[end+1]) {
					end++
					continue
				}
				break
			}
			if end+1 < len(text) && text[end]|0x20 == 'e' {
				break scan
			}
			putTok(&buf[n], i, end, uint64(tNum)|st, 0)
			n++
			st = 0
			i = end
		default:
			if c >= utf8.RuneSelf || c == '.' && i+1 < len(text) && isDigit(text[i+1]) {
				break scan // not ASCII, or maybe a number (".5")
			}
			putTok(&buf[n], i, i+1, symFlags[c]|st, vocab.symbols[c])
			n++
			st = 0
			i++
		}
	}
	return buf[:n], i, st&tokSpace(true) != 0, st&tokBreak(true) != 0
}

// afterWordClass marks the bytes after a word that scanPlain looks at
// again: any not ASCII, and the ":" and "." after which a URL may go on.
var afterWordClass = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = 1
	}
	t[':'], t['.'] = 1, 1
	return t
}()

// symFlags is what putTok's flags hold for each one-byte symbol: its kind,
// and tokStop for one that may end a sentence.
var symFlags = func() (t [256]uint64) {
	for c := range t {
		t[c] = uint64(tSym)
		if endsSentenceSym(string(rune(c))) && c < utf8.RuneSelf {
			t[c] |= tokStop
		}
	}
	return t
}()
