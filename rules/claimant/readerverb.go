package claimant

// An opinion writer turns the reader to a source with an imperative
// opening the sentence: "Consider the Kyiv School of Economics, hardly a
// propaganda shop.", "Take the Red Cross, which ...", "Remember the UN's
// own monitors", "Let us take the government at its word.", or presents
// it: "Then there is UNICEF, which no one accuses of bias.". The verb is
// the writer's and no word of the name it points at. Names that open on
// such a word ("Save the Children") are no address to the reader: the
// words below are only those of pointing.
//
// The source so presented is what the sentence is about, its subject for
// the sentences after it: "It says 3,500 children ..." takes it up, and a
// figure after it goes on with its account ("Consider what UNICEF
// reported last month. Some 3,000 children ..."). A place or a thing
// presented ("Consider Sudan.", "Take the long view.") is no source.

// readerVerbs point the reader at what follows ("Read the Red Cross's
// new survey closely", "Check the UN's own figures", "Ask the
// meteorological agency, which warned ...").
var readerVerbs = set("consider take remember recall note compare read check ask")

// readerAddress reports whether token a opens its sentence on a verb
// pointing the reader at the noun phrase after it.
func (v *view) readerAddress(a, hi int) bool {
	return a+1 < hi && v.readerVerbAt(a) && v.opensPresented(a+1)
}

// opensPresented reports whether token k may open what a reader is pointed
// at: an article or a capital, no pronoun ("Ask Me Anything" is a name).
func (v *view) opensPresented(k int) bool {
	return k < len(v.toks) && (v.toks[k].has(cDeterminer) || v.toks[k].capital) && !v.toks[k].has(cPronoun)
}

// readerOpening returns the token after an opening at a that points the
// reader at a source, or a when there is none: a reader verb
// (readerAddress); one after "Let us", "Let's" or "Let me" ("Let us take
// the government at its word"); or "there is" or "there's" with perhaps
// "Then", "And" or "But" before it and "also" after it ("Then there is
// UNICEF").
func (v *view) readerOpening(a, hi int) int {
	if v.readerAddress(a, hi) {
		return a + 1
	}
	if a > 0 && !v.boundary(a-1) || a >= hi || !v.toks[a].capital {
		return a
	}
	if v.letsOpening(a) {
		// ("Let's" is three tokens: the word, the apostrophe and "s".)
		k := a + 2
		if v.toks[a].poss {
			k++
		}
		if k+1 < hi && readerVerbIDs.has(&v.toks[k].spelling) && v.opensPresented(k+1) {
			return k + 1
		}
		return a
	}
	k := a
	if w := v.toks[k].low; w == "then" || w == "and" || w == "but" {
		k++
	}
	if !v.isOne(k, wThere) {
		return a
	}
	switch {
	case v.isOne(k+1, wIs):
		k += 2
	case v.toks[k].poss: // "There's"
		k += 3
	default:
		return a
	}
	if v.isOne(k, wAlso) {
		k++
	}
	if k+1 < hi && v.opensPresented(k) {
		return k
	}
	return a
}

// presentedSource reads the source a sentence opening at lo presents to
// the reader: the noun phrase after the opening when it names someone, no
// place ("Consider the World Food Programme's latest warning.", "Then
// there is UNICEF, which ..."), or the source of the clause after "what"
// ("Consider what Unicef told donors in Geneva this month.").
func (c *call) presentedSource(v *view, lo int) (Claimant, bool) {
	p := v.readerOpening(lo, len(v.toks))
	if p == lo {
		// ("Consider what ...": the verb is followed by no article.)
		if lo+1 >= len(v.toks) || v.toks[lo+1].low != "what" || !v.readerVerbAt(lo) {
			return Claimant{}, false
		}
		for _, a := range v.attributions(lo+2, len(v.toks)) {
			if a.src == lo+2 && a.kind == kVerb && v.opensPresented(a.src) {
				return c.name(v, a)
			}
		}
		return Claimant{}, false
	}
	a, b := v.npAfter(p, len(v.toks))
	if b <= a || v.placeName(a, b) || v.placeName(a+1, b) {
		return Claimant{}, false
	}
	// A name, or a body by its kind: "Let us take the government at its
	// word."; "the numbers", "the long view" are no one.
	if !v.anyCapital(a, b) && !(v.definite(a, b) && (v.toks[b-1].has(cBody) || v.toks[b-1].has(cGovernment))) {
		return Claimant{}, false
	}
	// ("the Kiel Institute's latest tracker": its owner speaks.)
	if x, y := v.reduce(a, b); y > x {
		a, b = x, y
	}
	return c.name(v, attr{src: a, srcEnd: b, anchor: b, kind: kVerb})
}

// readerVerbAt reports whether token a opens its sentence on a reader
// verb, whatever follows.
func (v *view) readerVerbAt(a int) bool {
	if a+1 >= len(v.toks) || a > 0 && !v.boundary(a-1) {
		return false
	}
	t := &v.toks[a]
	// (Every reader verb but "Ask" has four letters or more: "The" is
	// asked no map.)
	return t.word && t.capital && !t.shouted && (len(t.low) >= 4 && readerVerbIDs.has(&t.spelling) || t.low == "ask")
}
