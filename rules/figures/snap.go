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
func snapDecimal(v float64) float64 {
	if v == math.Trunc(v) || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	s, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return s
}

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
