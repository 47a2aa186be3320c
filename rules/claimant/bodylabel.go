package claimant

import "github.com/claimtrack/claimtrack/rules/figures"

// A headline's label names a body by more than its kind or its capitals
// alone: a statistics office named for its country ("Statistics
// Estonia:", "Statistics Norway:"), or a country's possessive and a body's
// own name ("Finland's Supo:", "Norway's PST:"). Each is read by its
// shape, where a place's place ("Ukraine's Kherson:") or a topic
// ("Israel's war on Hamas:") stays no one's. (A live blog's "13:15 OCHA
// update:" is a configured claimant's label once the stamp is passed:
// headlinesource.go pastStamp.)

// bodyLabel reports whether the headline label [s, e) before its colon
// names a body in one of those shapes.
func (c *call) bodyLabel(v *view, s, e int) bool {
	if e-s < 2 {
		return false
	}
	last := &v.toks[e-1]
	// "Statistics Estonia:": findings in capitals named for a country
	// are the office that makes them.
	if e-s == 2 && v.toks[s].capital && findingNouns[v.toks[s].low] && (v.knownPlace(s+1, e) || v.placeName(s+1, e)) {
		return true
	}
	// "Finland's Supo:": a country's possessive, then one word of a
	// name that is no place, no people and no word the lexicons know.
	if e-s == 4 && v.isOne(s+1, wApostrophe) && v.isOne(s+2, wS) && v.knownPlace(s, s+1) {
		if !last.word || !last.capital || v.knownPlace(e-1, e) || v.knownRegion(e-1, e) || v.placeName(e-1, e) || v.demonym(e-1) {
			return false
		}
		// ("Norway's PST:": a body's initials.)
		return last.shouted && len(last.low) <= 5 || !last.inLexicon() && figures.VocabID(last.low) == 0
	}
	return false
}
