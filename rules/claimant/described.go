package claimant

import "strings"

// A transcript label names its speaker, then may say who she is after a
// comma: her body ("SARAH OKAFOR, UNRWA"), her post in it ("OMAR FARES,
// CIVIL DEFENCE SPOKESMAN, GAZA"), or a description of a person speaking
// for herself ("SAMIR ABU JARAD, DISPLACED RESIDENT", "PROF. DAVID LANG,
// EPIDEMIOLOGIST", "MARIAM, DISPLACED FROM KHAN YOUNIS"). Convention 8: a
// body is its speaker's; a description gives way to the name.

// describesPerson reports whether the label segment [s, e) describes a
// person rather than naming a body: its head, the word before its first
// preposition or its last word, is a person noun that is no post ("RESIDENT",
// "VOLUNTEER", "EPIDEMIOLOGIST"), or a participle and a preposition
// describing her ("DISPLACED FROM KHAN YOUNIS", "DISPLACED MOTHER OF
// FOUR").
func (v *view) describesPerson(s, e int) bool {
	if s >= e {
		return false
	}
	h := e - 1
	for k := s + 1; k < e; k++ {
		if v.toks[k].has(cPreposition) {
			h = k - 1
			break
		}
	}
	t := &v.toks[h]
	if !t.word || t.post() || showRoles[t.low] {
		return false
	}
	w := t.low
	switch {
	case people[w] && !strings.HasSuffix(w, "s") && w != "people":
		return true
	case len(w) > 6 && strings.HasSuffix(w, "ist"):
		// "EPIDEMIOLOGIST", "ECONOMIST": a person's calling.
		return true
	}
	// "DISPLACED FROM KHAN YOUNIS", "DISPLACED MOTHER OF FOUR": a
	// participle opening the segment, with a preposition right after it
	// or after the one noun it qualifies, says what befell a person. A
	// body's name may open with an -ed word too ("UNITED NATIONS",
	// "ASSOCIATED PRESS", "ALLIED HEALTH WORKERS UNION"), but goes on with
	// names, not a phrase on where or what from.
	o := v.toks[s].low
	if e-s < 2 || len(o) <= 5 || !strings.HasSuffix(o, "ed") {
		return false
	}
	link := func(k int) bool { return k < e && (v.toks[k].has(cPreposition) || v.is(k, "of")) }
	return link(s+1) || link(s+2)
}

// postSegment returns, for a label whose last segment [ls, e) follows a
// segment ending in a post with words before it ("CIVIL DEFENCE
// SPOKESMAN, GAZA"), that segment's bounds: the post's body speaks, and the
// segment after it says where. ok is false otherwise.
func (v *view) postSegment(start, ls int) (int, int, bool) {
	pe := ls - 1 // the comma before the last segment
	if pe <= start || !v.is(pe, ",") {
		return 0, 0, false
	}
	ps := start
	for k := pe - 1; k > start; k-- {
		if v.is(k, ",") {
			ps = k + 1
			break
		}
	}
	if ps == start || pe-ps < 2 || !v.toks[pe-1].post() {
		return 0, 0, false
	}
	return ps, pe, true
}

// afterTitle skips a personal title opening a name in [s, e) ("PROF. DAVID
// LANG", "DR AMIRA SAID"): the title is not the name outlets agree on.
func (v *view) afterTitle(s, e int) int {
	if e-s > 2 && v.is(s, "dr", "mr", "mrs", "ms", "prof", "professor") {
		s++
		if v.is(s, ".") {
			s++
		}
	}
	return s
}
