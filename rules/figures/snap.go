package figures

import (
	"math"
	"strconv"
)

// snapDecimal gives back a figure's value as its words write it. A decimal
// times its scale is not exact in binary: "$2.05bn" is 2.05 × 1e9 =
// 2049999999.9999998, "4.1m" 4099999.9999999995, which Slack's messages,
// history and the API then showed as "USD 2,049,999,999.9999" with a
// difference of "+49,999,999.9999". No news text writes more than fifteen
// significant digits, and the product's error lies far below them, so the
// value rounded to fifteen is the one written (snap.yaml).
//
// The rounding is done by arithmetic, not by formatting and parsing the
// value again, which cost every sentence with a decimal in it about two
// thousand instructions (docs/performance.md): the fifteen digits are an
// integer below 2^53, exact in a float64, and dividing it by an exact
// power of ten rounds once, to the float64 nearest the decimal, as
// strconv.ParseFloat of those digits does.
func snapDecimal(v float64) float64 {
	if v == math.Trunc(v) || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	a := math.Abs(v)
	k := 14 - int(math.Floor(math.Log10(a))) // places kept after the point
	if k < 0 || k >= len(exactPow10) {
		return snapDecimalSlow(v)
	}
	n := math.RoundToEven(a * exactPow10[k])
	switch {
	case n >= 1e15 && k > 0: // Log10 a hair under a power of ten
		k--
		n = math.RoundToEven(a * exactPow10[k])
	case n < 1e14 && k+1 < len(exactPow10): // or a hair over
		k++
		n = math.RoundToEven(a * exactPow10[k])
	}
	return math.Copysign(n/exactPow10[k], v)
}

// snapDecimalSlow rounds to fifteen significant digits through their text,
// for values too small or too large for exactPow10.
func snapDecimalSlow(v float64) float64 {
	s, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return s
}

// exactPow10 holds the powers of ten a float64 holds exactly.
var exactPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// snapFigures snaps every figure's value and bounds (snapDecimal).
func snapFigures(figs []Figure) {
	for i := range figs {
		f := &figs[i]
		f.Value = snapDecimal(f.Value)
		if f.Low != nil {
			*f.Low = snapDecimal(*f.Low)
		}
		if f.High != nil {
			*f.High = snapDecimal(*f.High)
		}
	}
}
