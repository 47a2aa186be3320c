package rules

import "testing"

// TestLiveDays: a fortnight's days, in digits or words ("a" for one), are
// live copy's count; more, or another unit, are not.
func TestLiveDays(t *testing.T) {
	for _, c := range []struct {
		n, unit string
		want    bool
	}{
		{"a", "day", true}, {"four", "days", true}, {"fourteen", "days", true}, {"11", "days", true},
		{"fifteen", "days", false}, {"15", "days", false}, {"0", "days", false}, {"zero", "days", false},
		{"four", "weeks", false}, {"several", "days", false},
	} {
		if got := liveDays(c.n, c.unit); got != c.want {
			t.Errorf("liveDays(%q, %q) = %v, want %v", c.n, c.unit, got, c.want)
		}
	}
}
