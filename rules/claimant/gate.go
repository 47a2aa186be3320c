package claimant

import (
	"slices"
	"sort"
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
	if k := c.sentenceAt(s); k >= 0 {
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
	// "[00:12:40] JONAH PRICE:": a line's time stamp (linestamp.go).
	text = text[lineStampLen(text):]
	upper := 0
	for i := 0; i < len(text) && i <= 80; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ':':
			return i >= 2 && upper >= 2
		case r == '(' && rankNoteLen(text[i:]) > 0:
			// "COL. R. K. SINGH (RETD), ...": a rank's note (ranknote.go).
			i += rankNoteLen(text[i:])
			continue
		case r == '(' && upper >= 2:
			// "SAMIR, RESIDENT (through interpreter):": a stage note.
			if j := strings.IndexByte(text[i:], ')'); j > 0 && strings.HasPrefix(strings.TrimLeft(text[i+j+1:], " "), ":") {
				return true
			}
			return false
		case unicode.IsLower(r) || unicode.IsDigit(r):
			// "Kirsty Hamill (Stirling East) (SNP):": a parliamentary
			// record's label, in mixed case (hansard.go).
			return opensHansardLabel(text)
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
// one after it, on its line and within the two sentences either side its
// line is read in.
func (c *call) quotePossible(start, end int) bool {
	if !c.marksRead {
		c.quoteMarks(0, 0) // reads the text's marks, once
	}
	marks := c.marks
	// The first mark at or after start, from where the last figure's
	// search ended: figures are mostly asked in the text's order.
	i := nearestSearch(len(marks), c.markAt, func(i int) bool { return marks[i].at >= start })
	c.markAt = i
	j := i
	for j < len(marks) && marks[j].at < end {
		j++
	}
	if i == 0 || j == len(marks) {
		return false
	}
	si := c.sentenceAt(start)
	if si < 0 {
		return false
	}
	lo := c.d.Sentences[max(0, si-2)].Start
	hi := c.d.Sentences[min(len(c.d.Sentences)-1, si+2)].End
	if marks[i-1].at < lo || marks[j].at >= hi {
		return false
	}
	// Nor may a line break part the figure from the nearest marks: the
	// quotation is looked for in the figure's line.
	text := c.d.Text
	return strings.IndexByte(text[marks[i-1].at:start], '\n') < 0 && strings.IndexByte(text[end:marks[j].at], '\n') < 0
}

// sentenceAt is d.SentenceAt, searched from the sentence last found:
// the figures of a document are mostly asked about in its order, and a
// binary search over its sentences missed the cache at every step.
func (c *call) sentenceAt(off int) int {
	sents := c.d.Sentences
	// The search's answer is the first sentence ending after off: most
	// often the one last found (Find and the gates ask about a figure in
	// turn) or one of the next few, read here in turn without the
	// search's calls.
	i := c.sentAt
	for k := 0; k < 16 && i < len(sents) && sents[i].End <= off; k++ {
		i++
	}
	if !(i < len(sents) && sents[i].End > off && (i == 0 || sents[i-1].End <= off)) {
		i = nearestSearch(len(sents), c.sentAt, func(i int) bool { return sents[i].End > off })
	}
	c.sentAt = i
	if i < len(sents) && sents[i].Start <= off {
		return i
	}
	return -1
}

// nearestSearch is sort.Search(n, f) started from index from: it gallops
// away from from in steps that double, then searches the last step, so an
// answer d places away costs about 2·log d tests, wherever it is.
func nearestSearch(n, from int, f func(int) bool) int {
	i := min(max(from, 0), n)
	if i < n && !f(i) {
		// The answer is after i: most often the next (figures asked in
		// order, in order of sentences and of marks); else gallop forward.
		if i+1 == n || f(i+1) {
			return i + 1
		}
		lo, step := i+1, 1
		for lo+step <= n && !f(lo+step-1) {
			lo += step
			step *= 2
		}
		hi := min(lo+step, n)
		return lo + sort.Search(hi-lo, func(k int) bool { return f(lo + k) })
	}
	// f(i) holds (or i == n): the answer is at or before i, most often i.
	if i == 0 || !f(i-1) {
		return i
	}
	hi, step := i, 1
	for hi-step >= 0 && f(hi-step) {
		hi -= step
		step *= 2
	}
	lo := max(hi-step+1, 0)
	return lo + sort.Search(hi-lo, func(k int) bool { return f(lo + k) })
}
