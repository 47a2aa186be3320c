package claimant

import "strings"

// A headline drops the passive's auxiliary: "Famine conditions confirmed
// in Zamzam camp, home to 500,000, it says", "Cholera cases reported
// across three states". The -ed form after a plural noun that can tell
// nothing (no people, staff, force or kind of body) and before a
// preposition of place is a passive participle, not the noun's verb of
// claim; who says it is told elsewhere ("it says", the sentence before).
// "Officials confirmed in a statement", "Ministries reported on Monday"
// keep their verb, and "confirmed by the WHO" names its agent. A count
// before "revised to" or "confirmed to" is the participle's object as
// well: "Maui wildfire death toll revised to 97, police chief says".

// headlinePassive reports whether the -ed form at i stands between a
// lower-case plural that tells nothing and "in", "at", "on", "across" or
// "among", or between a noun for a count and "to".
func (v *view) headlinePassive(i, lo int) bool {
	if i-1 < lo || i+1 >= len(v.toks) || !strings.HasSuffix(v.toks[i].low, "ed") {
		return false
	}
	p := &v.toks[i-1]
	// "Maui wildfire death toll revised to 97, police chief says": a
	// count revised is the participle's object too, and "to" gives its
	// new level.
	if p.word && !p.capital && backNouns[p.low] && v.isOne(i+1, wTo) {
		return true
	}
	if !p.word || p.capital || !pluralForm(p.low) || p.agent() || personNoun(p.low) || p.nameKind() || p.has(cFieldPeople|cStaff|cFindingNoun) || serviceKinds[singular(p.low)] || forceKinds[singular(p.low)] {
		return false
	}
	return v.is(i+1, wIn, wAt, wOn) || v.toks[i+1].low == "across" || v.toks[i+1].low == "among"
}
