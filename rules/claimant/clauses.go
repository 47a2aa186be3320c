package claimant

import "strings"

// Verb forms that claim nothing, and the phrases some frames cite.

// passive reports whether the verb at i is a passive without its agent:
// "is reported", "are now confirmed dead" (past an adverb). What is
// reported by nobody named claims nothing; "reported by X" is read before.
func (v *view) passive(i int) bool {
	b := i - 1
	if v.is(b, wBe, wBeen, wBeing, wIs, wWas, wWere, wAre) && !strings.HasSuffix(v.toks[i].low, "ing") {
		return true
	}
	return b > 0 && v.toks[b].has(cBetween) && v.is(b-1, wBe, wBeen, wBeing, wIs, wWas, wWere, wAre) && strings.HasSuffix(v.toks[i].low, "ed")
}

// quotedAs reads "TASS quoted the Kremlin as saying that ..." at the verb
// i: the quoted is cited, as after "citing".
func (v *view) quotedAs(i, hi int) (attr, bool) {
	if !strings.HasPrefix(v.toks[i].low, "quot") {
		return attr{}, false
	}
	a, b := v.npAfter(i+1, hi)
	if b > a && v.isOne(b, wAs) {
		return attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true, cite: true}, true
	}
	// "The state-run Sudan News Agency quoted Khalid al-Amin, the health
	// minister of North Darfur state, as saying that ...": the quoted
	// and an appositive in commas before "as".
	if b > a && v.isOne(b, wComma) {
		if e, ok := v.quotedAside(b+1, hi); ok {
			return attr{src: a, srcEnd: b, app: b + 1, appEnd: e, anchor: i, kind: kFrame, back: true, cite: true}, true
		}
	}
	return attr{}, false
}

// maxQuotedAside is how many tokens an appositive between the quoted and
// "as saying" may run to.
const maxQuotedAside = 14

// quotedAside returns where an appositive opening at token s ends, at a
// comma right before "as saying" (or "as telling", "as stating"): a noun
// phrase with no figure, clause word or verb of claim in it.
func (v *view) quotedAside(s, hi int) (int, bool) {
	for k := s; k < hi && k <= s+maxQuotedAside; k++ {
		t := &v.toks[k]
		if v.isOne(k, wComma) {
			return k, k > s && v.isOne(k+1, wAs) && v.is(k+2, wSaying, wTelling, wStating)
		}
		if t.fig || t.has(cClause) || v.boundary(k) {
			return 0, false
		}
	}
	return 0, false
}

// quotedPassive reads "X was quoted (by Y) as saying" at the verb i: X
// said it, and Y, when named, only relays it (convention 2): "..., Minister
// Mehmet Aksoy was quoted by the Anadolu Agency as saying on Tuesday".
func (v *view) quotedPassive(i, lo, hi int) (attr, bool) {
	if i-2 < lo || !strings.HasPrefix(v.toks[i].low, "quot") || !v.is(i-1, wWas, wWere, wIs, wAre, wBeen) {
		return attr{}, false
	}
	k := i + 1
	if v.isOne(k, wBy) {
		_, k = v.npAfter(k+1, hi)
		// "by the Hatay Postasi daily as saying": a word of what the
		// relay is, after its name.
		if k+1 < hi && v.toks[k].word && !v.toks[k].capital && v.isOne(k+1, wAs) {
			k++
		}
	}
	if !v.isOne(k, wAs) || !v.is(k+1, wSaying, wTelling, wStating) {
		return attr{}, false
	}
	e := i - 1
	// "The mayor of Antakya, Kemal Ordu, was quoted by ...": the name in
	// apposition closing the subject (convention 8 writes an
	// office-holder by name).
	if e-1 > lo && v.isOne(e-1, wComma) {
		e--
	}
	x := v.npBefore(e, lo)
	if x >= e {
		return attr{}, false
	}
	// "Environment and Urbanization Minister Mehmet Aksoy": a remit joined
	// by "and" inside a title.
	if x-2 >= lo && v.isOne(x-1, wAnd) && v.toks[x-2].capital && v.toks[x].capital {
		x = v.npBefore(x-1, lo)
	}
	return attr{src: x, srcEnd: e, anchor: i, kind: kVerb, back: x > lo && v.isOne(x-1, wComma) && e == i-1}, true
}

// fronted returns the subject of a clause of time opening the sentence
// when the pronoun "they" or "it" at p opens the main clause after its
// comma: "When UNRWA inspected the schools, it found ...", "After Airwars
// analysts reviewed the footage, they counted ...".
func (v *view) fronted(p int) (int, int, bool) {
	lo := v.skipDateline(0)
	if !v.is(p, wThey, wIt) || !v.isOne(p-1, wComma) || !v.is(lo, wWhen, wAfter, wOnce, wBefore, wWhile) {
		return 0, 0, false
	}
	x, y := v.npAfter(lo+1, p-1)
	// "my colleagues at the Gulf Courier": people and their body.
	if y > x && v.is(y, wAt, wFrom, wWith) {
		if a, b := v.npAfter(y+1, p-1); b > a && a == y+1 {
			y = b
		}
	}
	if y <= x || y >= p-1 || v.toks[x].has(cPronoun) && !v.toks[x].has(cFirstPerson) || !v.toks[y].word || v.toks[y].capital {
		return 0, 0, false
	}
	return x, y, true
}

// citedPhrase is the phrase after "citing" or "according to" at token a:
// a noun phrase, or people counted ("citing two Egyptian security
// sources", "according to two US officials").
func (v *view) citedPhrase(a, hi int) (int, int) {
	x, y := v.npAfter(a, hi)
	if y <= x && a < hi && (v.toks[a].num || v.toks[a].fig) {
		// ("two officials familiar with the shipments": the people are
		// the head before a word that takes a complement.)
		p, q := v.npAfter(a+1, hi)
		for k := p; k < q; k++ {
			if agentNoun(v.toks[k].low) && (k+1 == q || postModifiers[v.toks[k+1].low]) {
				return a, q
			}
		}
	}
	return x, y
}

// thatClauseNoun reports whether the word at j, after a possessive, is a
// noun whose that-clause says what its owner says: "Israel's claim that
// 17,000 of the dead were fighters", "the ministry's warning that ...". A
// verb form read as a noun (claim, warning, estimate) or any lower-case
// noun right before "that" and a figure in the clause.
func (v *view) thatClauseNoun(j, hi int) bool {
	if j+2 >= hi || !v.toks[j].word || v.toks[j].capital || !v.isOne(j+1, wThat) {
		return false
	}
	for k := j + 2; k < hi && k <= j+5 && !v.boundary(k); k++ {
		if v.toks[k].fig {
			return true
		}
	}
	return false
}

// objectBeforeClause returns, when "it" or "they" at p opens a clause of
// "when", "as", "because" or "if" right after a named noun phrase, and
// the sentence's subject is "I" or "we" ("I do not doubt the Ministry of
// Defence when it says", "We trust UNRWA because they count"), that
// phrase: the speaker's object, whom the pronoun takes up.
func (v *view) objectBeforeClause(p int) (int, int, bool) {
	lo := v.skipDateline(0)
	if !v.is(p, wIt, wThey) || p-2 <= lo || !v.is(p-1, wWhen, wAs, wBecause, wIf, wWhenever) {
		return 0, 0, false
	}
	if !v.toks[lo].has(cFirstPerson) || !v.toks[lo].has(cPronoun) {
		return 0, 0, false
	}
	x := v.npBefore(p-1, lo+1)
	if x >= p-1 || x <= lo+1 || !v.named(x, p-1) && !v.definite(x, p-1) {
		return 0, 0, false
	}
	for k := lo + 1; k < x; k++ {
		if v.boundary(k) {
			return 0, 0, false
		}
	}
	return x, p - 1, true
}
