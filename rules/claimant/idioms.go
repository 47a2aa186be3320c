package claimant

import "strings"

// Idioms of claim use "have" where a verb of claim would stand: "As the
// IMF has it, ..." (as it says), "as Moscow would have it" and "The
// monitoring mission has on record 12,340 civilians killed" (has
// recorded). "have" is too common a word for the token loop to read each
// one; idiomAttributions runs only when the sentence holds "have" and
// "it" or "on" (view.words), and compares the two tokens after it.

// idiomAttributions appends the attributions of tokens [lo, hi) written
// with an idiom of "have".
func (v *view) idiomAttributions(lo, hi int, out []attr) []attr {
	w := &v.words
	if !w.has(wHas) && !w.has(wHave) && !w.has(wHad) || !w.has(wIt) && !w.has(wOn) {
		return out
	}
	for k := lo + 1; k+2 <= hi; k++ {
		if !v.is(k, wHas, wHave, wHad) {
			continue
		}
		if a, ok := v.asHasIt(k, lo, hi); ok {
			out = append(out, a)
		} else if a, ok := v.hasOnRecord(k, lo, hi); ok {
			out = append(out, a)
		} else if a, ok := v.hasOnShare(k, lo, hi); ok {
			out = append(out, a)
		}
	}
	return out
}

// asHasIt reads "As the IMF has it, ...", "as Moscow would have it": the
// phrase between "as" and "have" gives the clause beside it, as
// "according to" does. "As the ministry has it on file" is no such aside:
// "it" must close the clause.
func (v *view) asHasIt(k, lo, hi int) (attr, bool) {
	if !v.isOne(k+1, wIt) || k+2 < hi && !v.boundary(k+2) && v.toks[k+2].low != "." {
		return attr{}, false
	}
	e := k
	if v.isOne(e-1, wWould) {
		e--
	}
	a := v.npBefore(e, lo)
	if a >= e || a-1 < lo || !v.isOne(a-1, wAs) || !v.nominal(a, e) || !v.keepsCounts(a, e) {
		return attr{}, false
	}
	return attr{src: a, srcEnd: e, anchor: a - 1, kind: kFrame, back: true}, true
}

// keepsCounts reports whether the phrase [a, e) names who gives figures: a
// name, a body, or people in the plural ("as the IMF has it", "as the
// ministry has it", "as officials have it"). "as the poet has it" says
// whose words the sentence borrows, not whose figure it gives.
func (v *view) keepsCounts(a, e int) bool {
	h := &v.toks[e-1]
	if h.capital || v.named(a, e) {
		return !v.namedThing(a, e)
	}
	return h.has(cBody) || serviceKindIDs.has(&h.spelling) || agentNoun(h.low) && strings.HasSuffix(h.low, "s")
}

// hasOnRecord reads "X has on record N", "X had on file N": X claims N as
// "X has recorded N" would.
func (v *view) hasOnRecord(k, lo, hi int) (attr, bool) {
	if !v.isOne(k+1, wOn) || k+2 >= hi || v.toks[k+2].low != "record" && v.toks[k+2].low != "file" {
		return attr{}, false
	}
	a := v.npBefore(k, lo)
	if a >= k || !v.nominal(a, k) {
		return attr{}, false
	}
	return attr{src: a, srcEnd: k, anchor: k, kind: kVerb}, true
}

// namedThing reports whether the capitalised phrase [a, e) names a thing
// rather than who keeps counts: a name owned by a possessive ("Murphy's
// Law") or joined by "of" or "for" ("the Book of Proverbs"), with no kind
// of body among its words ("the Bank of England", "Pakistan's National
// Disaster Management Authority" and "the Institute for the Study of War"
// are bodies).
func (v *view) namedThing(a, e int) bool {
	joined := false
	for k := a; k < e; k++ {
		t := &v.toks[k]
		if nameKind(t.low) || serviceKindIDs.has(&t.spelling) || t.has(cGovernment) || kindWords[t.low] {
			return false
		}
		if t.poss && k+1 < e || k > a && !t.capital && v.is(k, wOf, wFor) {
			joined = true
		}
	}
	return joined
}

// hasOnShare reads "Opinium has Labour on 31 per cent", "Savanta has them
// on 12 per cent", "Survation has it on 68%": a pollster that "has" a
// party on a share gives the share, as "puts Labour on 31 per cent" does.
// The object is a name or a pronoun of a few words, and the figure after
// "on" a share ("per cent", "%", "points"): "has MPs on 40 select
// committees" and "has been on 40 per cent" (no object) are none.
func (v *view) hasOnShare(k, lo, hi int) (attr, bool) {
	on := -1
	for m := k + 1; m < hi && m <= k+4; m++ {
		if v.isOne(m, wOn) {
			on = m
			break
		}
		t := &v.toks[m]
		if !t.word || t.fig || t.has(cBetween) || v.isOne(m, wBeen) || v.isVerbLike(m) {
			return attr{}, false
		}
	}
	if on <= k+1 || on+1 >= hi || !v.toks[on+1].fig || !v.shareAt(on+1, hi) {
		return attr{}, false
	}
	a := v.npBefore(k, lo)
	if a >= k || !v.nominal(a, k) || !v.keepsCounts(a, k) {
		return attr{}, false
	}
	return attr{src: a, srcEnd: k, anchor: k, kind: kVerb}, true
}

// shareAt reports whether the figure opening at token f is a share: its
// tokens hold "per cent", "percent", "%" or "points".
func (v *view) shareAt(f, hi int) bool {
	for m := f; m < hi && m <= f+4 && v.toks[m].fig; m++ {
		switch v.toks[m].low {
		case "cent", "percent", "%", "points", "pc":
			return true
		}
		if strings.HasSuffix(v.toks[m].low, "%") {
			return true
		}
	}
	return false
}
