package figures

import "testing"

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
