package claimant

// A speaker may break into her own sentence to say whose the news is:
// "By dawn, and this is from the city's mayor Anna Rudenko, 40 homes had
// burned", "In Kherson, this comes from the military
// administration, 12 were wounded". The aside's "this" is the sentence's
// news, and the phrase after "from" its source, as "according to" names
// one.

// thisFromAsides appends the source of each aside in commas opening
// ", (and) this is from X," or ", this comes from X,".
func (v *view) thisFromAsides(lo, hi int, out []attr) []attr {
	// Only a sentence holding "from" and "this" or "that" is walked.
	if !v.words.has(wFrom) || !v.words.has(wThis) && !v.words.has(wThat) {
		return out
	}
	for i := lo + 1; i+3 < hi; i++ {
		if !v.is(i, wThis, wThat) || v.toks[i].capital {
			continue
		}
		p := i - 1
		if v.isOne(p, wAnd) {
			p--
		}
		if p < lo || !v.comma(p) {
			continue
		}
		k := i + 1
		switch {
		case v.is(k, wIs, wWas, wComes, wCame) && v.isOne(k+1, wFrom):
			k += 2
		default:
			continue
		}
		x, y := v.npAfter(k, hi)
		if y <= x || y >= hi || !v.comma(y) || !(v.toks[x].capital || v.toks[x].has(cDeterminer)) {
			continue
		}
		out = append(out, attr{src: x, srcEnd: y, anchor: i, kind: kFrame, back: true})
	}
	return out
}
