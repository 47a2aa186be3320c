package claimant

import "strings"

// A next sentence may name the figure's source as its subject and say so
// in the predicate: "The WHO's attack surveillance system is the source.",
// "The Kenya Fisheries Service is the source of that figure.", "Kenya's
// interior ministry was the source for those numbers." It points back as
// "The figure comes from ..." does, the other way round. "The storm is the
// source of the flooding" names a cause, not the figure's source: the
// predicate closes there, or its "of" or "for" takes up a figure.

// sourcePredicate reads view v's subject [a, b) before "is the source"
// or "was the source", named (a capital in it past its first word, a name
// closing it, initials or a possessive opening it, or a body's kind or
// people closing it), and returns the copula at k.
func (v *view) sourcePredicate() (a, b, k int, ok bool) {
	// Most sentences have no "source": their subject is not read.
	if !v.words.has(wSource) {
		return 0, 0, 0, false
	}
	n := len(v.toks)
	// ("22:30 — OCHA's flash update ...": past a live blog's stamp.)
	a, b = v.npAfter(v.skipDateline(0), n)
	k = v.copulaPastAside(a, b)
	// "Volunteers digging since dawn are the source": a participle
	// read into the subject's phrase is no word of its name.
	if k > b && b-1 > a && !v.toks[b-1].capital && strings.HasSuffix(v.toks[b-1].low, "ing") {
		b--
	}
	if b <= a || k+2 >= n || !copulaIDs.has(&v.toks[k].spelling) || !v.isOne(k+1, wThe) || v.toks[k+2].low != "source" {
		return 0, 0, 0, false
	}
	// ("Poor drainage was the source": a sentence's first capital names
	// no one unless it is a name's, closing the phrase, owning its head
	// or written in capitals.)
	first := &v.toks[a]
	if last := &v.toks[b-1]; !(a+1 < b && v.anyCapital(a+1, b)) && !last.capital && !first.shouted && !v.isOne(a+1, wApostrophe) && !last.has(cBody) && !personNoun(last.low) && !agentNoun(last.low) {
		return 0, 0, 0, false
	}
	j := k + 3
	if v.is(j, wOf, wFor) {
		if !v.is(j+1, wThat, wThis, wThese, wThose, wThe) || j+2 >= n || !(v.toks[j+2].backNoun() || v.toks[j+2].has(cFindingNoun)) {
			return 0, 0, 0, false
		}
		j += 3
	}
	if j < n && !v.boundary(j) {
		return 0, 0, 0, false
	}
	return a, b, k, true
}

// copulaPastAside returns the copula of "is the source" after the subject
// [a, b) and what it says of itself: an aside in commas ("OCHA's flash
// update, published a few minutes ago, is the source"), a relative
// clause ("Neighbours who have been digging since dawn are the source")
// or a participle's phrase, none with a figure of its own (a time ago is
// none, agofigure.go). It returns b when the copula follows the subject
// at once, or when no such copula closes the sentence.
func (v *view) copulaPastAside(a, b int) int {
	n := len(v.toks)
	if b <= a || b >= n || copulaIDs.has(&v.toks[b].spelling) {
		return b
	}
	t := &v.toks[b]
	if !v.isOne(b, wComma) && !v.is(b, wWho, wWhich, wThat) && !(t.word && !t.capital && strings.HasSuffix(t.low, "ing")) {
		return b
	}
	for k := b + 1; k+2 < n; k++ {
		if v.toks[k].fig && !v.agoFigure(k) {
			return b
		}
		if copulaIDs.has(&v.toks[k].spelling) && v.isOne(k+1, wThe) && v.toks[k+2].low == "source" {
			return k
		}
	}
	return b
}
