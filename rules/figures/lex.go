package figures

import (
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
	// lower: the lexer found no ASCII capital in the token, which is then
	// its own lower case (LowerTokenText); false when it did, or did not
	// look.
	lower bool
	vid   uint16 // vocabulary entry, 0 if none
}

// IsWord reports whether the token is a word (letters).
func (t Token) IsWord() bool { return t.Kind == tWord }

// IsSymbol reports whether the token is punctuation or another symbol.
func (t Token) IsSymbol() bool { return t.Kind == tSym }

// IsNumber reports whether the token is a run of digits.
func (t Token) IsNumber() bool { return t.Kind == tNum }

// lex splits text into tokens, appended to toks. URLs and e-mail addresses
// are skipped whole: the numbers in them are not figures. It appends to
// wordPos the words and numbers before each token (see Document.wordPos),
// and one more for the end, and counts the numbers: the tokens are in
// hand here, and reading them again later would cost another walk. For
// the same reason it appends to marks, in order, the tokens that open a
// line or may end a sentence (".", "!", "?", "…"): sentence splitting and
// the parser's line ends look at those alone, and need not walk every
// token again (see addMark).
func lex(text string, toks []Token, wordPos, marks []int32) ([]Token, []int32, []int32, int) {
	var buf [maxVocabWord]byte
	words, nums := int32(0), 0
	space, brk := true, true
	marks = append(marks, 0)
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			class := asciiClass[c]
			switch {
			case class == cSpace:
				space = true
				i++
				continue
			case class == cLetter:
				// The word is hashed lower-cased as it is scanned, so that
				// its vocabulary lookup reads it no second time.
				end := i
				h := uint32(fnvOffset)
				// all keeps the bits every letter has: a capital's 0x20 is
				// clear.
				all := byte(0xff)
				for end < len(text) {
					c := text[end]
					lc := c | 0x20
					if lc < 'a' || lc > 'z' {
						break
					}
					h = (h ^ uint32(lc)) * fnvPrime
					all &= c
					end++
				}
				ascii := true
				if end < len(text) && text[end] >= utf8.RuneSelf {
					end, ascii = scanLetters(text, end), false
				}
				lower := all&0x20 != 0 && (ascii || !hasUpperASCII(text[i:end]))
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
					vid = lookupWord(text[i:end], &buf)
				case end-i <= maxVocabWord:
					vid = lookupLetters(text[i:end], h)
				}
				toks = appendTok(toks, i, end, tWord, space, brk, lower, vid)
				wordPos, words = countWord(text, toks, wordPos, words, space)
				space, brk = false, false
				i = end
				continue
			case class == cLine:
				space, brk = true, true
				marks = addMark(marks, len(toks))
				i++
				continue
			case class == cDigit || (c == '.' && i+1 < len(text) && isDigit(text[i+1]) && (i == 0 || !isDigit(text[i-1]) && !isASCIILetter(text[i-1]))):
				// ".5" opens a number, but not after a letter: "ID.4" is a name.
				end := scanNumber(text, i)
				toks = appendTok(toks, i, end, tNum, space, brk, !hasUpperASCII(text[i:end]), 0)
				wordPos = append(wordPos, words)
				words++
				nums++
				space, brk = false, false
				i = end
				continue
			default:
				if c == '.' || c == '!' || c == '?' {
					marks = addMark(marks, len(toks))
				}
				toks = appendTok(toks, i, i+1, tSym, space, brk, true, vocab.symbols[c])
				wordPos = append(wordPos, words)
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
			marks = addMark(marks, len(toks))
			i += size
			continue
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsMark(r):
			end := scanLetters(text, i)
			toks = append(toks, Token{Start: int32(i), End: int32(end), Kind: tWord, Space: space, Break: brk, vid: lookupWord(text[i:end], &buf)})
			wordPos, words = countWord(text, toks, wordPos, words, space)
			space, brk = false, false
			i = end
			continue
		case unicode.IsDigit(r):
			// Digits of other scripts are not read as numbers, but are kept
			// as one token so they do not split words.
			toks = append(toks, Token{Start: int32(i), End: int32(i + size), Kind: tSym, Space: space, Break: brk})
		default:
			if r == '…' {
				marks = addMark(marks, len(toks))
			}
			toks = append(toks, Token{Start: int32(i), End: int32(i + size), Kind: tSym, Space: space, Break: brk, vid: lookupWord(text[i:i+size], &buf)})
		}
		wordPos = append(wordPos, words) // a symbol
		space, brk = false, false
		i += size
	}
	if n := len(marks); marks[n-1] == int32(len(toks)) {
		marks = marks[:n-1] // a line break after the last token
	}
	return toks, append(wordPos, words), marks, nums
}

// addMark appends token index i to marks unless it is there already. A
// line break marks the token that comes next, so that the break's token is
// marked whatever comes between (more white space, a URL skipped whole)
// and once, if it is also a full stop.
func addMark(marks []int32, i int) []int32 {
	if marks[len(marks)-1] == int32(i) {
		return marks
	}
	return append(marks, int32(i))
}

// countWord records the words before the word token just appended to
// toks, and counts it unless it continues the word before (joinedWord).
// A word after white space (space), most words, continues none, and is
// counted without looking back at the tokens before it.
func countWord(text string, toks []Token, wordPos []int32, words int32, space bool) ([]int32, int32) {
	wordPos = append(wordPos, words)
	if space || !joinedWord(text, toks, len(toks)-1) {
		words++
	}
	return wordPos, words
}

// appendTok appends a token written field by field in place: a Token
// literal is built on the stack in parts and then read back whole, and
// that read waits for the parts' writes to reach memory, for every token
// of a text.
func appendTok(toks []Token, start, end int, kind tokKind, space, brk, lower bool, vid uint16) []Token {
	toks = append(toks, Token{})
	t := &toks[len(toks)-1]
	t.Start, t.End, t.Kind, t.Space, t.Break, t.lower, t.vid = int32(start), int32(end), kind, space, brk, lower, vid
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

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
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
