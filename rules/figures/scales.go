package figures

import "strings"

// Numbers that read a scale or name a standard rather than count: an
// index's level in points, the K of a resolution.

// scaleReadingAt reports whether the number starting at token start, of
// value level, after a preposition of level and before "points", is a
// reading of an index: a level ("closed at 7,650 points", "ended above
// 38,000 points") in a sentence that names the index before it, as an
// index or by its number ("the FTSE 100", "the Nikkei 225"). A level is
// read off the scale as a temperature is, where a move of it ("the Dow fell
// 500 points") is an amount; points that are places ("troops crossed at
// three points") are in no index's sentence. A number names an index only
// as the subject of the verb, a name's number straight before it ("the
// FTSE 100 closed"), and only a level of four digits or more is read off
// an index so named: a resolution's or a year's number before a comma
// ("Under Resolution 2720, aid entered at 3 points") names no index.
func (p *parser) scaleReadingAt(start int, level float64) bool {
	from := p.toks[0].Start // where the sentence starts, in bytes: at most its line's start
	for i := start - 1; i >= 0; i-- {
		if p.isSym(i, ".!?;") && !p.attached(i+1) {
			from = p.toks[i].End
			break
		}
		if p.lowerIs(i, "index") || p.lowerIs(i, "indices") {
			return true
		}
		if p.toks[i].Break {
			from = p.toks[i].Start
			break
		}
	}
	if level < minIndexLevel {
		return false
	}
	for n := len(p.out) - 1; n >= 0 && p.out[n].Start >= int(from); n-- {
		if f := p.out[n]; f.Kind == Other && f.Unit == "" && p.namesSubject(f, start) {
			return true // an index's number: "FTSE 100"
		}
	}
	return false
}

// minIndexLevel is the least level read off an index named by its number:
// the indices so named (FTSE 100, Nikkei 225, CAC 40) stand in the
// thousands, where points a sentence counts are mostly fewer.
const minIndexLevel = 1000

// namesSubject reports whether the figure f, before token before, is a
// name's number standing as a verb's subject: a word before it and a word
// after it, with no punctuation between it and its verb ("the FTSE 100
// closed", not "Resolution 2720, aid entered").
func (p *parser) namesSubject(f Figure, before int) bool {
	last := before - 1
	for last > 0 && int(p.toks[last].End) > f.End {
		last--
	}
	first := last
	for first > 0 && int(p.toks[first].Start) > f.Start {
		first--
	}
	return first > 0 && int(p.toks[last].End) == f.End && p.isWord(first-1) && p.isWord(last+1) && !p.toks[last+1].Break
}

// kiloCountsAt reports whether a capital K fused to a one-digit whole
// number at token num, with token k after the K, counts thousands rather
// than naming a resolution ("4K TVs", "8K footage"). A K is a resolution
// only where the words show a picture: what has one follows it within a
// few words ("4K OLED TVs", fDisplay), a singular noun stands straight
// after it ("a 4K stream", "the 4K remaster"), or the K is what something
// is in and the sentence names a picture ("footage shot in 4K"). Anything
// else is read as an m is (see countedAhead): thousands of the plural
// straight after it ("8K Serbs", "5K troops"), of a K that a verb follows
// as its subject ("4K killed in a week", "4K have fled"), or of what the
// sentence counted before it or a verb of change set the level of ("Gaza
// deaths top 9K", "families rose to 8K").
func (p *parser) kiloCountsAt(num, k int) bool {
	for n, d := 0, k; n < maxWordsToDisplay && p.isWord(d) && !p.toks[d].Break; n, d = n+1, d+1 {
		if p.has(d, fDisplay) {
			return false
		}
	}
	if p.doneToPeopleBefore(num) {
		return true // "Fighting killed 4K last week"
	}
	if p.lowerIs(num-1, "in") && p.picturedAround(num) {
		return false
	}
	// Capitalised words and words of quantity between the K and its noun
	// modify the noun: "8K Iraqi refugees", "5K more troops".
	for p.isWord(k) && !p.toks[k].Break && (p.capitalised(k) && !p.pluralAt(k) && !p.peopleAt(k) && !p.has(k, fCounted) ||
		p.lowerIsAny(k, quantityModifiers)) {
		k++
	}
	if p.isWord(k) && !p.toks[k].Break {
		if p.has(k, fCounted) || p.peopleAt(k) || p.pluralAt(k) || p.verbOfSubjectAt(k) {
			return true
		}
		if p.singularNounAt(k) {
			return false
		}
	}
	// After a verb of change, a sentence that names a picture changes its
	// resolution: "streaming quality jumped to 4K".
	return p.countedBefore(num) && (p.moveBefore(num) < 0 || !p.picturedAround(num))
}

// quantityModifiers stand between a count and its noun to say how the
// count adds to another: "5K more troops". A closed class of English.
var quantityModifiers = []string{"more", "fewer", "further", "other", "extra", "additional"}

// maxWordsToDisplay is how many words may stand between a K and what has
// its resolution: a maker's or a panel's name and a size ("8K OLED TVs",
// "4K 55-inch sets").
const maxWordsToDisplay = 3

// verbOfSubjectAt reports whether the word at token k, straight after a
// figure, is a verb the figure is the subject of: a participle in -ed of
// a headline's passive ("4K killed"), an auxiliary ("4K have fled"), or a
// word that an object follows ("4K fled the city").
func (p *parser) verbOfSubjectAt(k int) bool {
	w := p.str(k)
	if p.capitalised(k) || p.has(k, fMinor|fPrep|fDet|fA) {
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || p.lowerIsAny(k, auxiliaries) ||
		p.has(k+1, fDet|fA) || p.lowerIsAny(k+1, possessives)
}

// singularNounAt reports whether the word at token k, straight after a
// figure, is a singular common noun the figure modifies: in lower case,
// no plural, no word of grammar, no adverb and no participle ("the 4K
// remaster", not "4K in", "8K this week", "9K last month" or "4K now").
// A word before a unit of time says when: "last", "next", "each".
func (p *parser) singularNounAt(k int) bool {
	w := p.str(k)
	return !p.capitalised(k) && !p.durationAt(k+1) && !p.has(k, fMinor|fPrep|fDet|fA|fAnd|fLevel|fPlace|fMonth) && !p.lowerIsAny(k, adverbs) &&
		!p.lowerIsAny(k, subordinators) && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") && len(w) > 2
}

// picturedAround reports whether the sentence around token i names
// something that has a resolution (fDisplay): "Footage shot in 4K".
func (p *parser) picturedAround(i int) bool {
	for k := i - 1; k >= 0 && !p.toks[k+1].Break && !p.isSym(k, ".!?"); k-- {
		if p.has(k, fDisplay) {
			return true
		}
	}
	for k := i + 1; k < len(p.toks) && !p.toks[k].Break && !p.isSym(k, ".!?"); k++ {
		if p.has(k, fDisplay) {
			return true
		}
	}
	return false
}

// sameMagnitudeRangeEnd returns the token after a range whose two ends
// carry the same magnitude letter, the first of them at token mag
// ("1.2m-1.4m Palestinians", "40k–50k claimants", "1.3m to 1.5m people"),
// or the token after mag where no such range follows. The letter means the
// same at both ends, and the words after the second tell what. Whether the
// two ends then make one range or a change ("rose from 1.3m to 1.5m") is
// rangeTail's to say; the letter means millions either way. "between ...
// and ..." with the letter at both ends is the same pair ("range between
// 10m and 12m", "is between 3m and 5m high"): the first end alone, before
// "and", has nothing after it to say what it counts.
func (p *parser) sameMagnitudeRangeEnd(mag int) int {
	link, num, mag2 := mag+1, mag+2, mag+3
	dash := p.isSym(link, "-–") && p.attached(link) && p.attached(num)
	to := p.has(link, fTo) && !p.attached(link) && !p.attached(num)
	and := p.has(link, fAnd) && !p.attached(link) && !p.attached(num) && mag >= 2 && p.has(mag-2, fBetween)
	if (dash || to || and) && p.isNum(num) && p.attached(mag2) && p.str(mag2) == p.str(mag) {
		return mag2 + 1
	}
	return mag + 1
}

// sameMagnitudeRangeStart returns the number of a range's first end where
// the number at token num is the second of one whose two ends carry the
// same magnitude letter (see sameMagnitudeRangeEnd), or num: the second
// end reads its letter as the first does, from the same words around the
// pair ("rose 1.3m to 1.5m in a month").
func (p *parser) sameMagnitudeRangeStart(num int) int {
	first := num - 3
	if first >= 0 && p.isNum(first) && p.attached(first+1) && p.has(first+1, fMag) &&
		p.sameMagnitudeRangeEnd(first+1) == num+2 {
		return first
	}
	return num
}

// magnitudeOfNumber reports whether the word at token i is a magnitude
// letter fused to the number before it: after it, "-1.4m" is the second
// end of a range ("1.2m-1.4m"), not the number of a name ("COVID-19").
func (p *parser) magnitudeOfNumber(i int) bool {
	return p.has(i, fMag) && p.attached(i) && p.isNum(i-1)
}
