package claimant

import "strings"

// A findings word in -s right after a body's name is the body's verb when
// a clause follows it: "The Kiel Institute estimates the war has cost
// about 170 billion euros", "Ukraine's air force reports Russia launched
// 90 drones", "The Conflict and Environment Observatory estimates the war
// has left ...". Read as a plural noun with a contact clause after it
// ("estimates the war has"), the clause's subject would be the source;
// but findings named by a body's name have no article of their own, and
// the sentence then has no verb left for them. "The ministry's estimates
// the UN checked show ..." has its possessive, and "estimates the UN
// published" after an article keep the noun.

// namedVerbClause reports whether the word at i, a lower-case -s form of
// a verb of claim or finding, stands right after a body's name: a
// capitalised word that does not open the sentence, or a lower-case kind
// of body or force ("air force", "health ministry"); and the subject of a
// clause, or "that", after it.
func (v *view) namedVerbClause(i int) bool {
	if i < 1 || i+1 >= len(v.toks) {
		return false
	}
	t, p := &v.toks[i], &v.toks[i-1]
	if !t.word || t.capital || !(t.report || t.finding) || !strings.HasSuffix(t.low, "s") {
		return false
	}
	// "The Institute for Fiscal Studies (IFS) estimates the scheme has
	// cost": a name's short name in brackets closes the name as its last
	// word does.
	if k := v.shortNameOpening(i-1, 0); k > 0 && v.toks[k-1].capital {
		if _, _, ok := v.shortNameAt(v.nameBeforeInitials(k, 0), k); ok {
			p = &v.toks[k-1]
		}
	}
	if !p.word || p.has(cDeterminer|cPronoun) {
		return false
	}
	// The clause's subject opens after it: an article, a name or
	// "that". "UN figures show", "Flood records, which" are findings and
	// their verb or aside; "Support Tracker records €88bn" is left to
	// the findings' owner.
	// "Ukraine's air force reports 112 drones launched", "Destatis
	// counts 1.1 million Ukrainians": a number straight after the word is
	// its object, as no plural noun of findings is followed by a count.
	// ("By some UN estimates as many as 14 million": a figure's words
	// may follow findings.)
	if n := &v.toks[i+1]; !(n.word && (n.capital || n.has(cDeterminer) && !n.has(cPronoun)) || v.isOne(i+1, wThat) || (n.fig || n.num) && !n.word && t.report || v.estimatedAt(i)) {
		return false
	}
	if p.capital {
		// "Rainfall records ...": a word capitalised only by opening
		// the sentence is no name; a name in capitals may open it
		// ("UNRWA reports ...").
		return i-1 > 0 || p.shouted && len(p.low) >= 2
	}
	return p.has(cBody) || serviceKindIDs.has(&p.spelling)
}

// estimatedAt reports whether "estimates" at i places a bare noun phrase
// at a figure: "The Kyiv School of Economics estimates direct damage to
// Ukraine's housing stock at $55.9bn". A plural noun of findings is
// followed by its own verb, never by "at" and a figure after its object
// ("The Kiel Institute estimates put total pledges at ..." has "put").
func (v *view) estimatedAt(i int) bool {
	if stem(v.toks[i].low) != stem("estimates") {
		return false
	}
	n := &v.toks[i+1]
	// ("estimates rose to": the noun's own verb.)
	if !n.word || n.capital || n.has(cDeterminer|cPronoun|cPreposition) || n.report || n.finding || v.isVerbLike(i+1) {
		return false
	}
	for k := i + 2; k < len(v.toks) && k <= i+12; k++ {
		if v.boundary(k) || v.isVerbLike(k) && !v.toks[k].poss {
			return false
		}
		if v.isOne(k, wAt) {
			return k+1 < len(v.toks) && (v.toks[k+1].fig || v.toks[k+1].num)
		}
	}
	return false
}
