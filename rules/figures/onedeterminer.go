package figures

// numberAfterOne reports whether the words from k carry on a number that
// "one" after a determiner opens, so that "one" is that number's first
// word and no pronoun: a spoken decimal ("the one point three million
// people", "those one point two million") and a scale ("the one million
// displaced", "the one hundred families"). Read as a pronoun there, "the
// one" left "point three million" to be read alone, as 300,000. A point
// with no digit word after it is a noun ("the one point that matters",
// "this one point I made"), and a vague or plural scale ("the one
// hundreds", "this one thousands") no number of its own.
func (p *parser) numberAfterOne(k int) bool {
	switch {
	case p.has(k, fPoint):
		_, k2, ok := p.pointDigits(k + 1)
		return ok && k2 > k+1
	case p.has(k, fHundred|fScale) && !p.has(k, fVague|fScalePl):
		// A scale hyphened to the next word opens a compound modifier,
		// as often an idiom as a sum ("the one million-dollar question";
		// review50): "one" stays as main reads it.
		return !p.joinedHyphen(k+1) && !p.endsInRank(k+1)
	}
	return false
}

// endsInRank reports whether the number words from k run on into an
// ordinal: "the one hundred and twenty-fifth session" ranks, and "one"
// stays out of it as before.
func (p *parser) endsInRank(k int) bool {
	for k < len(p.toks) && (p.has(k, fUnit|fTens|fHundred|fScale|fAnd) || p.joinedHyphen(k)) {
		k++
	}
	return p.has(k, fOrdinal|fDen|fDenPl)
}
