package figures

import (
	"math"
	"testing"
)

// TestScaledDecimalsExact reads testdata/snap.yaml: a decimal times its
// scale must come out exactly as written, not merely near it (snap.go).
func TestScaledDecimalsExact(t *testing.T) {
	exact := func(w *float64, got float64) bool { return w == nil || *w == got }
	bound := func(w *bound, got *float64) bool { return w == nil || !w.open && got != nil && w.v == *got }
	for _, c := range loadCases(t, "testdata/snap.yaml") {
		figs := Find(c.In)
		used := make([]bool, len(figs))
	want:
		for _, w := range c.Want {
			for i, f := range figs {
				if !used[i] && w.matches(f) && exact(w.Value, f.Value) && bound(w.Low, f.Low) && bound(w.High, f.High) {
					used[i] = true
					continue want
				}
			}
			t.Errorf("testdata/snap.yaml:%d: %q: no figure is exactly %v; got %+v", c.line, c.In, w, figs)
		}
	}
}

// TestSnapByArithmeticAsText holds snapDecimal's arithmetic to the
// rounding through text it replaced, on decimals as news writes them: up to
// six digits with up to four places, times each scale a figure takes, and
// negatives, tiny and huge values on the slow path.
func TestSnapByArithmeticAsText(t *testing.T) {
	scales := []float64{1, 1e2, 1e3, 1e6, 1e9, 1e12}
	for places := 1; places <= 4; places++ {
		div := math.Pow(10, float64(places))
		for m := 1; m < 1_000_000; m += 7 {
			d := float64(m) / div
			for _, s := range scales {
				v := d * s
				if got, want := snapDecimal(v), snapThroughText(v); got != want {
					t.Fatalf("%v × %v = %v: snapped %v, through text %v", d, s, v, got, want)
				}
				if got := snapDecimal(-v); got != -snapThroughText(v) {
					t.Fatalf("-%v: snapped %v", v, got)
				}
			}
		}
	}
	for _, v := range []float64{1e-9 / 3, 2.5e-30, 1.5e300, 0.1 + 0.2, 99999.99999999999, 1e14 + 0.5} {
		if got, want := snapDecimal(v), snapThroughText(v); got != want {
			t.Errorf("%v: snapped %v, through text %v", v, got, want)
		}
	}
}

// snapThroughText is the rounding snapDecimal replaced: whole values as
// they are, the rest through fifteen digits of text.
func snapThroughText(v float64) float64 {
	if v == math.Trunc(v) {
		return v
	}
	return snapDecimalSlow(v)
}
