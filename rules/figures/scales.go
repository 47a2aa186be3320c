package figures

// Numbers that read a scale or name a standard rather than count: an
// index's level in points, the K of a resolution.

// scaleReadingAt reports whether the number starting at token start, after
// a preposition of level and before "points", is a reading of an index: a
// level ("closed at 7,650 points", "ended above 38,000 points") in a
// sentence that names the index before it, by its number ("the FTSE 100",
// "the Nikkei 225") or as an index. A level is read off the scale as a
// temperature is, where a move of it ("the Dow fell 500 points") is an
// amount; points that are places ("troops crossed at three points") are in
// no index's sentence.
func (p *parser) scaleReadingAt(start int) bool {
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
	for n := len(p.out) - 1; n >= 0 && p.out[n].Start >= int(from); n-- {
		if f := p.out[n]; f.Kind == Other && f.Unit == "" {
			return true // an index's number: "FTSE 100"
		}
	}
	return false
}

// kiloCountsAt reports whether a capital K fused to a one-digit whole
// number at token num, with token k after the K, counts thousands rather
// than naming a resolution ("4K TVs", "a roughly 4K display", "in 8K"), as
// an m counts millions unless the words make it a length: thousands of
// what is counted follow, a plural of any kind ("8K Serbs", "5K troops",
// "9K homes"), or the sentence named it before a K that ends its phrase
// ("Gaza deaths top 9K"); a resolution is what a screen or a picture has
// (fDisplay, "4K OLED TVs") or stands before a singular ("4K footage").
func (p *parser) kiloCountsAt(num, k int) bool {
	if p.endsPhrase(k) || p.whenOrWhereAt(k) {
		return p.countedBefore(num)
	}
	for n := 0; n < 3 && p.isWord(k) && !p.toks[k].Break; n, k = n+1, k+1 {
		if p.has(k, fDisplay) {
			return false
		}
		if p.has(k, fCounted) || p.peopleAt(k) || p.pluralAt(k) {
			return true
		}
	}
	return false
}

// sameMagnitudeRangeEnd returns the token after a range whose two ends
// carry the same magnitude letter, the first of them at token mag
// ("1.2m-1.4m Palestinians", "40k–50k claimants"), or the token after mag
// where no such range follows. The letter means the same at both ends, and
// the words after the second tell what.
func (p *parser) sameMagnitudeRangeEnd(mag int) int {
	dash, num, mag2 := mag+1, mag+2, mag+3
	if p.isSym(dash, "-–") && p.attached(dash) && p.isNum(num) && p.attached(num) &&
		p.attached(mag2) && p.str(mag2) == p.str(mag) {
		return mag2 + 1
	}
	return mag + 1
}

// magnitudeOfNumber reports whether the word at token i is a magnitude
// letter fused to the number before it: after it, "-1.4m" is the second
// end of a range ("1.2m-1.4m"), not the number of a name ("COVID-19").
func (p *parser) magnitudeOfNumber(i int) bool {
	return p.has(i, fMag) && p.attached(i) && p.isNum(i-1)
}
