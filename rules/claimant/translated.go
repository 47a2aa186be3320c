package claimant

import "strings"

// A transcript or a quote in another language is often followed by its
// translation in square brackets: "ANCHOR: Ayon sa PAGASA, taglay ngayon
// ng Bagyong Ambo ang lakas ng hangin na 185 kilometers per hour.
// [According to PAGASA, Typhoon Ambo is now packing winds of 185
// kilometers per hour.]". The finder reads English; a figure of the
// original line is the same claim as the translation's, so it is read
// there, where "According to PAGASA" is words the finder knows. The
// original's own reading stands when the translation names no one.

// translatedFigure returns the sentence and bytes of the figure at [start,
// end) of sentence si in the translation after it: an editor's insertion
// in square brackets opening the next sentence on the same line and
// closing it or one of the two after ("[I spoke to the fire chief here.
// According to him, 230 houses were razed.]"), which states the same
// figure once.
func (c *call) translatedFigure(si, start, end int) (int, int, int, bool) {
	first, last, ok := c.translationAfter(si)
	if !ok || start >= end {
		return 0, 0, 0, false
	}
	text := c.d.Text
	fig := text[start:end]
	at, in := -1, 0
	for ti := first; ti <= last; ti++ {
		ts := c.d.Sentences[ti]
		t := text[ts.Start:ts.End]
		for off := 0; ; {
			i := strings.Index(t[off:], fig)
			if i < 0 {
				break
			}
			i += off
			off = i + len(fig)
			if figureBounded(t, i, i+len(fig)) {
				if at >= 0 {
					return 0, 0, 0, false // stated twice: which is it?
				}
				at, in = ts.Start+i, ti
			}
		}
	}
	if at < 0 {
		return 0, 0, 0, false
	}
	return in, at, at + len(fig), true
}

// translationAfter returns the first and last sentences of an editor's
// insertion in square brackets right after sentence si on its line: the
// first opens with "[", the last, at most two sentences on, closes with
// "]". A sentence itself in brackets has none after it.
func (c *call) translationAfter(si int) (int, int, bool) {
	text := c.d.Text
	ti := si + 1
	if ti >= len(c.d.Sentences) {
		return 0, 0, false
	}
	own, next := c.d.Sentences[si], c.d.Sentences[ti]
	if !strings.HasPrefix(text[next.Start:next.End], "[") || strings.HasPrefix(text[own.Start:own.End], "[") ||
		strings.IndexByte(text[own.End:next.Start], '\n') >= 0 {
		return 0, 0, false
	}
	for k := ti; k < len(c.d.Sentences) && k <= ti+2; k++ {
		ks := c.d.Sentences[k]
		if k > ti && strings.IndexByte(text[c.d.Sentences[k-1].End:ks.Start], '\n') >= 0 {
			return 0, 0, false
		}
		if strings.HasSuffix(strings.TrimRight(text[ks.Start:ks.End], " \t\r"), "]") {
			return ti, k, true
		}
	}
	return 0, 0, false
}

// figureBounded reports whether [i, j) of s stands as a figure of its
// own: no digit or letter joined to it either side ("185" is not in
// "1,185" or "185th").
func figureBounded(s string, i, j int) bool {
	joined := func(b byte) bool {
		return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == ','
	}
	return (i == 0 || !joined(s[i-1])) && (j == len(s) || !joined(s[j]) || s[j] == ',' && (j+1 == len(s) || s[j+1] == ' '))
}
