package claimant

import "github.com/claimtrack/claimtrack/rules/figures"

// A headline's label may name its source by the voice of the words after
// the colon rather than by its own shape: "Caritas Jerusalem: 11 of our
// Gaza staff killed since October", "Emergency Rome: we treated 60 wounded
// migrants in one night". The line speaks in the first person, as a quote
// does, and only the label can be its "we": a body's name of capitalised
// words, whatever words it is made of (a place inside it, "Jerusalem",
// "Rome", does not make it one). A label that is itself a place or a
// region ("Kharkiv: 7 of our volunteers injured") or opens on one stays the
// headline's where; an outlet's own people after "our" ("our reporters")
// are the outlet's, not the label's; a label of ordinary words ("Long
// Winter:") is a topic, and a line closed by a full stop a sentence whose
// label is a note ("Methodology: we looked only at ...").

// firstPersonLabel reports whether the headline's label [s, e), before the
// colon at e, is a name of capitalised words that the line after the
// colon, up to hi, speaks for in the first person.
func (v *view) firstPersonLabel(s, e, hi int) bool {
	// ("Methodology: we looked only at ... deaths.": a sentence's label,
	// closed by a full stop, is a note of the page, as in namedLabel.)
	if e-s > 4 || !v.isOne(e, wColon) || v.isOne(hi-1, wFullStop) || !v.toks[s].capital || !v.toks[e-1].capital || !v.allCapitalised(s, e) {
		return false
	}
	proper := false
	for k := s; k < e; k++ {
		t := &v.toks[k]
		if t.shouted || kickerIDs.has(&t.spelling) || showRoleIDs.has(&t.spelling) || t.has(cDay|cPronoun) {
			return false
		}
		proper = proper || t.word && !t.inLexicon() && figures.VocabID(t.low) == 0
	}
	// ("Methodology: we looked only at ...", "Long Winter: 60 of our
	// neighbours": ordinary words, a note's or a topic's, no name.)
	if !proper {
		return false
	}
	if v.placeName(s, e) || v.knownPlace(s, e) || v.knownRegion(s, e) || v.knownPlace(s, s+1) || v.demonym(s) {
		return false
	}
	for m := e + 1; m < hi; m++ {
		if v.quoteMarkTok(m) {
			return false
		}
		// ("... in US military aid": "US" in capitals is the country.)
		if v.countryUS(m) {
			continue
		}
		if v.is(m, wWe, wUs) || v.isOne(m, wOur) && m+1 < hi && !ownReporters[v.toks[m+1].low] {
			return true
		}
	}
	return false
}
