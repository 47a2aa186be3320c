package figures

import "testing"

// TestUnitWordValue: the number words under twenty read as the parser
// reads them; other words, and larger numbers, are not unit words.
func TestUnitWordValue(t *testing.T) {
	for w, want := range map[string]int{"one": 1, "four": 4, "fourteen": 14, "nineteen": 19} {
		if v, ok := UnitWordValue(w); !ok || v != want {
			t.Errorf("UnitWordValue(%q) = %d, %v; want %d", w, v, ok, want)
		}
	}
	for _, w := range []string{"twenty", "dozen", "days", "a", ""} {
		if v, ok := UnitWordValue(w); ok {
			t.Errorf("UnitWordValue(%q) = %d: not a number word under twenty", w, v)
		}
	}
}
