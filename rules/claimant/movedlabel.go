package claimant

// A statistics office's, a ministry's or an agency's release is
// headlined by what it measures and how that moved over a period, with no
// verb: "Eurostat: jobless rate flat in spring, youth hiring down 2%",
// "Bankitalia: lending down 3.1% on a year ago". The one word before the
// colon is whoever measured it, though the rules know no such name; a
// town's headline counts what happened there ("Pescara: 40 families moved
// out", "Ostia: 300 beach huts wrecked"), and a place the rules know is
// never the label's source (namedLabel asks first). A town the place
// lists do not hold, headlined with a share of a period, reads as a
// source: the label's one word cannot tell them apart (review43).

// movedMeasure reports whether tokens [i, hi) after a label's colon say
// how a measure moved over a period: a noun, "up" or "down" and a share
// ("arrivals down 60%"; "water level up 2 metres" is what a flood did),
// or a noun and "flat" ("GDP flat") closing the line or before a
// preposition or a comma; and a word of a period ("year", "quarter",
// "September") in the line.
func (v *view) movedMeasure(i, hi int) bool {
	moved := false
	for m := i + 1; m < hi && !moved; m++ {
		t, p := &v.toks[m], &v.toks[m-1]
		if !t.word || t.capital || !p.word || p.num || p.fig || p.has(cDeterminer|cPreposition|cPronoun|cLink) {
			continue
		}
		switch t.low {
		case "up", "down":
			moved = v.shareAt(m+1, hi) && !v.isVerbLike(m-1)
		case "flat":
			moved = (m+1 == hi || v.toks[m+1].has(cPreposition) || v.isOne(m+1, wComma)) && !v.isVerbLike(m-1)
		}
	}
	return moved && v.periodIn(i, hi)
}

// periodIn reports whether a word of [i, hi) names a period a measure is
// taken over: a time noun ("year", "month"), "quarter", or a month.
func (v *view) periodIn(i, hi int) bool {
	for m := i; m < hi; m++ {
		if t := &v.toks[m]; t.word && (t.has(cTimeNoun|cMonthName) || t.low == "quarter") {
			return true
		}
	}
	return false
}
