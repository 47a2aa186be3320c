package claimant

import "strings"

// What a pronoun or a definite noun takes up: the person or body named
// before it in the sentence or the one before.

// lastPerson finds the last indefinite phrase for a person in the
// sentence: "a nurse here at Nasser", "an engineer with the council", or
// a body's post: "the director of Nasser hospital".
func (v *view) lastPerson() (int, int, bool) {
	for k := len(v.toks) - 2; k >= 0; k-- {
		// "the director of Nasser hospital": a post of a body, named by
		// it, is a person last named too.
		post := v.isOne(k, wThe) && v.toks[k+1].post() && !v.toks[k+1].capital && v.isOne(k+2, wOf)
		if !post && (!v.is(k, wA, wAn) || !v.toks[k+1].has(cPeople) && !v.toks[k+1].has(cStaff) && !v.capitalsThenPost(k+1)) {
			continue
		}
		// "the head of the emergency room at Al Nao hospital": a post of
		// a unit at a named body runs to the body's name, which it speaks
		// for (reduce reads the unit).
		if post {
			if p, _, ok := v.unitAt(k+2, len(v.toks)); ok {
				// ("Al Nao hospital": a name opening on "Al" apart is
				// read by its capitals.)
				_, q := v.npAfter(p, len(v.toks))
				if q <= p {
					q = v.bodyNameEnd(p)
				}
				if q > p {
					return k, q, true
				}
			}
			// "the head of the civil protection service in Derna": a post
			// of a body named by its kind, in lower case after "the", runs
			// to the body, as a post of a named body does (span.go
			// postOfNamed); a time after it is no part of it. ("the mayor
			// of Dobrich on Tuesday": a capital after "of" is read above
			// and below.)
			if v.isOne(k+3, wThe) && k+4 < len(v.toks) && v.toks[k+4].word && !v.toks[k+4].capital {
				if _, q, ok := v.postOfNamed(k, v.wordsEnd(k+2)); ok {
					return k, v.whenAfterPerson(k, q), true
				}
			}
		}
		// ("a nurse at Al-Awda hospital a little earlier": personwhen.go.)
		if x, y := v.npAfter(k, len(v.toks)); y > x {
			// ("Fatima Idris, a nurse at the camp's clinic":
			// namedwitness.go.)
			if n, e, ok := v.nameBeforeDescription(k, y); ok {
				return n, e, true
			}
			y = v.whenAfterPerson(x, y)
			// "a nurse who fled Khartoum for Aswan": a relative clause
			// closing the sentence says which person she is, and is
			// written with her, as in her own sentence (reduce).
			if y == k+2 && v.isOne(y, wWho) && !v.toks[y].capital {
				e := y + 1
				for e < len(v.toks) && !v.boundary(e) && !v.is(e, wComma, wFullStop) {
					e++
				}
				if e > y+2 && (e == len(v.toks) || v.isOne(e, wFullStop) && e == len(v.toks)-1) {
					// ("a nurse who works for MSF": whom she works for
					// speaks, convention 1.)
					if p, q, ok := v.worksFor(y, e); ok {
						return p, q, true
					}
					y = e
				}
			}
			return x, y, true
		}
	}
	return 0, 0, false
}

// commonOpening reports whether tokens [x, y) are one plural word opening
// the sentence that no alias names ("Troops", "Rescuers").
func (c *call) commonOpening(v *view, x, y int) bool {
	// "Independent candidates backed by ...": a plural head in lower case
	// after words capitalised only by opening the sentence.
	if x == 0 && y-x > 1 && !v.toks[x].shouted && strings.HasSuffix(v.toks[y-1].low, "s") && !v.anyCapital(x+1, y) {
		_, named := c.lookup(v, x, y)
		return !named
	}
	if x != 0 || y-x != 1 || v.toks[x].shouted || !strings.HasSuffix(v.toks[x].low, "s") {
		return false
	}
	_, named := c.lookup(v, x, y)
	return !named
}

// definite reports whether tokens [s, e) are "the" and a lower-case noun:
// "the agency", "the ministry", a body named before.
func (v *view) definite(s, e int) bool {
	return e-s == 2 && v.isOne(s, wThe) && v.toks[s+1].word && !v.toks[s+1].capital
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

// anaphoric: the source is a pronoun, a post a pronoun owns ("its chief
// executive") or a findings noun with no owner.
func (v *view) anaphoric(a attr) bool {
	t := &v.toks[a.src]
	if a.srcEnd-a.src == 1 && t.has(cPronoun) && !t.has(cFirstPerson) || v.pronounPost(a) {
		return true
	}
	// "the analysis", "the statement", and "official results" with no
	// determiner: findings nobody in the phrase owns.
	// "Provisional results": a capital that only opens the sentence.
	if (t.has(cDeterminer) || !v.anyCapital(a.src, a.srcEnd) || a.src == 0 && !v.anyCapital(a.src+1, a.srcEnd) && !demonym(t.low)) && a.srcEnd-a.src <= 3 && (v.toks[a.srcEnd-1].has(cFindingNoun) || v.toks[a.srcEnd-1].backNoun()) {
		_, _, owned := v.owner(a.srcEnd-1, a.src)
		_, _, made := v.madeBy(a.srcEnd-1, len(v.toks))
		// ("An exit poll gave ...": no findings to take up, pollkind.go.)
		return !owned && !made && v.unownedPoll(a.srcEnd-1, a.src) != a.src
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

// speakersBody names, when attribution a's source is "the" and a kind of
// body ("the group", "the charity") inside the clause of an outer verb
// whose source speaks for a body ("A Hamas official told RNA the group
// expected ...", "Claire Mbeki, who coordinates Médecins Sans
// Frontières' work, said the charity had recorded ..."), that body: the
// speaker's own, as "it" would be.
func (c *call) speakersBody(v *view, atts []attr, a attr) (Claimant, bool) {
	if a.kind != kVerb || !v.definite(a.src, a.srcEnd) || !v.toks[a.srcEnd-1].has(cBody) {
		return Claimant{}, false
	}
	for _, o := range atts {
		// (The kind opens the verb's complement, "said the charity had",
		// "told RNA the group": a clause further on has its own subject.)
		if !v.opensComplement(o, a) {
			continue
		}
		// The speaker narrowed to a body: an id, or a body named in the
		// words beside the person ("who coordinates MSF's work").
		if cl, ok := c.name(v, o); ok && (cl.ID != "" || o.app < o.appEnd && cl.Start >= v.toks[o.app].start) {
			return cl, true
		}
	}
	return Claimant{}, false
}

// opensComplement reports whether attribution a's source opens the
// complement of outer verb o: at most four tokens after it with no mark
// between ("said the charity had", "told RNA the group"; a clause further
// on has its own subject), inside what o covers.
func (v *view) opensComplement(o, a attr) bool {
	if o.kind != kVerb || o.back || o.anchor >= a.src || a.src-o.anchor > 4 || v.anaphoric(o) || v.punctIn(o.anchor+1, a.src) {
		return false
	}
	_, ok := v.covers(o, a.src)
	return ok
}

// punctIn reports whether a punctuation mark stands in tokens [s, e).
func (v *view) punctIn(s, e int) bool {
	for k := s; k < e; k++ {
		if v.punct(k) {
			return true
		}
	}
	return false
}

// bodyNameEnd returns where a body's name opening at token p ends: its
// capitalised words, with a determiner before them, and a lower-case kind
// closing them ("Al Nao hospital", "the Saudi Hospital"); p when none.
func (v *view) bodyNameEnd(p int) int {
	q := p
	if q < len(v.toks) && v.toks[q].has(cDeterminer) {
		q++
	}
	n := q
	for q < len(v.toks) && (v.toks[q].word && v.toks[q].capital || q > n && v.isOne(q, wDash) && !v.toks[q].space) {
		q++
	}
	if q == n {
		return p
	}
	if q < len(v.toks) && v.toks[q].word && !v.toks[q].capital && nameKind(v.toks[q].low) {
		q++
	}
	return q
}

// postOfNamedBody reads a person last named by a post "of" a named body,
// [x, y) "the head of the Ukrainian Red Cross in Kharkiv": the body, its
// place cut, which she speaks for as in her own sentence ("the head of
// the Ukrainian Red Cross said" is the Red Cross's). A post of a body
// named by its kind ("the head of the clinic") or of a place stays.
func (v *view) postOfNamedBody(x, y int) (int, int, bool) {
	k := x
	if v.isOne(k, wThe) {
		k++
	}
	if k+2 >= y || !v.toks[k].post() || v.toks[k].capital || !v.isOne(k+1, wOf) {
		return 0, 0, false
	}
	a, b := v.npAfter(k+2, y)
	if v.isOne(a, wThe) {
		a++
	}
	if b <= a || !v.toks[a].capital || !v.named(a, b) || v.placeName(a, b) {
		return 0, 0, false
	}
	return a, v.namePlace(a, b), true
}

// capitalsThenPost reports whether a body's name of capitalised words opens
// at k and a post closes it: "a Metro Transit spokesperson", "an UNRWA
// spokesman", "an Oxfam official". The person last named is in the
// body's post, and speaks for it as "a spokesman for Metro Transit" does.
func (v *view) capitalsThenPost(k int) bool {
	n := k
	for n < len(v.toks) && n < k+4 && v.toks[n].word && v.toks[n].capital && !v.toks[n].has(cDeterminer) {
		n++
	}
	return n > k && n < len(v.toks) && v.toks[n].post() && !v.toks[n].capital
}

// wordsEnd returns the first token at or after i that is no word: where a
// run of words (a name, a post and its body) ends.
func (v *view) wordsEnd(i int) int {
	for i < len(v.toks) && v.toks[i].word {
		i++
	}
	return i
}
