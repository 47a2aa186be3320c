package claimant

import "strings"

// Choosing among a sentence's attributions the one that covers a figure,
// and what a pronoun or a definite noun takes up.

// lastPerson finds the last indefinite phrase for a person in the
// sentence: "a nurse here at Nasser", "an engineer with the council".
func (v *view) lastPerson() (int, int, bool) {
	for k := len(v.toks) - 2; k >= 0; k-- {
		if !v.is(k, "a", "an") || !people[v.toks[k+1].low] && !v.toks[k+1].has(cStaff) {
			continue
		}
		if x, y := v.npAfter(k, len(v.toks)); y > x {
			return x, y, true
		}
	}
	return 0, 0, false
}

// commonOpening reports whether tokens [x, y) are one plural word opening
// the sentence that no alias names ("Troops", "Rescuers").
func (c *call) commonOpening(v *view, x, y int) bool {
	if x != 0 || y-x != 1 || v.toks[x].shouted || !strings.HasSuffix(v.toks[x].low, "s") {
		return false
	}
	_, named := c.lookup(v, x, y)
	return !named
}

// definite reports whether tokens [s, e) are "the" and a lower-case noun:
// "the agency", "the ministry", a body named before.
func (v *view) definite(s, e int) bool {
	return e-s == 2 && v.is(s, "the") && v.toks[s+1].word && !v.toks[s+1].capital
}

// genericBodies are head nouns that take up any claimant named before:
// "UNRWA ... the agency", "the IOM ... the organisation".
var genericBodies = set("agency organisation organization mission")

// corefer finds the configured claimant a definite "the <head>" takes up
// among tokens [0, e) of view w: the last alias named whose own last word
// is head ("the health ministry's ... the ministry"), or any alias for a
// generic body ("the agency").
func (c *call) corefer(w *view, e int, head string) (string, bool) {
	if genericBodies[head] {
		return c.lookupLast(w, 0, e)
	}
	for k := e - 1; k >= 0; k-- {
		id, n := c.aliasStarting(w, k, k, e, 0)
		if n == 0 {
			continue
		}
		last := k
		for m := k; m < e && n > 0; m++ {
			if w.toks[m].word || w.toks[m].num {
				last, n = m, n-1
			}
		}
		if w.toks[last].low == head {
			return id, true
		}
	}
	return "", false
}

// named reports whether tokens [a, b) hold a capitalised word other than
// an opening determiner: a name, not "The strikes".
func (v *view) named(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].fig || v.toks[k].num {
			return false
		}
	}
	for k := a; k < b; k++ {
		if v.toks[k].capital && !v.toks[k].has(cDeterminer) && v.toks[k].word {
			return true
		}
	}
	return false
}

// anaphoric: the source is a pronoun or a findings noun with no owner.
func (v *view) anaphoric(a attr) bool {
	t := &v.toks[a.src]
	if a.srcEnd-a.src == 1 && t.has(cPronoun) && !t.has(cFirstPerson) {
		return true
	}
	// "the analysis", and "official results" with no determiner: findings
	// nobody in the phrase owns.
	if (t.has(cDeterminer) || !v.anyCapital(a.src, a.srcEnd)) && a.srcEnd-a.src <= 3 && v.toks[a.srcEnd-1].has(cFindingNoun) {
		_, _, owned := v.owner(a.srcEnd-1, a.src)
		_, _, made := v.madeBy(a.srcEnd-1, len(v.toks))
		return !owned && !made
	}
	return false
}

// anyCapital reports whether tokens [a, b) hold a capitalised word.
func (v *view) anyCapital(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].capital {
			return true
		}
	}
	return false
}

// choose picks, among the attributions that cover token ft, the innermost:
// one citing its source first, then the nearest.
func choose(v *view, atts []attr, ft int) (attr, bool) {
	best, bestDist := -1, 1<<30
	for k, a := range atts {
		dist, ok := v.covers(a, ft)
		if !ok {
			continue
		}
		if a.cite || a.bracket {
			dist = -1
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best < 0 {
		return attr{}, false
	}
	return atts[best], true
}

// covers reports whether attribution a reaches token ft, and how far.
func (v *view) covers(a attr, ft int) (int, bool) {
	if ft >= a.src && ft < a.srcEnd || a.app < a.appEnd && ft >= a.app && ft < a.appEnd {
		return 0, false // the figure is inside the source's words
	}
	switch a.kind {
	case kPossFig:
		return 0, ft == a.anchor
	case kLabel:
		return 1 << 20, ft > a.anchor
	}
	lo, hi := a.src, a.anchor
	if a.anchor < lo {
		lo = a.anchor
	}
	if a.srcEnd > hi {
		hi = a.srcEnd
	}
	if ft > hi {
		// Forward: "X said that ... 153", "X's count rose by 71".
		if v.clauseBreak(hi, ft) || v.timeFrame(hi, ft) {
			return 0, false
		}
		return ft - hi, true
	}
	if ft < lo {
		if v.clauseBreak(ft, lo) {
			return 0, false
		}
		if a.back || a.kind == kFrame {
			return lo - ft, true
		}
		// "the 13,000 children the ministry says have died".
		if lo-ft <= 4 && !v.punctBetween(ft, lo) {
			return lo - ft, true
		}
	}
	return 0, false
}

// frameWords stand before "after" or "before" in a writer's time frame.
var frameWords = set("hours hour days day weeks week months month minutes a an just only shortly barely mere few several two three")

// timeFrame reports a writer's time frame between tokens a and b: ",
// hours after a truce ... collapsed", ", days before the vote". What the
// source said ends before it.
func (v *view) timeFrame(a, b int) bool {
	for i := a; i < b; i++ {
		if !v.is(i, ",") {
			continue
		}
		for k := i + 1; k < b && k <= i+4; k++ {
			if v.is(k, "after", "before") {
				if k > i+1 {
					return true
				}
				break
			}
			if !v.toks[k].has(cTimeFrame) {
				break
			}
		}
	}
	return false
}

// clauseBreak reports a semicolon between tokens a and b: an attribution
// does not reach over one.
func (v *view) clauseBreak(a, b int) bool {
	for i := a; i < b; i++ {
		if v.toks[i].low == ";" {
			return true
		}
	}
	return false
}

func (v *view) punctBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if v.punct(i) && !v.toks[i].fig && v.toks[i].low != "'" && v.toks[i].low != "-" {
			return true
		}
	}
	return false
}
