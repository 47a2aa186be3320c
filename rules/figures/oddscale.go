package figures

// "Odd" inside a number, before its scale: "twenty-odd thousand fans",
// "a 30-odd million budget", "forty odd thousand people". The "odd" hedges
// the number before it, as "30,000-odd" does after (suffixQualifiers), and
// the scale after it still multiplies: the figure is about 20,000, not 20
// with a stray "thousand".

// oddBeforeScale returns how many tokens the "odd" at token k takes up,
// hyphened ("-odd") or spaced, where it stands between a number read so
// far (in state, with no scale yet) and a scale that goes on with it; 0
// where it does not.
func (p *parser) oddBeforeScale(k int, state wordState, scaled bool) int {
	if scaled || state != wsUnit && state != wsTens && state != wsDigits && state != wsHundred {
		return 0
	}
	n := 0
	switch {
	case p.joinedHyphen(k) && p.lowerIs(k+1, "odd"):
		n = 2
	case p.lowerIs(k, "odd") && !p.toks[k].Break:
		n = 1
	default:
		return 0
	}
	if !p.has(k+n, fScale) || p.toks[k+n].Break {
		return 0
	}
	return n
}
