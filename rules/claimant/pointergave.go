package claimant

// A pointer back as the object of a verb of origin: a subject that gave the
// figure ("supplied those numbers"), directly (gaveThat, with the words its
// object is made of) or in a relative clause ("UNICEF, which supplied the
// figure, said ...": relativeGiver).

import "strings"

// gaveThat reads a sentence whose named subject gives, by a verb of
// origin, an object pointing back ("supplied those numbers", "gave that
// length"), past an aside in commas after the subject: the subject, with
// the aside as its appositive.
func (v *view) gaveThat() (attr, bool) {
	if !v.objectWords() {
		return attr{}, false
	}
	n := len(v.toks)
	lo := v.skipDateline(0)
	// "We did not count these lorries ourselves; the Jordanian Red
	// Crescent gave it to us": past the writer's own clause, the clause after its
	// semicolon.
	semi := false
	if lo < n && v.toks[lo].has(cFirstPerson) {
		for k := lo + 1; k < n-2; k++ {
			if v.toks[k].low == ";" {
				lo, semi = k+1, true
				break
			}
		}
	}
	a, b := v.npAfter(lo, n)
	// ("Our reporters checked 140 of them to reach that figure": the
	// writer's own people reaching it, convention 3; "They compiled that
	// figure" points at no one named.)
	if b <= a || !(v.toks[a].capital || semi && v.isOne(a, wThe) && v.toks[a+1].capital) || v.toks[a].has(cPronoun) && !(v.toks[a].has(cFirstPerson) && v.reachedFor(b)) {
		return attr{}, false
	}
	// ("Our reporters ... to reach that figure": the outlet's own
	// people are the outlet, written "Our", as when they count, reduce.)
	if v.is(a, wOur, wMy) && b == a+2 && ownPeople(v.toks[a+1].low) && v.reachedFor(b) {
		return attr{src: a, srcEnd: a + 1, anchor: b}, true
	}
	k := b
	// "Officials who run the crossing gave that length": a relative
	// clause with no commas is part of the subject.
	if v.is(k, wWho, wThat) {
		for m := k + 1; m < n && m <= k+8 && !v.boundary(m); m++ {
			if origin(v.toks[m].low) && v.is(m+1, wThat, wThose, wThis, wThese) {
				b, k = m, m
				break
			}
		}
	}
	at := attr{src: a, srcEnd: b, anchor: b}
	if v.isOne(k, wComma) {
		for k++; k < n && !v.boundary(k); k++ {
		}
		if !v.isOne(k, wComma) {
			return attr{}, false
		}
		if k > b+1 {
			at.app, at.appEnd = b+1, k
		}
		// "The Anadolu agency, citing the governor's office, gave the
		// toll": a relay's aside names the source it gives, which the
		// frame readers take.
		if w := v.toks[b+1].low; w == "citing" || w == "quoting" {
			return attr{}, false
		}
		k++
	}
	for k < n && v.toks[k].has(cBetween) {
		k++
	}
	if k+3 > n {
		return attr{}, false
	}
	// "gave it to me", "passed it to us": the pronoun points back at
	// what the writer was given.
	if k+3 < n && origin(v.toks[k].low) && v.isOne(k+1, wIt) && v.isOne(k+2, wTo) && (v.isOne(k+3, wUs) || v.toks[k+3].low == "me") && (k+4 >= n || v.boundary(k+4) || v.isOne(k+4, wFullStop)) {
		return at, true
	}
	if origin(v.toks[k].low) && v.is(k+1, wThat, wThose, wThis, wThese) {
		// "gave that length", "supplied those numbers": a noun closing
		// the clause, or its object ("gave those numbers a short while
		// ago", toldback.go objectClosed).
		if m := k + 2; v.toks[m].word && !v.toks[m].capital && (v.boundary(m+1) || v.objectClosed(m+1)) {
			return at, true
		}
	}
	// "IOM field monitors compiled that figure from interviews",
	// "Engineers from Istanbul Technical University presented the survey
	// to reporters", "Researchers at the FAO drew the figure from
	// satellite imagery": whatever the verb, its object points back when
	// it is a demonstrative and a noun, or "the" and a noun for a figure or
	// findings, ending the clause or followed by a preposition. A verb of
	// doubt ("disputed that figure") takes it from someone else.
	// "Xinhua obtained the figure from the Afghan Ministry of ...": the
	// giver, not the subject (obtainedfrom.go).
	if g, ok := v.obtainedFrom(k); ok {
		return g, true
	}
	if v.pastVerb(k) && !doubting(v.toks[k].low) && v.backObject(k+1) {
		return at, true
	}
	// "Human Rights Watch arrived at that estimate after surveying
	// hundreds of schools", "the agency came up with the figure": a verb
	// of reaching a figure with its particle, as "reached that estimate".
	if o := v.reachedAt(k); o > k && v.backObject(o) {
		return at, true
	}
	// "Our reporters checked 140 of them over three nights to reach
	// that figure": a purpose clause of reaching the figure closing the
	// subject's clause (reachedFor).
	if v.reachedFor(k) {
		return at, true
	}
	// "Foreign Minister Yoko Kamikawa gave the amount at a press
	// conference": a sum pointed back at, given by a verb of telling
	// (pointerorigin.go).
	if v.toldSum(k) {
		return at, true
	}
	// "Gaza's civil defence agency gave us that number", "Regional Gov.
	// Oleksandr Prokudin reported the casualties on Telegram",
	// "Palestinian health officials give toll": see toldback.go.
	if v.toldBack(k) {
		return at, true
	}
	return attr{}, false
}

// objectWords reports whether the sentence holds a word every object
// gaveThat reads is made of: a noun for a figure or findings ("drew the
// figure", "gave us the survey") or one of gaveObjectWords. Most
// sentences after a figure's have none, and their subject, the costly
// read, is not read.
func (v *view) objectWords() bool {
	if v.marks&spBackNoun != 0 {
		return true
	}
	for i := range v.toks {
		if v.toks[i].cls&(cFindingNoun|cGaveObject) != 0 {
			return true
		}
	}
	return false
}

// reachedAt returns where the object starts after a verb of reaching a
// figure and its particle at k ("arrived at", "arrives at", "came up
// with", "come up with"), or k when there is none.
func (v *view) reachedAt(k int) int {
	if k+2 >= len(v.toks) {
		return k
	}
	w := v.toks[k].low
	if strings.HasPrefix(w, "arriv") && v.isOne(k+1, wAt) {
		return k + 2
	}
	if v.is(k, wCame, wCome) && v.isOne(k+1, wUp) && v.isOne(k+2, wWith) {
		return k + 3
	}
	return k
}

// reachingVerbs reach a figure in a purpose clause: "to reach that
// figure", "to produce those numbers", "to calculate the estimate".
var reachingVerbs = set("reach produce compile calculate compute arrive come")

// reachedFor reports whether the clause opening with the verb at k, after
// its subject, closes on a purpose clause of reaching a figure pointed
// back at: "checked 140 of them over three nights in November to reach
// that figure", "combed 312 bulletins to arrive at the estimate". The
// subject's work made the figure, as "arrived at that estimate after
// surveying" says (reachedAt). "to" must follow the verb's own words, with
// no clause boundary between.
func (v *view) reachedFor(k int) bool {
	n := len(v.toks)
	if k >= n || !v.pastVerb(k) || doubting(v.toks[k].low) {
		return false
	}
	// ("promised to reach that figure by spring": a target, no work
	// done; the verb's own words come before "to".)
	for m := k + 2; m+2 < n && m <= k+16 && !v.boundary(m); m++ {
		if !v.isOne(m, wTo) || !reachingVerbs[v.toks[m+1].low] {
			continue
		}
		o := m + 2
		if r := v.reachedAt(m + 1); r > m+1 {
			o = r
		} else if v.toks[m+1].low == "arrive" || v.isOne(m+1, wCome) {
			return false
		}
		return v.backObject(o)
	}
	return false
}

// gaveObjectWords are the other words gaveThat's objects are made of: a
// demonstrative ("gave that length", "supplied those numbers"), the
// casualties ("reported the deaths") and a sum ("gave the amount"). They
// are a class (cGaveObject), so that objectWords tests each token with a
// bit, not a look-up.
var gaveObjectWords = func() map[string]bool {
	m := set("this that these those")
	for _, l := range []map[string]bool{casualtyWords, sumNouns} {
		for w := range l {
			m[w] = true
		}
	}
	return m
}()

// pastVerb reports whether token k is a lower-case verb in the past: an
// -ed form or an irregular past ("drew", "gave", "made").
func (v *view) pastVerb(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && (len(t.low) > 3 && strings.HasSuffix(t.low, "ed") || t.has(cIrregularPast))
}

// backObject reports whether an object pointing back at the sentence
// before opens at token k: "that figure", "those numbers", "the figure",
// "the survey", closed by the clause's end or a preposition.
func (v *view) backObject(k int) bool {
	if k+2 > len(v.toks) {
		return false
	}
	m := k + 1
	if v.isOne(k, wThe) && m < len(v.toks) && v.toks[m].word && !v.toks[m].capital && !v.toks[m].backNoun() && !v.toks[m].has(cFindingNoun) && !v.toks[m].inLexicon() {
		m++ // "the casualty figure": one modifier
	}
	if m >= len(v.toks) {
		return false
	}
	n := &v.toks[m]
	switch {
	case v.is(k, wThat, wThose, wThis, wThese):
		if !n.word || n.capital || !(n.backNoun() || n.has(cFindingNoun)) {
			return false
		}
	case v.isOne(k, wThe):
		if !n.word || n.capital || !(n.backNoun() || n.has(cFindingNoun)) {
			return false
		}
	default:
		return false
	}
	// ("gave that estimate a week after the breach": a span of time
	// closes the clause as a preposition does.)
	// ("arrived at that estimate after surveying hundreds of schools":
	// how it was reached, a word and a gerund, closes it too.)
	// ("gave the figure early on Monday": "late" or "early" before the
	// time says when, as the time alone does.)
	return v.boundary(m+1) || m+1 < len(v.toks) && (v.toks[m+1].has(cPreposition) && !v.isOne(m+1, wOf) || v.spanAgo(m+1, len(v.toks)) || v.toks[m+1].word && !v.toks[m+1].capital && v.gerund(m+2) ||
		v.is(m+1, wLate, wEarly) && v.timeAfter(m+1, len(v.toks)))
}

// relativeGiver reads a named subject [a, b) whose relative clause in
// commas gave what it points back at ("UNICEF, which supplied the figure,
// said ..."), and returns the pointer at j. Most sentences have neither
// "which" nor "who", and their subject is not read.
func (v *view) relativeGiver() (a, b, j int, ok bool) {
	if !v.words.has(wWhich) && !v.words.has(wWho) {
		return 0, 0, 0, false
	}
	n := len(v.toks)
	if a, b = v.npAfter(0, n); b <= a || !v.toks[a].capital || !v.isOne(b, wComma) || !v.is(b+1, wWhich, wWho) {
		return 0, 0, 0, false
	}
	for j := b + 2; j < n && j <= b+5 && !v.boundary(j); j++ {
		if j+1 < n && v.is(j, wThe, wThat, wThis) && v.toks[j+1].backNoun() && v.boundary(j+2) {
			return a, b, j, true
		}
	}
	return 0, 0, 0, false
}
