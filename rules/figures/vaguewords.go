package figures

import "strings"

// Amounts without a number: a vague plural of a scale ("hundreds", "tens of
// thousands") and a few ("several", "a couple of hundred").

// vagueAmount reads "dozens", "hundreds", "thousands", "tens of thousands",
// "hundreds of millions", "scores".
func (p *parser) vagueAmount(j int) (amount, bool) {
	base := p.info(j).val
	end := j + 1
	if p.has(end, fOf) && p.has(end+1, fScalePl) && (p.lowerIs(j, "tens") || p.lowerIs(j, "hundreds") || p.lowerIs(j, "dozens")) {
		base *= p.info(end + 1).val
		end += 2
	} else if p.lowerIs(j, "tens") {
		return amount{}, false
	}
	lo, hi := 2*base, 10*base
	if p.lowerIs(j, "dozens") {
		lo, hi = 24, 100
	}
	if p.lowerIs(j, "scores") {
		lo, hi = 40, 100
	}
	return amount{val: lo, lo: lo, hi: hi, vague: true, start: j, end: end, scale: 1, raw: lo}, true
}

// fewAmount reads "several", "a few", "a couple", "a few hundred",
// "several thousand", "a couple of".
func (p *parser) fewAmount(start, k int) (amount, bool) {
	w := strings.ToLower(p.str(k - 1))
	end := k
	if (w == "couple" || w == "pair") && p.has(end, fOf) && !p.wordNumberAt(end+1) {
		end++
	}
	a := amount{start: start, end: end, scale: 1}
	switch w {
	case "couple":
		a.val, a.approx = 2, true
	case "pair":
		a.val = 2
	case "few":
		a.val, a.lo, a.hi, a.vague = 3, 2, 9, true
	case "several":
		a.val, a.lo, a.hi, a.vague = 3, 3, 9, true
	}
	if w == "couple" || w == "few" || w == "several" {
		n := k
		if w == "couple" && p.has(n, fOf) {
			n++ // "a couple of thousand"
		}
		if s, e := p.fewScale(n); e > n {
			a.lo, a.hi, a.val = a.lo*s, a.hi*s, a.val*s
			a.end = e
		}
	}
	a.raw = a.val
	return a, true
}

// fewScale reads the multiplier after "a couple", "a few" or "several" at
// token k: "hundred", "thousand", "million", "dozen", or "hundred" before
// a scale ("a couple hundred thousand" is some 200,000, not 2 and then
// 100,000). It returns the multiplier and the token after it, or k when
// none stands there.
func (p *parser) fewScale(k int) (float64, int) {
	if !p.has(k, fScale|fDozen) && !p.lowerIs(k, "hundred") {
		return 1, k
	}
	s, e := p.info(k).val, k+1
	if p.lowerIs(k, "hundred") && p.has(k+1, fScale) {
		s, e = s*p.info(k+1).val, k+2
	}
	if p.str(e) == "-" {
		return 1, k // "a couple of million-dollar homes": the scale is a modifier's
	}
	return s, e
}
