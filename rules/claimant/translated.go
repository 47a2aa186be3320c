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
// end) of sentence si in the sentence after it, when that sentence is an
// editor's insertion in square brackets on the same line that states the
// same figure once: the line's translation.
func (c *call) translatedFigure(si, start, end int) (int, int, int, bool) {
	ti := si + 1
	if ti >= len(c.d.Sentences) || start >= end {
		return 0, 0, 0, false
	}
	text := c.d.Text
	own, next := c.d.Sentences[si], c.d.Sentences[ti]
	t := strings.TrimRight(text[next.Start:next.End], " \t\r")
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") || strings.HasPrefix(text[own.Start:own.End], "[") ||
		strings.IndexByte(text[own.End:next.Start], '\n') >= 0 {
		return 0, 0, 0, false
	}
	fig := text[start:end]
	i := strings.Index(t, fig)
	if i < 0 || strings.Contains(t[i+len(fig):], fig) || !figureBounded(t, i, i+len(fig)) {
		return 0, 0, 0, false
	}
	return ti, next.Start + i, next.Start + i + len(fig), true
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
