package figures

import "strings"

// Hyphens inside a number. Papers join the words of one number with
// hyphens where it stands before a noun or where a style book asks for it:
// the scale to its digits ("$3.8-billion", "Rs 40-crore", Canadian Press
// style), the scale and currency of a compound adjective ("a
// 3.8-billion-dollar deal", "a 500-crore-rupee scheme") and the words of a
// spoken decimal or fraction ("three-point-three", "one-and-a-half
// million"). A hyphen with no space either side, between a number already
// read and a word that carries it on, is read as the space it stands for.

// joinedHyphen reports whether token k is a hyphen fused to the tokens
// either side of it: "3.8-billion", not "3.8 - billion" or "2-3".
//
// Its first test, that token k is a symbol, is inlined at its callers:
// most tokens it is asked of are not.
func (p *parser) joinedHyphen(k int) bool {
	return uint(k) < uint(len(p.toks)) && p.toks[k].Kind == tSym && p.hyphenJoined(k)
}

// hyphenJoined is joinedHyphen for a symbol token k.
func (p *parser) hyphenJoined(k int) bool {
	return p.isSym(k, "-‐") && p.attached(k) && p.attached(k+1) && p.isWord(k+1)
}

// hyphenCarriesNumber reports whether the hyphen at token k joins a number
// read so far (in state) to a word that goes on with it: a scale after
// digits or words ("14-million", "two-million"), "hundred" after a unit
// ("three-hundred"), "point" after a whole
// number and the digit words after "point" ("three-point-three"), and an
// "and" that opens a fraction ("one-and-a-half"). A hyphen before any
// other word ends the number ("five-year", "3-million-strong").
func (p *parser) hyphenCarriesNumber(k int, state wordState, scaled bool) bool {
	if !p.joinedHyphen(k) {
		return false
	}
	next := k + 1
	switch {
	case p.has(next, fScale):
		// A scale joined to a number that has one already starts a number
		// of its own: "fourteen thousand two-thousand-pound bombs".
		return !scaled && (state == wsDigits || state == wsUnit || state == wsTens || state == wsHundred || state == wsDecimal)
	case p.lowerIs(next, "hundred"):
		// "three-hundred prisoners", "nineteen-hundred troops": a unit's
		// hundreds, as "two-thousand" is a unit's thousands.
		return !scaled && state == wsUnit
	case p.has(next, fPoint):
		_, _, ok := p.pointDigits(next + 1) // not "a twenty-point plan"
		return ok && (state == wsUnit || state == wsTens)
	case p.has(next, fAnd):
		_, _, ok := p.andFraction(next + 1)
		return ok && state != wsDecimal && state != wsNone
	}
	return false
}

// skipJoinedHyphen steps over a fused hyphen at token k before a word:
// "and-a-half" read after "and", "point-three" after "point".
func (p *parser) skipJoinedHyphen(k int) int {
	if p.joinedHyphen(k) {
		return k + 1
	}
	return k
}

// scaledCurrencySuffix reads the currency of a compound adjective after a
// scale: the "-dollar" of "3.8-billion-dollar", the "-rupee" of
// "500-crore-rupee". Only after a scale of a lakh or more: a pound of a
// smaller compound is a weight ("a 50-pound dog", "two-thousand-pound
// bombs"), where money so written runs to millions.
func (p *parser) scaledCurrencySuffix(end int, scale float64) (string, float64, int, bool) {
	if scale < 1e5 || !p.joinedHyphen(end) {
		return "", 1, end, false
	}
	return p.currencySuffix(end + 1)
}

// hyphenChainLen counts the groups of digits in the chain that the number
// from token start to token end stands in, joined by hyphens fused to both
// sides: 4 for each group of "1-800-273-8255", 1 for a number alone.
func (p *parser) hyphenChainLen(start, end int) int {
	n := 1
	for i := start; p.isSym(i-1, "-") && p.attached(i) && p.attached(i-1) && p.isNum(i-2); i -= 2 {
		n++
	}
	for k := end; p.isSym(k, "-") && p.attached(k) && p.attached(k+1) && p.isNum(k+1); k += 2 {
		n++
	}
	return n
}

// hyphenedMagnitude reports whether the hyphen at token k joins digits to
// a magnitude abbreviation of their own: "$3.3-bn", "€1.2-bn", "Rs
// 450-mn". Only the abbreviations of two letters or more that name
// nothing else: billions and trillions wherever they stand, millions
// ("-mn", "-mln") after a currency, as "4-mn" alone may be minutes.
func (p *parser) hyphenedMagnitude(k int, hasCur bool) bool {
	if !p.joinedHyphen(k) || !p.has(k+1, fMag) {
		return false
	}
	switch strings.ToLower(p.str(k + 1)) {
	case "bn", "bln", "tn", "trn", "tln":
		return true
	case "mn", "mln":
		return hasCur
	}
	return false
}
