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
	if i-1 < lo || i+1 >= len(v.toks) {
		return false
	}
	p := &v.toks[i-1]
	// "Fiji cyclone damage put at FJ$400m – finance ministry", "Flood
	// losses estimated at $30m": a thing that tells nothing, a verb of
	// placing a count and "at" with the figure is the count placed; who
	// placed it is named elsewhere (the credit after the dash).
	// "Damage put at $104bn across 11 provinces": a headline's line
	// opening on the thing placed is no name either (claim116).
	if v.placing(i) && v.isOne(i+1, wAt) && i+2 < len(v.toks) && v.figureAt(i+2) && (v.toldNothing(p) || v.lineOpening(i-1, lo) && v.toldNothingOpening(p)) {
		return true
	}
	if !strings.HasSuffix(v.toks[i].low, "ed") {
		return false
	}
	// "Maui wildfire death toll revised to 97, police chief says": a
	// count revised is the participle's object too, and "to" gives its
	// new level.
	if p.word && !p.capital && backNouns[p.low] && v.isOne(i+1, wTo) {
		return true
	}
	if !p.word || p.capital || !pluralForm(p.low) || p.agent() || personNoun(p.low) || p.nameKind() || p.has(cFieldPeople|cStaff|cFindingNoun) || serviceKinds[singular(p.low)] || forceKinds[singular(p.low)] {
		return false
	}
	// ("among" says whom, not where: "deaths among children".)
	return v.placePreposition(i+1) || v.toks[i+1].low == "among"
}

// figureAt reports whether a figure opens at token k, perhaps after a
// currency's letters written onto it ("FJ$400m", "NZ$2bn").
func (v *view) figureAt(k int) bool {
	if v.numberAt(k) {
		return true
	}
	return k+1 < len(v.toks) && v.toks[k].word && len(v.toks[k].low) <= 3 && v.toks[k+1].fig && !v.toks[k+1].space
}

// placing reports whether the word at i is a participle that places a
// count at a figure. (A switch, which TestAttributionOpenersCovered reads:
// each word is a verb of claim that gets past readAttributions' skip.)
func (v *view) placing(i int) bool {
	switch v.toks[i].low {
	case "put", "estimated", "pegged", "assessed", "reckoned":
		return true
	}
	return false
}

// lineOpening reports whether token k opens its sentence or line: the
// first word read, or one after a mark (a time stamp's dash, a colon).
func (v *view) lineOpening(k, lo int) bool {
	return k == lo || k > lo && !v.toks[k-1].word && !v.toks[k-1].num && !v.isOne(k-1, wComma)
}

// toldNothingOpening is toldNothing for a word capitalised only because
// it opens the line: a common noun written with its capital, no name
// (no capitals after its first, no initials).
func (v *view) toldNothingOpening(p *tok) bool {
	return p.word && p.capital && !p.shouted && !p.poss && !p.has(cPronoun|cDeterminer|cFieldPeople|cStaff|cFindingNoun|cBetween) && !p.agent() && !personNoun(p.low) && !p.nameKind() &&
		!serviceKinds[singular(p.low)] && !forceKinds[singular(p.low)] && !p.has(cGovernment)
}

// toldNothing reports whether the word before a headline's participle is
// a lower-case noun that can tell nothing: no pronoun, people, staff,
// findings, force or kind of body.
func (v *view) toldNothing(p *tok) bool {
	return p.word && !p.capital && !p.has(cPronoun|cDeterminer|cFieldPeople|cStaff|cFindingNoun|cBetween) && !p.agent() && !personNoun(p.low) && !p.nameKind() &&
		!serviceKinds[singular(p.low)] && !forceKinds[singular(p.low)] && !p.has(cGovernment)
}
