package claimant

// A body's running count named by a word that is no findings noun on its
// own, "toll", "total" or "claim", is still the body's findings when the
// body owns it and the figure follows "of": "The ministry's total of
// 32,916 includes ...", "Kyiv's claim of 600,000 Russian casualties may be
// inflated", "in 2014 its toll of 2,310 was close to the UN's". Alone the
// words are the metric or a claim of something ("the toll rose to 300",
// "a total of 40 trucks", "claims of abuse"), and a place's or an event's
// toll is what was counted, not who counted it ("Gaza's toll of 30,000",
// "the quake's toll of 50,000"), so only an owner that can speak, a
// capitalised name that is no place, a body by its kind or a pronoun to
// be taken up, owns the figure.

// ownedTally reads the word at i, "toll", "total" or "claim", as an
// owner's findings: an owner before it (perhaps past a modifier or two,
// "its verified toll"), "of" after it, and a figure within two words of
// "of" ("of around 45,000"). It returns the owner as findings' source.
func (v *view) ownedTally(i, lo, hi int) (attr, bool) {
	if !v.isOne(i+1, wOf) || v.toks[i].capital {
		return attr{}, false
	}
	k := i + 2
	for k < hi && k < i+4 && v.toks[k].word && !v.toks[k].fig && !v.toks[k].capital {
		k++
	}
	if k >= hi || !v.toks[k].fig {
		return attr{}, false
	}
	a, b, ok := v.owner(i, lo)
	if !ok || b <= a {
		return attr{}, false
	}
	// ("Kyiv's claim of 600,000": only a speaker claims, so a capital's
	// claim is its government's; a place's toll is what was counted.)
	if v.toks[i].low != "claim" && !v.speakingOwner(a, b) {
		return attr{}, false
	}
	return attr{src: a, srcEnd: b, anchor: i, kind: kFindings}, true
}

// speakingOwner reports whether the owner [a, b) read before a count can
// have made it: "its" or "their" (taken up later), a capitalised name that
// is no place, or a phrase closed by a body's kind ("the ministry").
// Only a possessive owns: "The combined Turkey-Syria toll" has a
// modifier, no owner. A place is tested on the name the possessive
// closes, alone and with the capitalised words before it, so "Is Gaza's
// death toll" and "banners with Gaza's toll" stay a place's.
func (v *view) speakingOwner(a, b int) bool {
	if v.is(a, wIts, wTheir) && b == a+1 {
		return true
	}
	last := &v.toks[b-1]
	if !last.poss {
		return false
	}
	if last.capital {
		n := b - 1
		for n > a && v.toks[n-1].word && v.toks[n-1].capital && !v.toks[n-1].poss {
			n--
		}
		return !v.placeName(b-1, b) && !v.placeName(n, b)
	}
	return last.has(cBody)
}
