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
// ("AFAD"), and a body is seldom "in" or "near" anything but as the
// modifier of a noun after it ("in Unicef shelters"), which no place
// before it makes the town. A segment the claimant lookup knows
// ("SPOKESMAN, UNICEF") is a body whatever the story says.

// labelTownEnd returns the comma before the label's last segment in
// tokens [start, end) when that segment is one word that the document
// names as a place elsewhere.
func (c *call) labelTownEnd(v *view, start, end int) (int, bool) {
	k := v.commaBefore(start, end)
	if k < 0 || end-k-1 != 1 || !v.toks[k+1].word {
		return 0, false
	}
	if _, ok := c.lookup(v, k+1, end); ok {
		return 0, false // a claimant the lookup knows: "SPOKESMAN, UNICEF"
	}
	w := v.toks[k+1]
	if !c.documentPlace(c.d.Text[w.start:w.end]) {
		return 0, false
	}
	return k, true
}

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
		if placePrepositions[strings.ToLower(before[p:])] && !lowerNounNext(text[e:]) {
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

// lowerNounNext reports whether rest, the text after a name, opens with a
// space and a lower-case word that may be a noun the name modifies ("in
// Unicef shelters"): not a word of the lexicons of function words (a
// preposition, a conjunction, an auxiliary), a verb of saying or finding
// ("in Maiduguri say"), a participle or an adverb.
func lowerNounNext(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if n < 0 {
		n = len(rest)
	}
	w := rest[:n]
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	if classes[w]&(cDeterminer|cClause|cBetween|cPreposition|cLink|cPronoun|cSubordinator|cTimeWord|cDay) != 0 {
		return false
	}
	if sp := spell(w); sp.report || sp.finding || sp.cls&cClauseStem != 0 {
		return false // a verb of saying or finding: "in Maiduguri say"
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
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

// indexFold is strings.Index ignoring case as strings.EqualFold does
// (Unicode simple folding, not ASCII only). It compares byte windows as
// long as sub, so a folded form of another byte length is not found.
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}
