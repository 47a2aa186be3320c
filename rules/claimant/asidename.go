package claimant

// nameBeforeRelativeAside reads the subject [head, k) that asideSubject
// found before a relative aside (the aside after the comma at app opens
// with "which" or "who", or one was passed over, k < app): when it is
// a description after "the" or "a" closed by a noun in lower case ("the
// statistics agency", "the city's utility"), set off by a comma after a name that opens the clause
// ("Indec, the statistics agency, which had delayed the release by a
// week, said"), the name is the subject and the description its
// appositive, as they are with no relative aside after them. A name after
// a preposition ("In Gaza, the health ministry, which ...") is where, not
// who, and is not read.
func (v *view) nameBeforeRelativeAside(head, k, app, lo int) (int, bool) {
	if k > app || k == app && !v.is(app+1, wWhich, wWho) || head-2 < lo || !v.isOne(head-1, wComma) || !v.is(head, wThe, wA, wAn) || head+1 >= k {
		return 0, false
	}
	// ("the British charity", "the city's utility": its head in lower
	// case closes it.)
	for m := head + 1; m < k; m++ {
		if t := &v.toks[m]; !t.word && !v.isOne(m, wApostrophe) {
			return 0, false
		}
	}
	if h := &v.toks[k-1]; !h.word || h.capital {
		return 0, false
	}
	n := v.npBefore(head-1, lo)
	if n >= head-1 || !v.toks[n].capital || !v.named(n, head-1) {
		return 0, false
	}
	if n > lo && !v.boundary(n-1) {
		return 0, false
	}
	return n, true
}

// adverbialAsideAfterName reports whether the comma at c closes an aside
// of where or how the subject before it spoke, opened by a preposition
// after a comma that follows a name or a body's phrase opening the clause:
// "Britain's Ministry of Defence, in its latest intelligence assessment,
// estimates that". The -s form after it is the subject's verb, as it is
// right after the subject ("The RSF, in a statement on Telegram, denies",
// wordforms.go sharedSubject), not a noun a relative clause describes.
func (v *view) adverbialAsideAfterName(c, lo int) bool {
	if !v.isOne(c, wComma) {
		return false
	}
	for k := c - 1; k > lo && k > c-12; k-- {
		if !v.isOne(k, wComma) {
			if v.boundary(k) {
				return false
			}
			continue
		}
		if k+2 >= c || v.toks[k+1].capital || !v.toks[k+1].has(cPreposition) {
			return false
		}
		n := v.npBefore(k, lo)
		if n >= k || n > lo && !v.boundary(n-1) {
			return false
		}
		return v.named(n, k) || v.definite(n, k)
	}
	return false
}
