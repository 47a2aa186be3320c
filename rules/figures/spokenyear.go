package figures

import "strings"

// A transcript spells a year the way it is said: "twenty fourteen",
// "nineteen ninety-nine", "nineteen oh five", "twenty twenty-three", "two
// thousand and eight". Read as numbers, those are two counts ("twenty",
// "fourteen") or a count of thousands, and a figure beside them loses the
// date that says it belongs to another war. The words are a year only
// where the sentence says it is one: after a word that introduces a time
// ("in", "since", "from", "of", "the", "until"), before the noun of a dated
// event ("war", "quake"), closing a date ("October the seventh, twenty
// twenty-three"), or opening a span of years ("twenty fourteen to twenty
// twenty-one"). "Twenty thousand" and "twenty-two hundred" stay counts:
// a year's first half is one word of eleven to twenty with no scale after.

// spokenYear reads a spoken year at token i and emits it, returning the
// token after it, or ok false.
func (p *parser) spokenYear(i int) (int, bool) {
	val, end, ok := p.centuryYear(i)
	century, thousands := ok, false
	if !ok {
		val, end, ok = p.hyphenYear(i)
		if !ok {
			val, end, ok = p.shortYear(i)
		}
		if ok && !p.eventNounAt(end) && !p.yearEnds(end) {
			return 0, false // a count's shape before its noun (spokenyearshort.go)
		}
	}
	if !ok {
		val, end, ok = p.thousandYear(i)
		thousands = true
	}
	if !ok || p.isSym(end, "-") && p.attached(end) {
		return 0, false // "twenty fourteen-year-olds"
	}
	if !p.yearBefore(i) && !p.eventNounAt(end) && !(century && p.spanToYear(end)) {
		return 0, false
	}
	// "in two thousand and eight villages": a count of thousands before
	// what it counts; a year ends its phrase.
	if thousands && !p.eventNounAt(end) && p.isWord(end) && !p.capitalised(end) && !p.has(end, fYearPrep|fTo|fAnd|fOf) {
		return 0, false
	}
	f := Figure{Value: val, Kind: Year}
	p.bound(&f, 0, 0)
	p.emit(f, i, end)
	return end, true
}

// centuryYear reads a year said as its century and its rest: "twenty
// fourteen", "nineteen ninety-nine", "nineteen oh five".
func (p *parser) centuryYear(i int) (float64, int, bool) {
	if !p.isWord(i) || !p.has(i, fUnit|fTens) {
		return 0, 0, false
	}
	c := p.info(i).val
	if c < 11 || c > 20 || p.isSym(i+1, "-") {
		return 0, 0, false
	}
	k := i + 1
	if !p.isWord(k) {
		return 0, 0, false
	}
	if w := strings.ToLower(p.str(k)); w == "oh" || w == "o" {
		if p.isWord(k+1) && p.has(k+1, fUnit) && p.info(k+1).val >= 1 && p.info(k+1).val <= 9 {
			return c*100 + p.info(k+1).val, k + 2, true
		}
		return 0, 0, false
	}
	rest, end, ok := p.yearRest(k)
	if !ok || rest < 10 {
		return 0, 0, false
	}
	return c*100 + rest, end, true
}

// thousandYear reads "two thousand and eight", "two thousand twelve": a
// year of this century said as a count, with its rest.
func (p *parser) thousandYear(i int) (float64, int, bool) {
	if !p.lowerIs(i, "two") || !p.lowerIs(i+1, "thousand") {
		return 0, 0, false
	}
	k := i + 2
	if p.has(k, fAnd) {
		k++
	}
	rest, end, ok := p.yearRest(k)
	if !ok || rest > 30 {
		return 0, 0, false
	}
	return 2000 + rest, end, true
}

// yearRest reads the last two places of a spoken year at token k: a unit
// or a teen, or a ten with its unit ("ninety-nine"). No scale or hundred
// may follow: "nineteen twenty thousand" is no year.
func (p *parser) yearRest(k int) (float64, int, bool) {
	if !p.isWord(k) {
		return 0, 0, false
	}
	end := k + 1
	v := 0.0
	switch {
	case p.has(k, fUnit) && p.info(k).val >= 1:
		v = p.info(k).val
	case p.has(k, fTens):
		v = p.info(k).val
		if p.isSym(end, "-") && p.attached(end) && p.isWord(end+1) && p.has(end+1, fUnit) && p.info(end+1).val >= 1 && p.info(end+1).val <= 9 {
			v += p.info(end + 1).val
			end += 2
		}
	default:
		return 0, 0, false
	}
	if p.has(end, fHundred|fScale|fScalePl|fDen|fDenPl) || p.has(end, fUnit|fTens) && p.isWord(end) {
		return 0, 0, false
	}
	return v, end, true
}

// spanToYear reports whether token k opens the second half of a span of
// years said aloud: "to" or "through", then a year said as its century
// and its rest ("twenty fourteen to twenty twenty-one", "nineteen
// ninety-four through nineteen ninety-six"). Two such years joined so are
// a span of time wherever they stand, not counts.
func (p *parser) spanToYear(k int) bool {
	if !p.lowerIsAny(k, spanToWords) {
		return false
	}
	_, _, ok := p.centuryYear(k + 1)
	return ok
}

// spanToWords join the two years of a span said aloud.
var spanToWords = []string{"to", "through"}

// yearBefore reports whether the word before token i introduces a year:
// "in", "since", "from", "until", "of", "the", or a date's month and day
// before a comma ("October the seventh, twenty twenty-three").
func (p *parser) yearBefore(i int) bool {
	if i == 0 {
		return false
	}
	if p.lowerIsAny(i-1, spokenYearIntro) {
		return true
	}
	if !p.isSym(i-1, ",") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if p.has(k, fMonth) && p.capitalised(k) {
			return true
		}
	}
	return false
}

// spokenYearIntro are the words before a year said aloud that make it a
// time: prepositions of time and the article of a dated event ("the
// twenty fourteen war").
var spokenYearIntro = []string{"in", "since", "from", "until", "till", "of", "the", "by", "before", "after", "during", "to", "through", "between"}

// eventNounAt reports whether token k is the noun of an event a year
// dates: "war", "quake", "election".
func (p *parser) eventNounAt(k int) bool {
	return p.isWord(k) && p.lowerIsAny(k, spokenYearEvents)
}

// spokenYearEvents are nouns of events a year before them dates.
var spokenYearEvents = []string{"war", "wars", "quake", "quakes", "earthquake", "earthquakes", "conflict", "invasion",
	"offensive", "election", "elections", "ceasefire", "truce", "floods", "flood", "tsunami", "crisis", "uprising", "siege", "campaign"}
