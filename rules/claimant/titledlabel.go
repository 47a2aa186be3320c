package claimant

import "github.com/claimtrack/claimtrack/rules/figures"

// A headline's label of a title and a name names its source by the name:
// "Gov. Whitmer: 14,000 without power after ice storm", "Mayor Klitschko:
// 3 killed as drones hit Kyiv", "President Ruto: 38 dead after floods".
// The title (a personal or political title, a rank, an office noun; see
// afterTitles) says a person follows, whatever the line after the colon
// says, so no place need follow as namedLabel asks of a bare name. The
// name is one to three capitalised words, at least one of them a word the
// lexicons do not know: a title's word before ordinary words ("Mayor
// Race:") is a topic, a rank written whole before one word ("General
// Strike:", "Major Incident:") an adjective of a topic or an event, and a
// place after a title ("St. Petersburg:") the place.

// titledLabel returns where the name starts in the label [s, e) when the
// label is a title and a name.
func (v *view) titledLabel(s, e int) (int, bool) {
	n, bareRank := s, true
	for n < e && v.toks[n].word && v.toks[n].capital && !v.toks[n].shouted && (labelTitles[v.toks[n].low] || v.toks[n].has(cRankTitle) || v.toks[n].has(cOfficeNoun)) {
		bareRank = bareRank && v.toks[n].has(cRankTitle) && !labelTitles[v.toks[n].low] && !v.toks[n].has(cOfficeNoun)
		n++
		if n < e && v.isOne(n, wFullStop) {
			bareRank = false
			n++
		}
	}
	// ("General Strike:", "Major Incident:": a rank written whole is an
	// adjective too, and is a title only before a name of two words,
	// "General Abdel-Fattah Burhan:", or with its dot, "Gen. Burhan:".)
	// "Lviv regional governor Maksym Kostiuk:", "Regional governor Oleh
	// Syniehubov:": an office written in lower case after its place or
	// scope is a title as a capitalised one is (labelOfficeName).
	if n == s {
		n, bareRank = v.labelOfficeName(s, e), false
	}
	if n == s || e-n < 1 || e-n > 3 || bareRank && e-n < 2 || !v.personName(n, e) || v.placeName(n, e) || v.knownPlace(n, e) || v.knownRegion(n, e) {
		return 0, false
	}
	for k := n; k < e; k++ {
		if t := &v.toks[k]; t.word && !t.shouted && !t.inLexicon() && figures.VocabID(t.low) == 0 {
			return n, true
		}
	}
	return 0, false
}

// labelOfficeName returns where a name starts in the label [s, e) after
// an office noun in lower case closing the words of its place or scope:
// "Lviv regional governor Maksym Kostiuk", "Regional governor Oleh
// Syniehubov", "Kharkiv mayor Ihor Terekhov"; s when the label is no such
// thing. The words before the office are plain words, with no
// possessive, determiner or punctuation: "Kyiv's governor" and "The
// governor" are read as subjects elsewhere.
func (v *view) labelOfficeName(s, e int) int {
	for m := s; m+1 < e && m < s+4; m++ {
		t := &v.toks[m]
		if !t.word || t.poss || t.has(cDeterminer|cPronoun) {
			return s
		}
		if m > s && !t.capital && t.has(cOfficeNoun) && v.toks[m+1].capital {
			return m + 1
		}
	}
	return s
}
