package figures

import "strconv"

// A press that writes in Spanish, Portuguese, French, Turkish or German
// groups thousands with a point, and its copy put into English often keeps
// it: "the number of deceased amounts to 34.183", "50.000 persons",
// "some 1.900 Palestinian prisoners", "3.800 million dollars" (3,800
// million). English writes no count with three decimals and no money but
// a price ("$3.499 a gallon") or a precise sum before its scale ("$1.275
// billion"); it never pads a decimal with a trailing nought before a
// scale of a million ("3.8 million", not "3.800 million"). So one point
// followed by exactly three digits, after one to three digits that do not
// open on a nought, groups thousands unless
//   - a scale follows and the last digit is not a nought ("$1.275
//     billion", "2.125m"),
//   - a scale of a billion or more follows, nought or not: budget English
//     writes billions to the thousandth ("$3.300 billion in FMF", "a
//     $1.250bn bond"), and a press that groups thousands with a point
//     writes its billions as "thousand million" or "3,3 billion"; no
//     count it calques runs to thousands of billions,
//   - a currency sign stands before it and no scale follows (a price:
//     "$3.499", "€1.125"),
//   - a percent follows ("1.125%", "2.375 per cent"), where decimals are
//     the norm,
//   - seconds follow: a time kept to the thousandth ("ran 9.581
//     seconds") is English, and a translated count of seconds is rare.
// Two or more points ("1.234.567") were already read as groups by
// parseDigits; a comma with the point ("1.234,5") too. The continental
// decimal comma ("1,4 million") is parseDigits' as well.

// dotThousands returns the value of number token j, written s, read with
// its point grouping thousands, and whether it is so read.
func (p *parser) dotThousands(j int, s string) (float64, bool) {
	if n := len(s); n < 5 || n > 7 || s[n-4] != '.' || s[0] < '1' || s[0] > '9' {
		return 0, false
	}
	joined := make([]byte, 0, 6)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			joined = append(joined, c)
		case i != len(s)-4:
			return 0, false
		}
	}
	switch {
	case p.has(j+1, fScale|fMag):
		if s[len(s)-1] != '0' || p.info(j+1).val >= 1e9 {
			return 0, false
		}
	case p.has(j-1, fCurSym) || p.isSym(j-1, "$"):
		return 0, false
	default:
		if _, _, pct := p.percentSuffix(j + 1); pct || p.lowerIsAny(j+1, timedSeconds) {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(string(joined), 64)
	return v, err == nil
}

// timedSeconds are the words of a time kept to the thousandth of a second.
var timedSeconds = []string{"seconds", "second", "secs", "sec"}
