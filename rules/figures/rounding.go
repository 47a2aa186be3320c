package figures

import "math"

// RoundingUnit is the unit an approximate figure is rounded to, as its
// digits show: "some 44,000" a thousand, "about 47,500" five hundred (a
// last non-zero digit of 5 is a half step of the unit above it), "1.35
// million" ten thousand, "about 3.2%" a tenth. Zero for zero, or a value
// whose digits do not end within fifteen places.
//
// "About" widens a figure to ±10% (bounds), which is what it may be true
// of; but a reporter writing "about 47,500" chose that number to the
// hundred, and would not have written it for a count of 44,000. The unit
// is what tells a rounded restatement from a new figure (see Rounds).
func (f Figure) RoundingUnit() float64 {
	v := math.Abs(f.Value)
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0
	}
	// The smallest power of ten the value is a whole multiple of, from
	// the millionth up: the unit of its last non-zero digit.
	unit := 0.0
	for k := -6; k <= 15; k++ {
		u := math.Pow(10, float64(k))
		q := v / u
		if math.Abs(q-math.Round(q)) > 1e-9*q {
			break
		}
		unit = u
	}
	if unit == 0 {
		return 0
	}
	if math.Mod(math.Round(v/unit), 10) == 5 {
		unit *= 5
	}
	return unit
}

// Rounds reports whether an approximate figure f can be a rounding of
// what o states: some value o allows, rounded to f's unit, is f's value.
// An approximate o states its own value to its own unit ("some 44,000" is
// 43,500 to 44,500), not its ±10%: "about 40,000" then rounds it (a looser
// restatement) and "about 47,500" does not. For any other f (exact, a
// bound, a range) and for a unit it cannot tell, Rounds is true: the
// figure's own range is all there is to judge it by.
func (f Figure) Rounds(o Figure) bool {
	unit := f.RoundingUnit()
	if f.Qualifier != Approximately || unit == 0 {
		return true
	}
	lo, hi := f.Value-unit/2, f.Value+unit/2
	olo, ohi := math.Inf(-1), math.Inf(1)
	if o.Qualifier == Approximately && o.RoundingUnit() > 0 {
		ou := o.RoundingUnit()
		olo, ohi = o.Value-ou/2, o.Value+ou/2
	} else {
		if o.Low != nil {
			olo = *o.Low
		}
		if o.High != nil {
			ohi = *o.High
		}
	}
	return lo <= ohi && olo <= hi
}
