package figures

// A broadcaster makes sure of a number by spelling it digit by digit right
// after saying it: "releases ninety — nine-zero — Palestinian prisoners",
// "one hundred fifty, one-five-zero, trucks a day". The spelling is the
// same figure said again, not figures of its own ("nine" and "zero" would
// each count prisoners; "one-five" would read as a range), so the finder
// passes over it. Digits that spell another value than the figure before
// them ("ninety — nine-one —"), or that follow no figure ("won three-one"),
// are read as before.

// spelledDigits returns the token after a run of two or more single-digit
// words joined by hyphens that starts at token i and spells, digit by
// digit, the value of the figure the parser emitted last, when that figure
// ends at most maxSpellGap tokens before i with only marks between
// (a dash, a comma, a bracket). ok is false otherwise.
func (p *parser) spelledDigits(i int) (end int, ok bool) {
	if len(p.out) == 0 || len(p.figTok) == 0 || !p.isSym(i+1, "-") {
		return 0, false
	}
	// A figure of an earlier line ends before this line's tokens (last < 0):
	// no spelling follows it.
	last := int(p.figTok[len(p.figTok)-1][1]) - p.base
	if last < 0 || last > i || i-last > maxSpellGap {
		return 0, false
	}
	for k := last; k < i; k++ {
		if p.toks[k].Kind != tSym {
			return 0, false
		}
	}
	val, n := 0.0, 0
	k := i
	for {
		if !p.isWord(k) || !p.has(k, fUnit) || p.info(k).val > 9 {
			return 0, false
		}
		val, n = val*10+p.info(k).val, n+1
		if !p.isSym(k+1, "-") || !p.isWord(k+2) {
			break
		}
		k += 2
	}
	if n < 2 || val != p.out[len(p.out)-1].Value {
		return 0, false
	}
	return k + 1, true
}

// maxSpellGap is how many marks may stand between a figure and its
// spelling: "ninety — nine-zero", "fifty (five-zero)".
const maxSpellGap = 2
