package figures

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota // a run of letters
	tNum                 // digits, with inner , . separators and an optional exponent
	tSym                 // any other single character
)

// Token is one word, number or symbol of a text. Tokens are what sentence
// splitting and keyword matching work on, so a text is scanned only once.
type Token struct {
	Start, End int32
	Kind       tokKind
	// Space is set when white space comes before the token; Break when that
	// white space holds a line break.
	Space, Break bool
	// stop is set for a symbol that may end a sentence (".", "!", "?",
	// "…"): the lexer knows it from the byte it reads, and the walk for
	// the marks then reads this byte rather than the token's text.
	stop bool
	vid  uint16 // vocabulary entry, 0 if none
}

// IsWord reports whether the token is a word (letters).
func (t *Token) IsWord() bool { return t.Kind == tWord }

// IsSymbol reports whether the token is punctuation or another symbol.
func (t *Token) IsSymbol() bool { return t.Kind == tSym }

// IsNumber reports whether the token is a run of digits.
func (t *Token) IsNumber() bool { return t.Kind == tNum }

// lex splits text into tokens, appended to toks. URLs and e-mail addresses
// are skipped whole: the numbers in them are not figures. It appends to
// wordPos the words and numbers before each token (see Document.wordPos),
// and one more for the end, and counts the numbers. It appends to marks,
// in order, the tokens that open a line or may end a sentence (".", "!",
// "?", "…"): sentence splitting and the parser's line ends look at those
// alone, and need not walk every token again.
func lex(text string, toks []Token, wordPos, marks []int32) ([]Token, []int32, []int32, int) {
	toks = scanTokens(text, toks)
	wordPos, marks, nums := indexTokens(text, toks, wordPos, marks)
	return toks, wordPos, marks, nums
}

// indexTokens appends to wordPos and marks what lex describes, from the
// tokens alone, and counts the numbers. It is a walk of its own, after
// scanTokens, because the scan's loop then keeps what it needs in
// registers: with these three slices and their counts live as well, Go
// spilled and reloaded a dozen values around every token and every letter.
// Its own two loops make no call for the same reason: the word positions
// (countWords), and the marks, found by nextMark between appends.
func indexTokens(text string, toks []Token, wordPos, marks []int32) ([]int32, []int32, int) {
	// Sized once and written by index: an append for every token kept the
	// slice's header in memory, stored and reloaded around each.
	n := len(wordPos)
	wordPos = slices.Grow(wordPos, len(toks)+1)[:n+len(toks)+1]
	nums := countWords(text, toks, wordPos[n:])
	for i := nextMark(text, toks, 0); i < len(toks); i = nextMark(text, toks, i+1) {
		marks = append(marks, int32(i))
	}
	return wordPos, marks, nums
}

// countWords writes pos[i], the words and numbers before token i, for
// every token and the end, and returns the number of numbers.
func countWords(text string, toks []Token, pos []int32) int {
	pos = pos[:len(toks)+1]
	words, nums := int32(0), 0
	for i := range toks {
		t := &toks[i]
		pos[i] = words
		switch t.Kind {
		case tNum:
			words++
			nums++
		case tWord:
			// joinedWord, written out.
			if t.Space || i < 2 || toks[i-1].Space || toks[i-2].Kind != tWord || !joiner(text[toks[i-1].Start:toks[i-1].End]) {
				words++
			}
		}
	}
	pos[len(toks)] = words
	return nums
}

// nextMark returns the first token from i on that opens a line or may end
// a sentence, or len(toks).
func nextMark(text string, toks []Token, i int) int {
	for ; i < len(toks); i++ {
		if t := &toks[i]; t.Break || t.stop {
			return i
		}
	}
	return i
}

// endsSentenceSym reports whether symbol s may end a sentence.
func endsSentenceSym(s string) bool {
	if len(s) == 1 {
		return s[0] == '.' || s[0] == '!' || s[0] == '?'
	}
	return s == "…"
}

// scanTokens splits text into tokens, appended to toks (see lex). A token
// after a line break, or the first, has Break set.
func scanTokens(text string, toks []Token) []Token { return scanTokensVia(text, toks, true) }

// scanTokensVia is scanTokens, reading plain runs by scanPlain when plain
// is set and every token by the general loop when not: FuzzScanPlain
// compares the two, as scanPlain must read each token as the loop does.
func scanTokensVia(text string, toks []Token, plain bool) []Token {
	space, brk := true, true
	i := 0
	for i < len(text) {
		// Most tokens: the loop below reads one that scanPlain left.
		// scanPlain reads no further than the spare capacity holds a token
		// a byte: where that is short of a token in four bytes of what is
		// left (news text has one in five), grow it now, rather than
		// return to scanPlain for ever shorter runs.
		if plain {
			if rest := (len(text) - i) / 4; cap(toks)-len(toks) < rest {
				toks = slices.Grow(toks, rest)
			}
			if toks, i, space, brk = scanPlain(text, toks, i, space, brk); i >= len(text) {
				break
			}
		}
		c := text[i]
		if c < utf8.RuneSelf {
			class := asciiClass[c]
			switch {
			case class == cSpace:
				space = true
				i++
				continue
			case class == cLetter:
				// The word's first letters are packed lower-cased as it is
				// scanned, so that its vocabulary lookup reads it no second
				// time.
				var end int
				var pack uint64
				if i+8 <= len(text) {
					// Most words: their letters' first eight bytes, read here
					// rather than in a call (see firstLetters).
					x := load8(text, i)
					end, pack, _ = firstLetters(x)
					if end == 8 {
						end, pack, _ = scanLongLetters(text, i, x)
					} else {
						end += i
					}
				} else {
					end, pack, _ = scanASCIILetters(text, i)
				}
				ascii := true
				if end < len(text) && text[end] >= utf8.RuneSelf {
					end, ascii = scanLetters(text, end), false
				}
				// A URL's first word ends at "://" or "www.": most words
				// are followed by neither, and need not be looked at.
				if end < len(text) && (text[end] == ':' || text[end] == '.') {
					if u := urlEnd(text, i, end); u > 0 {
						i = u
						space = false
						continue
					}
				}
				var vid uint16
				switch {
				case !ascii:
					vid = lookupWord(text[i:end])
				case end-i <= maxVocabWord:
					// Most words are in no entry: mayHold, inlined, turns
					// them away without a call.
					if h := keyHash(pack, end-i); vocab.mayHold(h) {
						vid = probeLetters(text[i:end], pack, h)
					}
				}
				toks = appendTok(toks, i, end, tWord, space, brk, vid)
				space, brk = false, false
				i = end
				// Most words are followed by a space: taking it here saves
				// a trip round the loop.
				if i < len(text) && text[i] == ' ' {
					space = true
					i++
				}
				continue
			case class == cLine:
				space, brk = true, true
				i++
				continue
			case class == cDigit || (c == '.' && i+1 < len(text) && isDigit(text[i+1]) && (i == 0 || !isDigit(text[i-1]) && !isASCIILetter(text[i-1]))):
				// ".5" opens a number, but not after a letter: "ID.4" is a name.
				end := scanNumber(text, i)
				toks = appendTok(toks, i, end, tNum, space, brk, 0)
				space, brk = false, false
				i = end
				continue
			default:
				toks = appendTok(toks, i, i+1, tSym, space, brk, vocab.symbols[c])
				toks[len(toks)-1].stop = symFlags[c]&tokStop != 0
				space, brk = false, false
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			// Invalid UTF-8: treat the byte as a symbol and carry on.
			toks = append(toks, Token{Start: int32(i), End: int32(i + 1), Kind: tSym, Space: space, Break: brk})
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			space, brk = true, true
			i += size
			continue
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsMark(r):
			end := scanLetters(text, i)
			toks = append(toks, Token{Start: int32(i), End: int32(end), Kind: tWord, Space: space, Break: brk, vid: lookupWord(text[i:end])})
			space, brk = false, false
			i = end
			continue
		case unicode.IsDigit(r):
			// Digits of other scripts are not read as numbers, but are kept
			// as one token so they do not split words.
			toks = append(toks, Token{Start: int32(i), End: int32(i + size), Kind: tSym, Space: space, Break: brk})
		default:
			toks = append(toks, Token{Start: int32(i), End: int32(i + size), Kind: tSym, Space: space, Break: brk, stop: r == '…', vid: lookupWord(text[i : i+size])})
		}
		space, brk = false, false
		i += size
	}
	return toks
}

// appendTok appends a token written field by field in place: a Token
// literal is built on the stack in parts and then read back whole, and
// that read waits for the parts' writes to reach memory, for every token
// of a text.
func appendTok(toks []Token, start, end int, kind tokKind, space, brk bool, vid uint16) []Token {
	toks = append(toks, Token{})
	t := &toks[len(toks)-1]
	t.Start, t.End, t.Kind, t.Space, t.Break, t.vid = int32(start), int32(end), kind, space, brk, vid
	return toks
}

// Classes of ASCII bytes, for lex's first look at a token.
const (
	cOther uint8 = iota
	cSpace
	cLine
	cDigit
	cLetter
)

// (Sized for every byte, cOther past ASCII, so that a byte indexes it
// with no bounds check.)
var asciiClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch b := byte(c); {
		case b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v':
			t[c] = cSpace
		case b == '\n':
			t[c] = cLine
		case isDigit(b):
			t[c] = cDigit
		case isASCIILetter(b):
			t[c] = cLetter
		}
	}
	return t
}()

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
