package claimant

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules/names"
)

// A transcript label's last segment of one word after a bare spokesman
// ("JOHN OKAFOR, SPOKESMAN, MAIDUGURI:", "SELİM ERDEM, SPOKESMAN, AFAD:")
// names whom he speaks for far more often than where he is (the dev files
// write 16 bodies to no place), so a word the rules' places do not hold is
// read as his body (labelpost.go oneWordBody). A town the lists lack is
// told apart by the story itself: an article from Maiduguri names the
// town as a place elsewhere, in its dateline ("MAIDUGURI, Nigeria (AP)
// —") or after a preposition of place in its prose ("in Maiduguri",
// "near Maiduguri"), written as a place's name is, with capitals at its
// start only. A body's initials are written in capitals throughout
// ("AFAD"), and a body is seldom "in" or "near" anything.

// labelTownEnd returns the comma before the label's last segment in
// tokens [start, end) when that segment is one word that the document
// names as a place elsewhere.
func (c *call) labelTownEnd(v *view, start, end int) (int, bool) {
	k := v.commaBefore(start, end)
	if k < 0 || end-k-1 != 1 || !v.toks[k+1].word {
		return 0, false
	}
	w := v.toks[k+1]
	if !c.documentPlace(c.d.Text[w.start:w.end]) {
		return 0, false
	}
	return k, true
}

// placePrepositions say a place's name follows them in prose.
var placePrepositions = set("in near outside around")

// documentPlace reports whether the text names word as a place: in a
// dateline, the word opening a line before a comma and a country or place
// the rules know, or after a preposition of place written with a capital
// at its start and small letters after it.
func (c *call) documentPlace(word string) bool {
	text := c.d.Text
	if len(word) < 3 {
		return false
	}
	for off := 0; off < len(text); {
		i := indexFold(text[off:], word)
		if i < 0 {
			return false
		}
		s, e := off+i, off+i+len(word)
		off = e
		if s > 0 && wordByte(text[s-1]) || e < len(text) && wordByte(text[e]) {
			continue
		}
		if (s == 0 || text[s-1] == '\n') && datelineCountry(text[e:]) {
			return true
		}
		got := text[s:e]
		if got == word || !titleCased(got) {
			continue
		}
		before := strings.TrimRight(text[:s], " ")
		p := strings.LastIndexAny(before, " \n(") + 1
		if placePrepositions[strings.ToLower(before[p:])] {
			return true
		}
	}
	return false
}

// datelineCountry reports whether rest, after a dateline's first word,
// opens with a comma and a country or place the rules know ("MAIDUGURI,
// Nigeria (AP) —").
func datelineCountry(rest string) bool {
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	rest = rest[2:]
	n := strings.IndexAny(rest, " (,—-\n")
	if n < 0 {
		n = len(rest)
	}
	return n > 0 && names.KnownPlace(rest[:n])
}

// titleCased reports whether w opens with a capital and has no other.
func titleCased(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[size:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// indexFold is strings.Index ignoring ASCII case.
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}
