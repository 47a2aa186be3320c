package figures

// A speaker also joins a year's halves with a hyphen, "in twenty-fourteen",
// or drops its century, "in ninety-nine". Both are a count's shape too
// ("twenty-four", "ninety-nine cases"), so they are a year only where the
// words around them say so: a hyphenated year's rest is ten or more and no
// scale follows it (yearRest), and a clipped year needs a word that opens a
// time right before it ("in", "since", "back to", or "of" after a season or
// an event's noun: "the summer of ninety-nine"). Neither may stand before
// a noun it would count: spokenYear ends both as it ends "two thousand and
// eight".

// hyphenYear reads "twenty-fourteen", "nineteen-ninety-nine": a century
// of eleven to twenty joined by a hyphen to a rest of ten or more.
func (p *parser) hyphenYear(i int) (float64, int, bool) {
	if !p.isWord(i) || !p.has(i, fUnit|fTens) {
		return 0, 0, false
	}
	c := p.info(i).val
	if c < 11 || c > 20 || !p.isSym(i+1, "-") || !p.attached(i+1) {
		return 0, 0, false
	}
	rest, end, ok := p.yearRest(i + 2)
	if !ok || rest < 10 {
		return 0, 0, false // "twenty-five": a count
	}
	return c*100 + rest, end, true
}

// shortYear reads "ninety-nine", "eighty-eight" after a word that opens a
// time: a year of the last century said without it. Below thirty the
// words are as often an age or a count ("in twenty-two"), so they stay one.
func (p *parser) shortYear(i int) (float64, int, bool) {
	if !p.shortYearIntro(i) || !p.isWord(i) || !p.has(i, fTens) || p.info(i).val < 30 {
		return 0, 0, false
	}
	if !p.isSym(i+1, "-") || !p.attached(i+1) {
		return 0, 0, false // a bare "ninety" is as often a count
	}
	rest, end, ok := p.yearRest(i)
	if !ok || end != i+3 {
		return 0, 0, false
	}
	return 1900 + rest, end, true
}

// yearEnds reports whether token k can follow a clipped year: the end, a
// mark, a capital, an article or a word that goes on with the time
// ("when", "and", "in").
func (p *parser) yearEnds(k int) bool {
	if k >= len(p.toks) || !p.isWord(k) || p.capitalised(k) || p.has(k, fDet|fYearPrep) {
		return true
	}
	return p.lowerIsAny(k, shortYearAfter)
}

// shortYearAfter are the words that go on after a clipped year: a clause
// of time or a link, never a noun it would count.
var shortYearAfter = []string{"when", "and", "or", "after", "before", "during", "until", "was", "were", "we", "i", "you", "they", "he", "she", "it"}

// shortYearIntro reports whether the words before token i open a time for
// a clipped year: "in", "since", "back to", or "of" after a season or an
// event's noun.
func (p *parser) shortYearIntro(i int) bool {
	if i == 0 {
		return false
	}
	switch {
	case p.lowerIsAny(i-1, []string{"in", "since"}):
		return true
	case p.lowerIs(i-1, "to") && i >= 2 && p.lowerIs(i-2, "back"):
		return true
	case p.lowerIs(i-1, "of") && i >= 2:
		return p.eventNounAt(i-2) || p.lowerIsAny(i-2, []string{"summer", "spring", "autumn", "winter", "fall", "class"}) || p.has(i-2, fMonth)
	}
	return false
}
