package claimant

// "lists" as a verb of account: "Oryx, which counts only losses documented
// in photographs or video, lists 2,900 Russian tanks destroyed", "The
// health ministry's breakdown, published on Saturday, lists 12,300
// children". A tracker or a body that lists a number of things claims it,
// as one that counts or records them does. "list" is as often a noun ("the
// first list", "the ministry's published lists", "listed as missing"), so
// only the verb's -s form with an amount right after it reads, and only
// with a subject that can hold an account: a name, a body, or findings
// ("The latest edition lists 3,798" names no one, and leaves the figure to
// the sentence before).

// listsAccount reads the verb "lists" at token i and its subject, which an
// aside in commas may part from it.
func (v *view) listsAccount(i, lo, hi int) (attr, bool) {
	if !v.isOne(i, wLists) || i == lo || !v.amountAfter(i, hi) {
		return attr{}, false
	}
	// "the ministry's lists 12,300 ..." cannot be; "its lists" is a noun.
	if p := &v.toks[i-1]; p.has(cDeterminer|cPronoun) || p.poss || v.is(i-1, wApostrophe, wS) {
		return attr{}, false
	}
	a, ok := v.verbAttr(i, lo, hi, false)
	if !ok || a.srcEnd <= a.src {
		return attr{}, false
	}
	head := v.toks[a.srcEnd-1].low
	if v.named(a.src, a.srcEnd) || v.hasFindingsHead(a.src, a.srcEnd) || bodyNouns[head] || serviceKinds[head] || institutionNouns[head] {
		return a, true
	}
	return attr{}, false
}

// amountAfter reports whether an amount follows token i within three
// tokens, with no clause's edge between: "lists 2,900", "lists more than
// 3,000", "now lists about 640".
func (v *view) amountAfter(i, hi int) bool {
	for k := i + 1; k < hi && k <= i+3; k++ {
		if v.toks[k].fig || v.toks[k].num {
			return true
		}
		if v.boundary(k) {
			return false
		}
	}
	return false
}
