package figures

// A decade said as words: "in the nineties", "the two-thousands", "the
// nineteen-eighties", "the noughties", "the twenty-tens". Read as numbers
// they are nothing, or a count ("two" and "thousands"), and a figure
// beside them loses the time that says it belongs to another war ("In
// Darfur in the two-thousands, about two and a half million people were
// displaced"). Written as a decade's year with its "s" ("the 1990s"),
// the rules read it as they read "the 2000s" (decade.go, since.go). Only
// after "the", perhaps with "early", "mid" or "late" between ("the
// mid-nineties"): "their nineties" is an age. "The twenties" alone is left
// (the 1920s or the 2020s); "the nineteen-twenties" and "the
// twenty-twenties" say which. A decade of one word from thirties to
// nineties is as often a measure's band ("temperatures in the nineties",
// "highs sat in the mid-nineties", "approval in the forties"; review59):
// it is a decade only after a preposition that gives a time ("since",
// "during", "through", "throughout", "until", "by"), or after an "in" that
// opens the sentence or its clause ("In the nineties, ...", "Back in the
// nineties", "..., and in the eighties"), where no measure stands before
// it. "Noughties", "aughts" and the decades of two words are times
// anywhere.

// spokenDecades are the decades said in one word, by the year each starts.
var spokenDecades = map[string]float64{"thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
	"seventies": 1970, "eighties": 1980, "nineties": 1990, "noughties": 2000, "aughts": 2000}

// spokenDecade reads a decade said as words at token i and emits it as a
// year whose text ends in "s", returning the token after it, or ok false.
func (p *parser) spokenDecade(i int) (int, bool) {
	if !p.decadeArticle(i) {
		return 0, false
	}
	val, end := 0.0, -1
	k := i + 1
	if p.isSym(k, "-") && p.attached(k) && p.attached(k+1) {
		k++ // "nineteen-nineties"
	}
	switch {
	case p.has(i, fDecade):
		if v := p.info(i).val; v < 2000 && !p.decadeTimePreposition(i) {
			return 0, false // "temperatures in the nineties"
		}
		val, end = p.info(i).val, i+1
	case p.lowerIs(i, "nineteen") && p.isWord(k):
		if p.has(k, fDecade) && p.info(k).val < 2000 {
			val, end = p.info(k).val, k+1
		} else if p.lowerIs(k, "twenties") {
			val, end = 1920, k+1
		}
	case p.lowerIs(i, "twenty") && p.isWord(k):
		if p.lowerIs(k, "tens") || p.lowerIs(k, "teens") {
			val, end = 2010, k+1
		} else if p.lowerIs(k, "twenties") {
			val, end = 2020, k+1
		}
	case p.lowerIs(i, "two") && p.lowerIs(k, "thousands"):
		val, end = 2000, k+1
	}
	if end < 0 || p.isSym(end, "-") && p.attached(end) {
		return 0, false // "the nineties-era rules": a modifier's first part
	}
	f := Figure{Value: val, Kind: Year}
	p.bound(&f, 0, 0)
	p.emit(f, i, end)
	return end, true
}

// decadeTimePreposition reports whether the decade at token i (after its
// "the" and any "early", "mid" or "late": decadeArticle) follows a
// preposition that gives a time, or an "in" that opens the text's line,
// follows a mark or a word that opens a clause ("back", "and", "but").
func (p *parser) decadeTimePreposition(i int) bool {
	j := i - 1
	for j >= 0 && !p.lowerIs(j, "the") {
		j-- // past "mid", "-", "early", "late": decadeArticle said "the" is there
	}
	j--
	for _, w := range decadeTimeWords {
		if p.lowerIs(j, w) {
			return true
		}
	}
	if !p.lowerIs(j, "in") {
		return false
	}
	return j == 0 || p.isSym(j-1, ",;:.!?—–(\"“") || p.lowerIs(j-1, "back") || p.lowerIs(j-1, "and") || p.lowerIs(j-1, "but")
}

// decadeTimeWords are prepositions before "the" and a decade that make it
// a time wherever they stand.
var decadeTimeWords = []string{"since", "during", "through", "throughout", "until", "till", "by"}

// decadeArticle reports whether "the" stands before token i, perhaps with
// "early", "mid" or "late" between ("the late eighties", "the
// mid-nineties").
func (p *parser) decadeArticle(i int) bool {
	j := i - 1
	if p.isSym(j, "-") && p.attached(j) && p.attached(i) {
		j--
	}
	if p.lowerIs(j, "early") || p.lowerIs(j, "mid") || p.lowerIs(j, "late") {
		j--
	} else if j != i-1 {
		return false
	}
	return p.lowerIs(j, "the")
}
