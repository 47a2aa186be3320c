package claimant

// An announcement in a frame of where a figure was given: "was given as
// 102 in an OCHA update on Tuesday", "Going by WFP's latest market
// bulletin, a sack of flour sells for 1,500 shekels", "The death toll
// climbed to 2,946 in an update from Morocco's interior ministry". The
// nouns are the family announcements (apposition.go): an update, a
// bulletin, a statement, a briefing, a dashboard. Its owner (before it,
// as findings have: owner.go) or the body after "from" gave the figure,
// as "according to" says. Not read as findings: "The ministry said in a
// statement" names no one but the subject, and "the ministry's dashboard
// went dark for 14 hours" is a thing, not a source; only a preposition
// before the phrase makes it a frame ("in", "by", "on"; "drawn from daily
// OCHA updates" is a work's material, see workof.go).

// announced reads the announcement noun at i in such a frame.
func (v *view) announced(i, lo, hi int) (attr, bool) {
	// The frame's preposition, the nearest before the noun in its clause
	// ("Going by WFP's latest market bulletin").
	// Another preposition on the way governs the announcement instead:
	// "in the days before the ministry's update", "by the time of the
	// army's briefing" say when, not where a figure was given ("the Bank
	// of England's bulletin" holds its "of" inside a name).
	p := i - 1
	for p >= lo && p >= i-8 && !v.boundary(p) && !v.is(p, wIn, wBy, wOn) {
		if (v.toks[p].has(cPreposition) || v.is(p, wOf, wBefore, wAfter)) && !v.toks[p].capital && !(p > lo && v.toks[p-1].capital && v.toks[p+1].capital) {
			return attr{}, false
		}
		p--
	}
	if p < lo || p < i-8 || !v.is(p, wIn, wBy, wOn) {
		return attr{}, false
	}
	// "Shares fell 12% on the company's trading update": "on" an
	// announcement right after a figure is upon it, what moved the figure,
	// where "Even on the ministry's rolling updates, ..." and "depending
	// on which day's ministry bulletin" read by it.
	if v.isOne(p, wOn) && p > lo && v.figureEnds(p-1) {
		return attr{}, false
	}
	// "The Qassam Brigades said in a Telegram statement that ...": where
	// a verb's subject said it; the subject claims.
	if p > lo && v.toks[p-1].report {
		return attr{}, false
	}
	// "The 34,000 figure, cited in an OCHA update, comes from the health
	// ministry": an announcement a figure is cited, quoted or repeated in
	// passes it on; it did not give it.
	if p > lo && (citingVerb(v.toks[p-1].low) || relayVerb(v.toks[p-1].low)) {
		return attr{}, false
	}
	// ("said in its weekly bulletin that ...": a pronoun's owner is the
	// subject, whose verb says so.)
	if a, b, ok := v.owner(i, lo); ok && b <= i && !v.is(a, wIts, wTheir, wHis, wHer) {
		return attr{src: max(a, p+1), srcEnd: b, anchor: i, kind: kFrame, back: true}, true
	}
	// "an update from Morocco's interior ministry": a named body.
	if !v.isOne(i+1, wFrom) {
		return attr{}, false
	}
	x, y := v.npAfter(i+2, hi)
	if y <= x || !v.anyCapital(x, y) {
		return attr{}, false
	}
	return attr{src: x, srcEnd: v.makerEnd(x, y), anchor: i, kind: kFrame, back: true}, true
}

// figureEnds reports whether token k closes a figure: the number itself
// or its "%" or "per cent".
func (v *view) figureEnds(k int) bool {
	t := &v.toks[k]
	return t.fig || t.num || t.low == "%" || t.low == "cent" && v.isOne(k-1, wPer)
}
