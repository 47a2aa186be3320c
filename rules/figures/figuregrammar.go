package figures

import (
	"math"
	"strings"
)

// The figure grammar: figure reads one figure's shape, [sign] [currency]
// amount [magnitude] [currency|percent] [suffix qualifier], from a token.
// It stands apart from parse.go's parser loop (parseAt, finish, emit) and
// token accessors because it is the one reader of a figure's own words;
// classify.go then says what kind of figure it is.

// figure reads [sign] [currency] amount [magnitude] [currency|percent]
// [suffix qualifier] starting at token j. It sets bounds only for vague
// amounts; finish sets the rest.
func (p *parser) figure(j int, qualified bool) (Figure, int, bool) {
	start := j
	neg := false
	if p.has(j, fNeg) && (p.isNum(j+1) || p.wordNumberAt(j+1)) {
		neg = true
		j++
	} else if p.isSym(j, "-−") && p.isNum(j+1) && (p.attached(j+1) || j == 0) && (j == 0 || p.toks[j].Space || p.toks[j].Break) && !p.isNum(j-1) {
		neg = true
		j++
	}
	cur, curScale, k, hasCur := p.currencyPrefix(j)
	if hasCur {
		j = k
	}
	if hasCur && !neg && p.isSym(j, "-−") && p.isNum(j+1) && p.attached(j+1) {
		neg = true
		j++
	}
	a, ok := p.amount(j)
	if !ok {
		return Figure{}, start, false
	}
	if a.list != nil {
		return Figure{}, start, false
	}
	end := a.end
	f := Figure{Kind: Count}
	if a.fraction {
		f.Kind = Fraction
	}
	if a.vague {
		f.Qualifier = Vague
	}
	if a.approx {
		f.Qualifier = Approximately
	}
	val := a.val
	scale := a.scale
	unit := ""

	// Magnitude abbreviations: 10k, $3.3bn, £10m, 1.2 M; "$3.3-bn" (hyphens.go).
	if a.digits && scale == 1 && p.hyphenedMagnitude(end, hasCur) {
		end++
	}
	if a.digits && scale == 1 && p.has(end, fMag) && !p.optionLetter(end) && !p.dottedInitialism(end) {
		s := p.str(end)
		ls := strings.ToLower(s)
		// Spaced and hyphened to a word, the letters open a compound
		// ("20 mil-spec radios").
		ok := p.attached(end) || (len(ls) > 1 && ls != "mm" && ls != "mil" && ls != "mill" || p.endsPhrase(end+1)) && !p.joinedHyphen(end+1)
		// Alone, a lower-case m is metres and a g grams, a G fused to a
		// whole number names a generation (5G) and a K fused to one digit
		// a standard (4K); with money, or before what is counted, they are
		// millions, billions and thousands. Pounds that weigh ("40m pounds
		// of flour", poundweight.go) are no currency, but take millions too.
		if s == "m" || s == "g" || ls == "mm" || (s == "G" || s == "K" && a.ndigits == 1) && a.plainInt && p.attached(end) {
			// Both ends of "1.2m-1.4m" carry the letter: what follows the
			// range tells it for both.
			after, first := p.sameMagnitudeRangeEnd(end), p.sameMagnitudeRangeStart(a.start)
			ok = ok && (hasCur || p.curSuffixAt(after) || p.lowerIs(after, "pounds") || s == "m" && p.attached(end) && p.countedAhead(first, after) ||
				s == "K" && p.kiloCountsAt(a.start, after))
		}
		if ok {
			m := p.info(end).val
			val *= m
			scale = m
			end++
			end = p.magnitudeStop(end, hasCur)
		}
	}
	// A currency after the number: 20€, 10 dollars, 3.14US$, 75 USD million.
	if !hasCur {
		c, mult, k, ok := p.currencySuffix(end)
		if !ok {
			c, mult, k, ok = p.scaledCurrencySuffix(end, scale) // "3.8-billion-dollar"
		}
		if !ok {
			c, mult, k, ok = p.hyphenCurrency(end) // "a five-dollar bill" (hyphencurrency.go)
		}
		if ok {
			cur, curScale, hasCur = c, mult, true
			end = k
			if scale == 1 && p.has(end, fScale) {
				scale = p.info(end).val
				val *= scale
				end++
			}
		}
	} else if c, _, k, ok := p.currencySuffix(end); ok && (c == cur || p.str(end) == "dollars" || p.str(end) == "dollar") {
		end = k // "$ 10 dollars"
	}
	if hasCur {
		f.Kind = Money
		unit = cur
		val *= curScale
		// "$20 and 43 cents", "20 dollars 43", "3 GBP 1 pence".
		if !a.decimals && val == math.Trunc(val) && val < 1e6 {
			if sub, k, ok := p.subunitTail(end); ok {
				val += sub
				end = k
			}
		}
	} else if p.hyphenSubunit(end) || p.has(end, fSubunit) && (len(p.str(end)) > 1 || p.attached(end) && !p.capitalised(end)) {
		if p.hyphenSubunit(end) {
			end++ // "a 12-cent dividend" (hyphencurrency.go)
		}
		// "50 cents", "470 pence", "10¢", "50p": money in the main unit; a
		// capital is a unit of its own ("40C" is Celsius).
		f.Kind = Money
		switch w := strings.ToLower(p.str(end)); {
		case w == "pence" || w == "p" || w == "penny" || w == "pennies":
			unit = "GBP"
		case w == "sen" || w == "sens":
			unit = "MYR"
		case strings.HasPrefix(w, "kop"):
			unit = "UAH"
		case w == "agorot" || w == "agora":
			unit = "ILS"
		case w == "fils":
			unit = "AED"
		case w == "paise":
			unit = "INR"
		default:
			unit = "USD"
		}
		val *= p.info(end).val
		end++
	}
	if f.Kind != Money {
		if k, pp, ok := p.percentSuffix(end); ok {
			f.Kind = Percent
			unit = "%"
			if pp {
				unit = "pp"
			}
			end = k
		}
	}
	if neg {
		val = -val
	}
	f.Value = val
	f.Unit = unit
	if a.vague {
		lo, hi := a.lo*curScale, a.hi*curScale
		f.Value = a.val * curScale
		p.bound(&f, lo, hi)
	}

	// Suffix qualifiers: "700 or more", "30,000-plus", "40 or so", "30-odd".
	if f.Qualifier == Exact {
		k := end
		hyphened := p.isSym(k, "-") && p.attached(k) && (p.lowerIs(k+1, "plus") || p.lowerIs(k+1, "odd"))
		if hyphened {
			k++
		}
		// A figure after the phrase, or "than" ("34,000 and more than a
		// million"), makes it the start of the next figure; a spaced one
		// before another amount is an addition ("$3.3bn plus $500m"): see
		// amountAhead. "30,000-plus" is one word, a bound wherever it stands.
		if ph, k2 := p.matchPhrase(k, true); ph != nil && !p.isNum(k2) && !p.wordNumberAt(k2) &&
			(hyphened || !p.amountAhead(k2)) && !p.lowerIs(k2, "than") {
			isPlus := p.isSym(k, "+")
			if !isPlus || p.attached(k) {
				f.Qualifier = ph.q
				end = k2
			}
		}
	}

	if f.Qualifier == Exact && !qualified && !hasCur && f.Kind == Count {
		// A prefix already bounds or hedges the figure ("about 120
		// trucks or more"): the phrase after its noun, farther off,
		// leaves it as the prefix says.
		if q, ok := p.nounSuffixQualifier(end); ok {
			f.Qualifier = q // "250,000 villagers or more" (nounsuffix.go)
		}
	}

	if f.Qualifier == Exact && (p.bracketEstimate(end) || p.estimateAbbrevBefore(start)) {
		f.Qualifier = Approximately // "2.3 million (est.)", "c. 650,000" (bracketEstimate)
	}
	if f.Qualifier == Exact && p.hedgeAnswers(end) {
		f.Qualifier = Approximately // "... in Rafah? Somewhere around there." (hedgeanswer.go)
	}

	if !hasCur && f.Kind == Count && f.Qualifier == Exact && !a.fraction {
		if fr, k, ok := p.ratio(val, end); ok {
			f.Value, f.Kind, end = fr, Fraction, k
			// "one in five or more", "one in ten or so": the phrase
			// after the ratio qualifies it, as it would its first number.
			if ph, k2 := p.matchPhrase(end, true); ph != nil && !p.isSym(end, "+") && !p.isNum(k2) && !p.wordNumberAt(k2) &&
				!p.amountAhead(k2) && !p.lowerIs(k2, "than") {
				f.Qualifier = ph.q
				end = k2
			}
		}
	}
	if !hasCur && f.Kind == Count {
		p.classify(&f, &a, start, &end, qualified)
	}
	f.scale = scale
	return f, end, true
}
