package figures

import "testing"

func TestRoundingUnit(t *testing.T) {
	for _, c := range []struct {
		text string
		want float64
	}{
		{"some 44,000", 1000},
		{"about 47,500", 500},
		{"about 47,300", 100},
		{"about 45,000", 5000},
		{"about 1.35 million", 50000}, // a half step, as 47,500
		{"about 1.32 million", 10000},
		{"about 3.2%", 0.1},
		{"about 700", 100},
		{"33,091", 1},
	} {
		fs := Find(c.text)
		if len(fs) != 1 {
			t.Fatalf("%q: %d figures", c.text, len(fs))
		}
		if got := fs[0].RoundingUnit(); got != c.want {
			t.Errorf("%q: unit %v, want %v", c.text, got, c.want)
		}
	}
}
