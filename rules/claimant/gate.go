package claimant

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Gates: cheap tests, worked out once per document, that a figure's
// sentence cannot have a speaker label or the figure a quotation around
// it, so the finder does not measure the lines around every figure to find
// out. Each tests a condition the full reading needs, so it changes no
// answer: it only skips readings that would find nothing.

// labelPossible reports whether the line of sentence si may open with a
// speaker label (see readLabel): some place the line can start, from two
// sentences back to the sentence's start, opens like a label.
func (c *call) labelPossible(si int) bool {
	if !c.labelsRead {
		c.labelStarts, c.labelsRead = findLabelStarts(c.d.Text, c.d.Sentences, c.labelStarts[:0]), true
	}
	if len(c.labelStarts) == 0 {
		return false
	}
	s := c.d.Sentences[si].Start
	lo := 0 // as lineBounds reads back
	if k := c.d.SentenceAt(s); k >= 0 {
		lo = c.d.Sentences[max(0, k-2)].Start
	}
	i, _ := slices.BinarySearch(c.labelStarts, lo)
	return i < len(c.labelStarts) && c.labelStarts[i] <= s
}

// findLabelStarts appends to out, in order, the places a line can start
// (the text's start, after a line break, a sentence's start: lineBounds
// reads back no further than a sentence's start) that open like a speaker
// label: up to a colon within 80 bytes, only capitals, at least two, and
// the label's punctuation.
func findLabelStarts(text string, sents []figures.Sentence, out []int) []int {
	if strings.IndexByte(text, ':') < 0 {
		return out
	}
	add := func(p int) {
		if opensLabel(text[p:]) {
			out = append(out, p)
		}
	}
	add(0)
	for off := 0; ; {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
		add(off)
	}
	for _, s := range sents {
		add(s.Start)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// opensLabel reports whether text opens like a speaker label: the test of
// readLabel on its line's first colon and what comes before it, without
// finding the line's end.
func opensLabel(text string) bool {
	upper := 0
	for i := 0; i < len(text) && i <= 80; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ':':
			return i >= 2 && upper >= 2
		case unicode.IsLower(r) || unicode.IsDigit(r):
			return false
		case unicode.IsUpper(r):
			upper++
		case strings.ContainsRune(" .,'’-&", r):
		default:
			return false
		}
		i += n
	}
	return false
}

// quotePossible reports whether the figure at [start, end) may lie inside
// a quotation of its line (see quoteAround): a quotation mark before it and
// one after it, within the two sentences either side its line is read in.
func (c *call) quotePossible(start, end int) bool {
	c.quoteMarks(0, 0) // reads the text's marks, once
	marks := c.marks
	i, _ := slices.BinarySearchFunc(marks, start, func(m quoteMark, s int) int { return m.at - s })
	j := i
	for j < len(marks) && marks[j].at < end {
		j++
	}
	if i == 0 || j == len(marks) {
		return false
	}
	si := c.d.SentenceAt(start)
	if si < 0 {
		return false
	}
	lo := c.d.Sentences[max(0, si-2)].Start
	hi := c.d.Sentences[min(len(c.d.Sentences)-1, si+2)].End
	return marks[i-1].at >= lo && marks[j].at < hi
}
