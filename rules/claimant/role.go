package claimant

import "strings"

// A reporting verb needs a subject and sits where a verb can. In
// "Turnout hits record 72%" or "as Guaíba river hits record level" the
// bare "record" follows "hits", the -s verb of a singular noun that opens
// its clause: the clause has its verb, and "record" modifies what follows.
// The reading goes by position, not by a list of headline verbs; the
// forms that keep a bare word a verb are what a subject looks like before
// one: people, bodies and findings ("Gaza doctors record", "UN agencies
// say", "Home Office figures show"), a name or a demonym before the plural
// ("UN experts", "Israeli forces"), a subject inside a reduced relative
// ("lists the ministry keeps show"), and what only a verb governs after it
// ("estimate that", "say they").

// afterFiniteVerb reports whether the bare form at i (no -s, -ed, -ing or
// past) sits after an -s verb and so is not a verb itself.
func (v *view) afterFiniteVerb(i int) bool {
	if i < 1 {
		return false
	}
	t := &v.toks[i]
	w := t.low
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || t.has(cUnstemmed|cIrregularPast) {
		return false
	}
	if i+1 < len(v.toks) && (v.toks[i+1].has(cPronoun) || v.toks[i+1].low == "that") {
		return false
	}
	p := &v.toks[i-1]
	if !p.word || p.capital || len(p.low) < 4 || !strings.HasSuffix(p.low, "s") || strings.HasSuffix(p.low, "ss") || strings.HasSuffix(p.low, "ies") {
		return false
	}
	stemmed := singular(p.low)
	if p.has(cFieldPeople|cStaff|cFindingNoun) || p.report || p.finding || p.agent() || people[stemmed] || bodyNouns[stemmed] {
		return false
	}
	// The subject before the -s verb: one singular noun, lower-case or the
	// clause's first word, no name's initials or demonym.
	if i < 2 {
		return false
	}
	q := &v.toks[i-2]
	if !q.word || q.has(cDeterminer|cPronoun|cPreposition|cClause) || strings.HasSuffix(q.low, "s") || q.shouted || demonym(q.low) {
		return false
	}
	a := i - 2
	if a > 0 && v.toks[a-1].word && v.toks[a-1].capital {
		a-- // "Guaíba river"
	}
	if q.capital && a != i-2 {
		return false
	}
	// What stands before the subject opens a clause: the sentence's start,
	// punctuation or a conjunction; a noun there makes the subject a
	// reduced relative's ("lists the ministry keeps show").
	if a > 0 && v.toks[a-1].has(cDeterminer) {
		a-- // "the Danube hits"
	}
	if a > 0 {
		b := &v.toks[a-1]
		if b.word && !b.has(cClause|cPreposition) {
			return false
		}
	}
	return true
}
