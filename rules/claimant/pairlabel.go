package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// pairLabel reports whether a headline's label a, two capitalised words
// before its colon, is a body's name ("Alarm Phone: 61 people missing off
// Libya", "Mare Liberum: 48 missing off Tunisia") rather than a
// place or a topic ("West Bank: ...", "Grain Deal: ...", "Gaza War: ...").
// Two capitalised words are written as a place's two are ("South Sudan",
// "Kharkiv Oblast"), so the label is read as namedLabel reads one word: by
// where the headline puts its place. A source's label leaves the place, or
// the people, to the words after the colon; a place's label is the place.
// Neither word may be one the lexicons or the figures' vocabulary know
// (a topic's "Deal", "War", "Floods"), a title or rank ("General Strike:",
// "Major Incident:" are events), a place, a people or a direction,
// and the label opens a headline: first in the line, no full stop closing
// it.
func (v *view) pairLabel(a attr) bool {
	lo, k := a.src, a.srcEnd
	if lo != 0 || k != lo+2 || !v.isOne(k, wColon) || k+1 >= len(v.toks) || v.isOne(len(v.toks)-1, wFullStop) {
		return false
	}
	for m := lo; m < k; m++ {
		t := &v.toks[m]
		if !t.word || !t.capital || t.shouted || t.num || t.fig || t.poss || showRoleIDs.has(&t.spelling) || kickerIDs.has(&t.spelling) || directionIDs.has(&t.spelling) || placeNouns[t.low] {
			return false
		}
		if t.inLexicon() || t.post() || labelTitles[t.low] || t.has(cRankTitle|cOfficeNoun) || figures.VocabID(t.low) != 0 || strings.HasSuffix(t.low, "ed") || v.demonym(m) || v.knownPlace(m, m+1) || v.knownRegion(m, m+1) {
			return false
		}
	}
	if v.placeName(lo, k) || v.knownPlace(lo, k) || v.knownRegion(lo, k) || v.quoteMarkTok(k+1) {
		return false
	}
	return v.placeAfter(k+1, len(v.toks))
}
