package claimant

// A body's name may close on a number written onto its initials with no
// space: "the creditor association KSV1870", "the broadcaster SWR3". The
// number is the name's, whatever its length (nameNumber reads a short one
// after a space, "Channel 12"): no figure is written glued to a word in
// capitals. A number glued to a word in lower case or to a word with
// lower-case letters ("Care4Calais" reads its number as a link,
// phraseends.go nameDigits) is left to those readers.

// gluedNumber reports whether the number at token i, in [lo, ...), is
// written onto the initials before it with no space.
func (v *view) gluedNumber(i, lo int) bool {
	t := &v.toks[i]
	if !t.num || t.space || i-1 < lo || t.end-t.start > 4 {
		return false
	}
	p := &v.toks[i-1]
	return p.word && p.shouted && len(p.low) >= 2 && p.end == t.start
}
