// Fractions and ratios in words: "one in five", "two out of three" (ratio),
// "and a half" (andFraction, scaleAndFraction), "half a million", "a
// quarter of a million" (fractionWordAmount, fractionOf).

package figures

import "math"

// ratio reads the rest of "one in five", "two out of three", "1 over 3".
// "over" counts only when the denominator ends the phrase: "$2000 over 3
// years" is not a fraction.
func (p *parser) ratio(num float64, k int) (float64, int, bool) {
	if num <= 0 || num != math.Trunc(num) {
		return 0, k, false
	}
	var j int
	switch {
	case p.lowerIs(k, "out") && p.has(k+1, fOf):
		j = k + 2
	case p.lowerIs(k, "in") && num <= 10:
		j = k + 1
	case p.lowerIs(k, "over"):
		j = k + 1
	default:
		return 0, k, false
	}
	b, ok := p.amount(j)
	if !ok || b.vague || b.fraction || b.decimals || b.val <= num || b.val >= 1000 && !p.lowerIs(k, "out") || b.list != nil || b.dotted {
		return 0, k, false
	}
	if p.lowerIs(k, "over") && !p.endsPhrase(b.end) {
		return 0, k, false
	}
	if p.lowerIs(k, "in") && p.has(b.end, fAgeUnit) {
		return 0, k, false // "1 in 5 years"
	}
	return num / b.val, b.end, true
}

// fractionOf reads "of a million" or "million" after a fraction.
func (p *parser) fractionOf(k int) (float64, int, bool) {
	k0 := k
	if p.has(k, fOf) {
		k++
	}
	if p.has(k, fA) {
		k++
	}
	if p.has(k, fScale) {
		return p.info(k).val, k + 1, true
	}
	if p.lowerIs(k, "dozen") {
		return 12, k + 1, true
	}
	_ = k0
	return 0, k0, false
}

// scaleAndFraction reports whether "and a half" or "and a quarter" stands
// at token k, after a scale: "the million and a half people".
func (p *parser) scaleAndFraction(k int) bool {
	if !p.has(k, fAnd) {
		return false
	}
	_, _, ok := p.andFraction(k + 1)
	return ok
}

// andFraction reads "a half", "three quarters" after "and".
func (p *parser) andFraction(k int) (float64, int, bool) {
	k = p.skipJoinedHyphen(k) // "one-and-a-half"
	num := 0.0
	d := k + 1
	switch {
	case p.has(k, fA) || p.lowerIs(k, "one") && !p.has(k+1, fUnit|fTens):
		num = 1
	case p.has(k, fUnit|fTens):
		num = p.info(k).val
		if p.has(k, fTens) {
			if p.isSym(d, "-") && p.has(d+1, fUnit) {
				d++
			}
			if p.has(d, fUnit) && p.info(d).val < 10 {
				num += p.info(d).val
				d++
			}
		}
	default:
		return 0, k, false
	}
	if p.isSym(d, "-") {
		d++
	}
	if !p.has(d, fDen|fDenPl) || p.lowerIs(d, "second") {
		return 0, k, false
	}
	return num / p.info(d).val, d + 1, true
}

// fractionWordAmount reads "half", "a quarter", "half a million", "a
// quarter of a million", "quarter million".
func (p *parser) fractionWordAmount(start, k int, num float64) (amount, bool) {
	v := num / p.info(k).val
	a := amount{val: v, start: start, end: k + 1, fraction: true, scale: 1, raw: v}
	n := k + 1
	if p.has(n, fA) || p.has(n, fOf) {
		if m, k2, ok := p.fractionOf(n); ok {
			a.val *= m
			a.fraction = false
			a.end = k2
			a.scale = m
			a.raw = v
			return a, true
		}
	}
	if p.has(n, fScale) {
		a.val *= p.info(n).val
		a.fraction = false
		a.end = n + 1
		a.scale = p.info(n).val
	}
	return a, true
}
