package notify

import "testing"

// A value with a fraction is written as its words gave it: a turnout of
// 61.4 per cent, a change of 1.7 points, a price of $1.35, not the digits
// its binary value cuts to (61.3999, 1.6999).
func TestFormatNumberFractions(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{61.4, "61.4"},
		{41.2, "41.2"},
		{61.4 - 59.7, "1.7"},
		{1.35, "1.35"},
		{0.1 + 0.2, "0.3"},
		{-2.675, "−2.675"},
		{99.99995, "100"},
		{33091, "33,091"},
		{3.3e9, "3,300,000,000"},
		{1234.5678, "1,234.5678"},
		{0.00004, "0"},
		{-0.00004, "0"},
	} {
		if got := FormatNumber(c.in); got != c.want {
			t.Errorf("FormatNumber(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
