package figures

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
