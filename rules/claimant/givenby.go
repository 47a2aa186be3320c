package claimant

// A count whose giver is named only by a passive of giving: "The figure of
// 86 detainees released was given by the Commission of Detainees' Affairs
// in a statement", "The death toll of 212, given by Palestinian health
// officials and not independently verifiable, is likely to rise", "A
// figure of 300, supplied by the Red Crescent, could not be checked".
// Giving is no verb of claim, but a toll or a figure given by someone is
// theirs: the subject names the count and its figure after "of", and the
// agent after "by" reaches back to it. What is given to people ("Aid
// given by the WFP reached 300 families") holds no count noun with its
// figure, and stays unread. ("The figure was given by X", a sentence
// pointing back at the one before, is pointer.go's.)

// givingWords are the past participles of giving a count (frameAt tests
// them one by one, as TestAttributionOpenersCovered reads them).
var givingWords = set("given provided supplied")

// givenBy reads the participle of giving at i after a subject that opens
// on a count noun, "of" and its figure: the agent after "by", reaching
// back to the count.
func (v *view) givenBy(i, lo, hi int) (attr, bool) {
	if !givingWords[v.toks[i].low] || i-3 < lo {
		return attr{}, false
	}
	k := i - 1
	if v.isOne(k, wComma) {
		k--
	} else {
		if !v.is(k, wIs, wWas, wWere, wAre, wBeen) {
			return attr{}, false
		}
		for k > lo && v.is(k, wIs, wWas, wWere, wAre, wBeen, wHas, wHave, wHad) {
			k--
		}
	}
	n, ok := v.countNounOf(lo, k)
	if !ok {
		return attr{}, false
	}
	by := v.byAfterGap(i+1, hi)
	// "The figure was provided to Xinhua by phone by the health office":
	// a means after "by" is passed over to the agent's "by".
	if v.meansBy(by) {
		by += 2
	}
	if !v.isOne(by, wBy) {
		return attr{}, false
	}
	a, b := v.npAfter(by+1, hi)
	if b <= a || !(v.toks[a].capital || v.toks[a].has(cDeterminer)) || v.toks[b-1].has(cTimeNoun) {
		return attr{}, false
	}
	a, b = v.postOfBody(a, b, hi)
	at := attr{src: a, srcEnd: b, anchor: i, kind: kVerb, back: true, reach: n + 1}
	// "given by the mayor of Dschang, Paul Fotso": the holder beside the
	// post, as a passive's agent has (passivegap.go).
	v.agentHolder(&at, hi)
	return at, true
}

// countNounOf reports whether the subject in [lo, k] opens, after at most
// a determiner and a word or two, on a count noun with "of" and a figure
// after it ("The figure of 86", "The death toll of 212"), and returns the
// noun's token.
func (v *view) countNounOf(lo, k int) (int, bool) {
	for n := lo; n <= lo+3 && n+2 <= k; n++ {
		if v.toks[n].has(cTollNoun) && v.isOne(n+1, wOf) && v.toks[n+2].fig {
			return n, true
		}
		if !v.toks[n].word {
			return 0, false
		}
	}
	return 0, false
}

// meansBy reports whether the "by" at k gives a means, a bare lower-case
// noun, before the agent's own "by": "provided to Xinhua by phone by the
// health office", "sent by email by the prison service".
func (v *view) meansBy(k int) bool {
	if !v.isOne(k, wBy) || k+2 >= len(v.toks) || !v.isOne(k+2, wBy) {
		return false
	}
	t := &v.toks[k+1]
	return t.word && !t.capital && !t.has(cDeterminer|cPronoun|cQuantifier)
}
