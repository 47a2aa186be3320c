package claimant

import "strings"

// A sentence after a figure's may point back at it with a pronoun as the
// object of a verb of claim: "Forty-one journalists were killed in the
// first year. Reporters Without Borders counts them; I knew two.", "15
// patients out today. COGAT just confirmed it in a tweet." The verb's
// subject is the figure's source, as in "The IOM counted them." Two
// readings hid it: a verb in -s after a name read as a findings noun the
// name owns ("Reporters Without Borders counts"), and "it" after the verb
// read as the subject of a clause of the source's own doing ("said it had
// targeted a command centre"). An object pronoun is followed by the
// sentence's end, a semicolon, a comma or a preposition, never by a verb.

// pointerObject reports whether "it" or "them" at k, right after a verb
// of claim, is its object pointing back: the sentence's end, a clause
// mark or a preposition follows.
func (v *view) pointerObject(k int) bool {
	if !v.is(k, wIt, wThem) {
		return false
	}
	// "records them all": a quantifier after the pronoun is its own.
	if k+1 < len(v.toks) && (v.toks[k+1].low == "all" || v.toks[k+1].low == "both") {
		k++
	}
	if k+1 >= len(v.toks) {
		return true
	}
	n := &v.toks[k+1]
	return v.boundary(k+1) || n.word && !n.capital && n.has(cPreposition)
}

// verbBeforePointer reports whether the reporting word at i in -s, after
// a capitalised name, is a verb whose object points back: "Reporters
// Without Borders counts them".
func (v *view) verbBeforePointer(i, lo int) bool {
	t := &v.toks[i]
	if !t.report || t.capital || !strings.HasSuffix(t.low, "s") || i-1 < lo || !v.pointerObject(i+1) {
		return false
	}
	p := &v.toks[i-1]
	return p.word && p.capital && !v.toks[i-1].poss
}

// afterPointerObject returns the byte offset of a semicolon right after a
// verb of claim and its object pointing back ("Reporters Without Borders
// counts them; I knew two"): a figure in the clause after it is the
// writer's aside, not the sentence's own. The largest int when there is
// none.
func (v *view) afterPointerObject() int {
	// Most sentences hold no semicolon, as their words say at once.
	if !v.words.has(wSemicolon) || !v.words.has(wThem) && !v.words.has(wIt) {
		return int(^uint(0) >> 1)
	}
	for k := 1; k+1 < len(v.toks); k++ {
		if v.isOne(k+1, wSemicolon) && v.toks[k-1].report && v.pointerObject(k) {
			return v.toks[k+1].start
		}
	}
	return int(^uint(0) >> 1)
}

// deniedSayer reports whether the subject of the verb at i, a few words
// before it, is a denial of anyone: "nobody", "no one", "none" ("almost
// nobody outside Africa is saying it at all").
func (v *view) deniedSayer(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !v.boundary(k); k-- {
		if v.is(k, wNobody, wNone) || v.isOne(k, wNo) && v.toks[k+1].low == "one" {
			return true
		}
	}
	return false
}
