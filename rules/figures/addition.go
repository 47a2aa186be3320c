package figures

// An addition read as a bound: "$3.3bn plus $500m", "1,200 plus another
// 300". A suffix qualifier ("plus", "and more", "or over") bounds the
// figure before it only when nothing countable follows: "30,000-plus",
// "a million plus", "41,000 plus killed". When another amount follows, the
// word joins two amounts, each a figure of its own, and the first is as
// exact as it was written.

// amountAhead reports whether an amount starts at token k: a number, a
// number word, a currency written before a number ("$500m", "€2bn", "US$
// 40m"), or one of those after "another" ("another 300").
func (p *parser) amountAhead(k int) bool {
	k = p.skipAddedWord(k)
	if p.isNum(k) || p.wordNumberAt(k) {
		return true
	}
	if _, _, j, ok := p.currencyPrefix(k); ok && j > k {
		return p.isNum(j) || p.wordNumberAt(j) || p.isSym(j, ".") && p.isNum(j+1)
	}
	return false
}

// skipAddedWord skips "another", which marks what follows as added to what
// came before. ("a further", "an additional" need no skipping: their "a" is
// read as a number word already.)
func (p *parser) skipAddedWord(k int) int {
	if p.lowerIs(k, "another") {
		return k + 1
	}
	return k
}
