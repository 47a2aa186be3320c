package claimant

// A verb of claim's form after a determiner and an ordinal or another
// word of order is a noun: "took the last seat on the fourth count",
// "the second tally put ...", "a third report", "the final count". Such a
// word says which of several a thing is, and only a noun is ordered so;
// "the first" is no subject that counts. (claim50b: "the first count" read
// "the" as a counting claimant.)

// orderWords are ordinals and the words of order that stand where they
// do ("final", "last", "latest", "next", "previous").
var orderWords = set("first second third fourth fifth sixth seventh eighth ninth tenth final last latest next previous")

// ordinalBefore reports whether the word at i follows a determiner and a
// word of order ("the first count", "a second report", "its third
// tally").
func (v *view) ordinalBefore(i, lo int) bool {
	if i-2 < lo {
		return false
	}
	o := &v.toks[i-1]
	if !o.word || o.capital || !orderWords[o.low] {
		return false
	}
	return v.is(i-2, wThe, wA, wAn, wIts, wTheir)
}
