package figures

import (
	"math"
	"strconv"
	"strings"
)

// numberWordFlags are the flags of a word that starts a number word.
const numberWordFlags = fUnit | fTens | fA | fHundred | fScale | fDozen | fDen | fVague | fPoint

// wordNumberAt reports whether a number word starts at token i.
func (p *parser) wordNumberAt(i int) bool { return p.has(i, numberWordFlags) }

type wordState int

const (
	wsNone wordState = iota
	wsUnit
	wsTens
	wsHundred
	wsScale
	wsDigits
	wsDecimal
)

// words reads a number written in words, or digits followed by words
// ("1.4 million", "3 hundred and 21"). a holds digits already read, if any.
func (p *parser) words(j int, a amount) (amount, bool) {
	total, cur := 0.0, 0.0
	state := wsNone
	lastScale := math.Inf(1)
	k := j
	scale := 1.0
	if a.end > a.start {
		cur = a.val
		state = wsDigits
		k = a.end
	} else {
		a = amount{start: j, scale: 1}
	}
	any := state != wsNone
	andFraction := false
	for steps := 0; k < len(p.toks) && steps < maxTokensPerFigure; steps++ {
		if p.toks[k].Break && k > j {
			break
		}
		w := p.info(k)
		switch {
		case p.hyphenCarriesNumber(k, state, !math.IsInf(lastScale, 1)):
			// "14-million", "three-point-three", "one-and-a-half" (hyphens.go)
			k++
			continue
		case p.oddBeforeScale(k, state, !math.IsInf(lastScale, 1)) > 0:
			// "twenty-odd thousand" (oddscale.go)
			k += p.oddBeforeScale(k, state, !math.IsInf(lastScale, 1))
			a.approx = true
			continue
		case p.isSym(k, "-–") && state == wsTens && p.has(k+1, fUnit) && p.info(k+1).val < 10 && p.info(k+1).val > 0,
			p.isSym(k, "-–") && (state == wsUnit || state == wsTens || state == wsHundred) && p.has(k+1, fDen|fDenPl):
			// "thirty-one", "fifty - two", "two-thirds"
			k++
			continue
		case w.flags&fAnd != 0 && any:
			// "two hundred and fifty", "five and a half million", "twenty and three fifths".
			if fr, k2, ok := p.andFraction(k + 1); ok && state != wsDecimal {
				// Half of a scale is a count ("a million and a half"); so is
				// a fraction a scale multiplies later ("twelve and a half
				// thousand"). "Twenty and three fifths" stays a fraction.
				switch {
				case p.has(k2, fScale) && state == wsScale && p.info(k2).val < lastScale:
					// "one billion and a half million"
					total += fr * p.info(k2).val
					k2++
				case state == wsScale:
					total += fr * lastScale
				default:
					cur += fr
					a.fraction = true
					andFraction = true
				}
				k = k2
				state = wsDecimal
				continue
			}
			if (state == wsHundred || state == wsScale) && (p.has(k+1, fUnit|fTens) || p.isNum(k+1) && p.intAt(k+1) < lastScale && p.intAt(k+1) < 1000) {
				k++
				continue
			}
			if k2 := p.hedgeAfterAnd(k + 1); (state == wsHundred || state == wsScale) && k2 > k {
				k = k2 // "two hundred and, I think, sixty-six" (spoken.go)
				continue
			}
			goto done
		case w.flags&fUnit != 0 && p.toks[k].Kind == tWord:
			if state == wsUnit || state == wsDigits || state == wsDecimal || state == wsTens && (w.val >= 10 || w.val == 0) {
				goto done
			}
			if p.lowerIs(k, "one") && any && state != wsTens && state != wsHundred && state != wsScale {
				goto done
			}
			cur += w.val
			state = wsUnit
		case w.flags&fTens != 0:
			if v, plural, joined, end, ok := p.compoundOrdinal(k, state != wsNone); ok { // compoundordinal.go
				switch {
				case joined && state == wsUnit && total == 0 && plural == (cur != 1):
					// "one twenty-fifth", "three twenty-fifths": a fraction.
					cur /= v
					a.fraction = true
					state = wsDecimal
					k = end
					if m, k2, ok := p.fractionOf(k); ok {
						cur *= m
						a.fraction = false
						k = k2
					}
					continue
				case state == wsNone || state == wsHundred || state == wsScale:
					// "the twenty-first day", "the one hundred and
					// twenty-fifth anniversary": the number ranks.
					return amount{}, false
				}
				goto done
			}
			if state == wsUnit || state == wsTens || state == wsDigits || state == wsDecimal {
				goto done
			}
			cur += w.val
			state = wsTens
		case p.toks[k].Kind == tNum && (state == wsHundred || state == wsScale && (lastScale <= 1000 || p.smallerScaleAt(k+1, lastScale))):
			// "2 thousand 300", and digits that a smaller scale after
			// them multiplies: "2 million and 300 thousand".
			v, dec, kind := parseDigits(p.str(k))
			if dec || kind != numPlain || v >= lastScale || state == wsHundred && v >= 100 || v >= 1000 {
				goto done
			}
			cur += v
			state = wsDigits
		case w.flags&fHundred != 0 && (w.flags&fVague == 0 || any):
			if state == wsHundred || state == wsDecimal && cur >= 100 {
				goto done
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			state = wsHundred
			scale = 100
		case w.flags&fScale != 0 || w.flags&fScalePl != 0 && any:
			s := w.val
			switch {
			case cur == 0 && total == 0:
				cur = 1
				total = s
			case cur == 0 && total > 0:
				if s <= lastScale {
					goto done
				}
				total *= s
			case s > lastScale && total > 0:
				total = (total + cur) * s
			default:
				total += cur * s
			}
			cur = 0
			lastScale = s
			scale = s
			state = wsScale
			if andFraction {
				a.fraction = false
			}
		case w.flags&fDozen != 0 && any:
			total = (total + cur) * 12
			cur = 0
			state = wsScale
			lastScale = 12
		case w.flags&fPoint != 0 && state != wsDecimal && state != wsScale:
			dec, k2, ok := p.pointDigits(k + 1)
			if !ok {
				goto done
			}
			cur += dec
			a.decimals = true
			k = k2
			state = wsDecimal
			any = true
			continue
		case (w.flags&(fDen|fDenPl) != 0) && (state == wsUnit || state == wsTens || w.flags&fDenPl != 0 && (state == wsHundred || state == wsScale)):
			// "two thirds", "one eighth", "twenty fifths", "ninety-five
			// hundred fifths"; not "the twenty fifth".
			plural := w.flags&fDenPl != 0
			if !plural && (cur != 1 || total != 0) || plural && cur == 1 && total == 0 {
				goto done
			}
			cur = (total + cur) / w.val
			total = 0
			a.fraction = true
			state = wsDecimal
			if m, k2, ok := p.fractionOf(k + 1); ok {
				cur *= m
				a.fraction = false
				k = k2
				continue
			}
		default:
			goto done
		}
		any = true
		k++
	}
done:
	if !any || k == j && state == wsNone {
		return amount{}, false
	}
	// Trailing "and" belongs to the sentence, not the number.
	for k > j && p.has(k-1, fAnd) {
		k--
	}
	if state == wsScale && cur == 0 {
		if rest, ok := p.spokenTail(a.start, k, lastScale); ok {
			total += rest.val
			k = rest.end
			scale = rest.scale
		}
	}
	a.val = total + cur
	a.end = k
	a.scale = scale
	if a.digits {
		a.scale = scale
		if scale == 1 {
			a.scale = 1
		}
	}
	if a.scale > 1 && a.val != 0 {
		a.raw = a.val / a.scale
	} else {
		a.raw = a.val
	}
	if state == wsScale || state == wsHundred {
		a.plainInt = false
	}
	return a, true
}

// smallerScaleAt reports whether a scale smaller than last stands at token
// k: the "thousand" of "2 million and 300 thousand".
func (p *parser) smallerScaleAt(k int, last float64) bool {
	return p.has(k, fScale) && p.info(k).val < last && !p.toks[k].Break
}

// pointDigits reads the digits after "point": "two point five", "nine point nought four".
func (p *parser) pointDigits(k int) (float64, int, bool) {
	var b strings.Builder
	b.WriteString("0.")
	k = p.skipJoinedHyphen(k) // "three-point-three"
	start := k
	for k < len(p.toks) {
		if p.isNum(k) {
			s := p.str(k)
			if !allDigits(s) {
				break
			}
			b.WriteString(s)
			k++
			continue
		}
		w := p.info(k)
		if w.flags&fUnit != 0 && p.isWord(k) {
			b.WriteString(strconv.Itoa(int(w.val)))
			k++
			continue
		}
		if w.flags&fTens != 0 {
			v := int(w.val)
			k++
			if p.isSym(k, "-") && p.has(k+1, fUnit) {
				k++
			}
			if p.has(k, fUnit) && p.info(k).val < 10 && p.info(k).val > 0 {
				v += int(p.info(k).val)
				k++
			}
			b.WriteString(strconv.Itoa(v))
			continue
		}
		break
	}
	if k == start {
		return 0, k, false
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, k, err == nil
}

// articleAmount reads what follows "a"/"an": "a million", "a dozen", "a
// few hundred", "a half", "a third of a million", "a couple of".
func (p *parser) articleAmount(j int) (amount, bool) {
	k := j + 1
	switch {
	case p.has(k, fHundred) && !p.has(k, fVague) || p.has(k, fScale):
		a, ok := p.words(k, amount{})
		if !ok {
			return a, false
		}
		a.start = j
		return a, true
	case p.lowerIs(k, "few") || p.lowerIs(k, "couple") || p.lowerIs(k, "pair"):
		return p.fewAmount(j, k+1)
	case p.lowerIs(k, "dozen"):
		a := amount{val: 12, start: j, end: k + 1, scale: 12, raw: 1}
		if p.has(k+1, fScale) || p.has(k+1, fOf) && p.has(k+2, fScale) {
			return p.words(k, a)
		}
		return a, true
	case p.has(k, fDen) && !p.lowerIs(k, "second") && !p.lowerIs(k, "first") && !p.halfPeriod(k) && // halfperiod.go
		!p.rankingOrdinalAt(k): // ordinalrank.go
		return p.fractionWordAmount(j, k, 1)
	case p.has(k, fTens) && p.has(k+3, fOf) && p.joinedHyphen(k+1) && p.has(k+2, fOrdinal|fDen) && !p.has(k+2, fDenPl):
		// "a twenty-fifth of the vote" (compoundordinal.go); "a
		// twenty-first-century war" has no "of" after it.
		if v, _, _, end, ok := p.compoundOrdinal(k, false); ok && end == k+3 {
			return amount{val: 1 / v, start: j, end: end, fraction: true, scale: 1, raw: 1 / v}, true
		}
		return amount{}, false
	case p.lowerIs(k, "grand") || p.has(k, fCurWord) && p.info(k).cur != "" && !strings.HasSuffix(strings.ToLower(p.str(k)), "s"):
		// "a dollar", "a grand": one of the currency. The currency is read by the caller.
		// "a dollar of leverage", "a pound of flesh": the currency measures
		// what follows "of" and names no amount.
		if p.has(k+1, fOf) {
			return amount{}, false
		}
		return amount{val: 1, start: j, end: k, scale: 1, raw: 1}, true
	}
	return amount{}, false
}
