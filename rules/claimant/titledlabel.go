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
