package figures

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// amount reads a number: digits, words, or both ("1.4 million",
// "two hundred and fifty", "half a million", "tens of thousands", "3/4").
func (p *parser) amount(j int) (amount, bool) {
	if j >= len(p.toks) {
		return amount{}, false
	}
	t := p.toks[j]
	switch {
	case t.Kind == tNum:
		a, ok := p.digitsAmount(j)
		if !ok {
			return a, false
		}
		if a.list != nil || a.dotted {
			return a, true
		}
		if pw, ok := p.power(&a); ok {
			return pw, true
		}
		// Fractions: 3/4, 2 1/4, 20/100; not dates (5/17/2018).
		if !a.decimals && p.isSym(a.end, "/") && p.attached(a.end) && p.isNum(a.end+1) && p.attached(a.end+1) {
			return p.slashAmount(a)
		}
		if !a.decimals && p.isNum(a.end) && p.isSym(a.end+1, "/") && p.attached(a.end+1) && !p.toks[a.end].Break {
			if fr, ok := p.slashAmount(amount{start: a.end, end: a.end + 1, val: p.intAt(a.end), digits: true, scale: 1, raw: p.intAt(a.end)}); ok && fr.fraction && fr.val < 1 {
				fr.start = a.start
				fr.val += a.val
				return fr, true
			}
		}
		if !a.decimals && p.isNum(a.end) && p.isSym(a.end+1, "-") && p.isNum(a.end+2) && p.attached(a.end+1) && p.attached(a.end+2) {
			return a, true
		}
		if vf, ok := p.vulgar(a.end); ok && (p.attached(a.end) || p.scaledFraction(a.end)) {
			a.val += vf
			a.end++
			if p.scaledFraction(a.end-1) || p.has(a.end, fScale) || p.hyphenCarriesNumber(a.end, wsDigits, false) {
				return p.words(j, a) // "1½ million", "2 ¼ billion", "1½-million-dollar": a count
			}
			a.fraction = true
			return a, true
		}
		if p.has(a.end, fUnit|fTens|fHundred|fScale|fScalePl|fDozen|fPoint|fAnd) || p.hyphenCarriesNumber(a.end, wsDigits, false) || p.oddBeforeScale(a.end, wsDigits, false) > 0 {
			return p.words(j, a)
		}
		return a, true
	case t.Kind == tSym:
		if vf, ok := p.vulgar(j); ok {
			if p.scaledFraction(j) {
				return p.words(j, amount{val: vf, start: j, end: j + 1, digits: true, scale: 1, raw: vf}) // "½ million"
			}
			return amount{val: vf, start: j, end: j + 1, fraction: true, scale: 1, raw: vf}, true
		}
		return amount{}, false
	}
	w := p.info(j)
	switch {
	case w.flags&(fUnit|fTens) != 0:
		if p.lowerIs(j, "one") && (p.has(j-1, fDet) && !p.numberAfterOne(j+1) || p.lowerIs(j+1, "another") || p.isSym(j+1, "'’") && p.lowerIs(j+2, "s") || p.rankAfter(j+1)) {
			return amount{}, false
		}
		if p.distributive(j) { // "one by one", "two at a time"
			return amount{}, false
		}
		return p.words(j, amount{})
	case w.flags&fA != 0:
		return p.articleAmount(j)
	case w.flags&(fVague|fDozen) != 0 && w.flags&fScalePl != 0 || p.lowerIs(j, "dozens") || p.lowerIs(j, "scores") && !p.scoresVerb(j) || p.lowerIs(j, "tens"):
		return p.vagueAmount(j)
	case p.lowerIs(j, "several") || p.lowerIs(j, "few") || p.lowerIs(j, "couple"):
		return p.fewAmount(j, j+1)
	case (p.lowerIs(j, "half") || p.lowerIs(j, "quarter")) && !p.has(j-1, fOrdinal|fDet) && !p.halfPeriod(j): // halfperiod.go
		// "half the town" is a fraction; "the first quarter", "the second half" a period.
		return p.fractionWordAmount(j, j, 1)
	case w.flags&fPoint != 0 && p.has(j+1, fUnit|fTens) || w.flags&fPoint != 0 && p.isNum(j+1):
		return p.words(j, amount{})
	case w.flags&fScale != 0 && (p.scalePlusAlone(j) || p.has(j-1, fDet) && p.scaleAndFraction(j+1)):
		// "the million-plus people", "Rafah's million-plus" (scaleplus.go),
		// "the million and a half people in Rafah": the scale alone is the
		// number, as "a million" is.
		return p.words(j, amount{})
	case w.flags&fHundred != 0 && !p.has(j, fVague) && p.has(j+1, fScale):
		// "hundred thousand dollars"
		return p.words(j, amount{})
	case w.flags&(fHundred|fScale) != 0 && w.flags&fVague == 0 && !p.capitalised(j) && !p.joinedHyphen(j+1) && p.qualifierThrough(j-1, j):
		// A hedge or a bound before a scale without its article: "some
		// hundred separate sales", "about thousand people", "more than
		// hundred families" (the article dropped, as South and Southeast
		// Asian English often writes it): the scale alone is the number.
		// The hedge is any of the finder's qualifier phrases ending right
		// before the scale ("up to", "close to", "as many as"). A scale
		// joined by a hyphen to the next word opens a compound modifier
		// after a preposition ("a row over hundred-dollar bills").
		return p.words(j, amount{})
	}
	return amount{}, false
}

// power reads 1.1^23, 2.5^-1 and 1.3x10^6. It takes the number before by
// pointer: it is tried after every number, and copying the amount each
// time cost more than reading it.
func (p *parser) power(a *amount) (amount, bool) {
	k := a.end
	// Both forms join the token after the number to it: most numbers are
	// followed by a space, and are turned away by that alone.
	if !p.attached(k) {
		return amount{}, false
	}
	base := a.val
	if p.lowerIs(k, "x") && p.attached(k) && p.str(k+1) == "10" && p.attached(k+1) && p.isSym(k+2, "^") {
		base = 10
		k += 2
	} else if !p.isSym(k, "^") {
		return amount{}, false
	}
	k++
	neg := false
	for p.isSym(k, "+-−") && p.attached(k) {
		neg = neg != p.isSym(k, "-−")
		k++
	}
	if !p.isNum(k) || !p.attached(k) {
		return amount{}, false
	}
	exp := p.intAt(k)
	if neg {
		exp = -exp
	}
	v := math.Pow(base, exp)
	if base == 10 {
		v *= a.val
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return amount{}, false
	}
	return amount{val: v, start: a.start, end: k + 1, digits: true, decimals: true, scale: 1, raw: v}, true
}

func (p *parser) intAt(i int) float64 {
	v, _ := strconv.ParseFloat(p.str(i), 64)
	return v
}

var vulgarFractions = map[string]float64{"½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
	"⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}

// scaledFraction reports whether the vulgar fraction at token i is the
// last digit of a number a scale word multiplies, spaced from it ("1½
// million", "¾ billion"): printed so where a writer spells "one and a half
// million".
func (p *parser) scaledFraction(i int) bool {
	return p.has(i+1, fScale) && !p.attached(i+1)
}

func (p *parser) vulgar(i int) (float64, bool) {
	if i >= len(p.toks) || p.toks[i].Kind != tSym {
		return 0, false
	}
	v, ok := vulgarFractions[p.str(i)]
	return v, ok
}

func (p *parser) slashAmount(a amount) (amount, bool) {
	den := p.intAt(a.end + 1)
	if p.isSym(a.end+2, "/") && p.attached(a.end+2) {
		// 5/17/2018: a date.
		end := a.end + 2
		if p.isNum(end + 1) {
			end += 2
		}
		return amount{val: a.val, start: a.start, end: end, digits: true, dotted: true, ndigits: 8, scale: 1, raw: a.val}, true
	}
	if den == 0 || a.val == 9 && den == 11 {
		// 9/11 is a date, not nine elevenths.
		return amount{val: a.val, start: a.start, end: a.end + 2, digits: true, dotted: true, ndigits: 6, scale: 1, raw: a.val}, true
	}
	if a.val >= den || den > 1000 {
		return amount{val: a.val, start: a.start, end: a.end + 2, digits: true, dotted: true, scale: 1, raw: a.val}, true
	}
	v := a.val / den
	return amount{val: v, start: a.start, end: a.end + 2, digits: true, fraction: true, decimals: true, scale: 1, raw: v}, true
}

// digitsAmount reads one number token, joining digit groups split by spaces
// ("1 400 000", "40 000").
func (p *parser) digitsAmount(j int) (amount, bool) {
	s := p.str(j)
	a := amount{start: j, end: j + 1, digits: true, scale: 1}
	v, dec, kind := parseDigits(s)
	switch kind {
	case numList:
		a.val = v
		a.list = []int32{}
		return a, true
	case numDotted:
		a.val = v
		a.dotted = true
		a.ndigits = len(strings.ReplaceAll(s, ".", ""))
		return a, true
	case numBad:
		return a, false
	}
	a.val, a.decimals = v, dec
	if dec && kind == numNumber {
		if g, ok := p.dotThousands(j, s); ok {
			a.val, a.decimals = g, false // "34.183 deceased" (dotthousands.go)
		}
	}
	a.plainInt = kind == numPlain
	a.ndigits = len(s)
	a.leadZero = len(s) > 1 && s[0] == '0' && kind == numPlain
	// Space-grouped thousands: "1 234 567", "40 000", "1 234 567.89". An
	// age is never grouped ("aged 5 100 metres from the school").
	if kind == numPlain && len(s) <= 3 && !p.has(j-1, fMonth|fAgeWord) {
		k := j + 1
		joined := s
		for p.isNum(k) && p.toks[k].Space && !p.toks[k].Break && p.thinGap(k) {
			g := p.str(k)
			intPart, frac, hasFrac := strings.Cut(g, ".")
			if len(intPart) != 3 || strings.ContainsRune(intPart, ',') || !allDigits(intPart) || hasFrac && !allDigits(frac) {
				break
			}
			if p.isSym(k+1, "-–/") && p.attached(k+1) && p.isNum(k+2) {
				break // "Game 6 118-101", "40 737-800s": the group starts a pair of its own
			}
			if g[0] != '0' && !p.isNum(k+1) && p.ownsNumber(k+1) {
				break // "70 787 Dreamliners": the last group is the name's model number
			}
			joined += g
			k++
			if hasFrac {
				break
			}
		}
		if k > j+1 {
			if v2, err := strconv.ParseFloat(joined, 64); err == nil {
				a.val, a.end, a.plainInt = v2, k, false
				a.decimals = strings.Contains(joined, ".")
				a.ndigits = len(joined)
			}
		}
	}
	a.raw = a.val
	return a, true
}

// ownsNumber reports whether the word at token i, just after a number, is
// a name the number belongs to ("787 Dreamliners", "737 Max"): a capital
// in running text that names no people, as a count's plural would ("40 000
// Syrians", "1 200 Iraqis", "15 000 Congolese"), or as a people's
// adjective before what is counted does ("1 200 Palestinian prisoners",
// "4 500 Eritrean conscripts"). (A group that starts with 0 is no name's
// number either: its caller does not ask.)
func (p *parser) ownsNumber(i int) bool {
	if !p.isWord(i) || p.attached(i) || !p.capitalised(i) || p.info(i).flags&notName != 0 || p.titleCased(i) ||
		p.peopleAt(i) {
		return false
	}
	if p.demonymAdjectiveAt(i) && p.isWord(i+1) && !p.capitalised(i+1) && !p.attached(i+1) {
		return false
	}
	return !endsWithAny(p.str(i), demonymPlurals)
}

// demonymPlurals end the plural names of peoples: Syrians, Afghans,
// Israelis, Muscovites.
var demonymPlurals = []string{"ans", "is", "ites"}

// thinGap reports whether the white space before token k is one space-like
// character (a space, no-break space or thin space).
func (p *parser) thinGap(k int) bool {
	gap := p.text[p.toks[k-1].End:p.toks[k].Start]
	r, size := utf8.DecodeRuneInString(gap)
	return size == len(gap) && (r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009')
}

// rankAfter reports whether tokens from k read "of the" and a superlative:
// "one of the largest prisoner releases", "one of the most lethal" rank a
// thing among others, and "one" is a pronoun there, not a count ("one of
// the hostages" may be one).
func (p *parser) rankAfter(k int) bool {
	if !p.lowerIs(k, "of") || !p.lowerIs(k+1, "the") || !p.isWord(k+2) {
		return false
	}
	if p.lowerIs(k+2, "most") || p.lowerIs(k+2, "least") || p.lowerIs(k+2, "worst") || p.lowerIs(k+2, "best") {
		return true
	}
	w := p.str(k + 2)
	return len(w) > 5 && !p.capitalised(k+2) && strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "west")
}
