package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A line written all in capitals, as headlines, banners and old wire copy
// are ("A THIRD PERSON DIES", "WAVES UP TO 5M HIGH"), says nothing by its
// case: every word is capitalised, so a reader that takes a capital for a
// name, a demonym or a sentence's start, an M or a K for millions or
// thousands, or a P for something other than pence, reads the line as no
// writer meant it. Such a line is read as its lower-case form: the figure
// finder lexes and parses a copy of the text with those lines' ASCII
// letters lowered (no byte moves, so every offset holds), and each figure
// keeps its words as written. A month's name keeps the capital it was
// written with (writtenCapital): in capitals "OCT 7" is the date it is in
// any case, where "oct 7" would be no month.

// shoutedWords is how many words of at least three letters a line must
// hold, none of them with a small letter, to be read as shouted: an
// acronym alone ("UNICEF:") or a line of figures is not a headline.
const shoutedWords = 2

// readCase is text with the ASCII letters of each line written all in
// capitals lowered (shoutedLine), and text itself, not copied, when no
// line is.
func readCase(text string) string {
	var b []byte
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if shoutedLine(text[start:end]) {
			if b == nil {
				b = []byte(text)
			}
			for k := start; k < end; k++ {
				if c := b[k]; c >= 'A' && c <= 'Z' {
					b[k] = c + 'a' - 'A'
				}
			}
		}
		start = end + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// shoutedLine reports whether a line has no small letter and at least
// shoutedWords words of three letters or more. Most lines of news have a
// small letter within their first few bytes, and are turned away there.
func shoutedLine(line string) bool {
	words, run := 0, 0
	for k := 0; k < len(line); {
		c := line[k]
		switch {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			run++
			k++
			continue
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(line[k:])
			if unicode.IsLower(r) {
				return false
			}
			k += size
			if unicode.IsUpper(r) {
				run++
				continue
			}
		default:
			k++
		}
		if run >= 3 {
			words++
		}
		run = 0
	}
	if run >= 3 {
		words++
	}
	return words >= shoutedWords
}

// writtenCapital reports whether token i begins with a capital as the
// text was written, before a shouted line was lowered (readCase).
func (p *parser) writtenCapital(i int) bool {
	if uint(i) >= uint(len(p.toks)) || p.written == "" {
		return false
	}
	c := p.written[p.toks[i].Start]
	return c >= 'A' && c <= 'Z'
}

// writtenStr is token i as the text was written, before a shouted line was
// lowered (readCase).
func (p *parser) writtenStr(i int) string {
	if p.written == "" {
		return p.str(i)
	}
	return p.written[p.toks[i].Start:p.toks[i].End]
}

// ReadTokenText returns token i as the figure finder read it: lowered in a
// line written all in capitals ("40,000 CANDLES FOR GAZA'S DEAD" reads
// "candles"), as written elsewhere. A reader that takes a small letter for
// a common noun asks this, so a shouted line's nouns are nouns to it too.
func (d *Document) ReadTokenText(i int) string {
	t := &d.Tokens[i]
	return d.read[t.Start:t.End]
}
