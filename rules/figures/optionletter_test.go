package figures

import "testing"

// TestOptionLetter pins the one reading of a quiz's option letters that
// the finder (a letter after a number is no magnitude) and the rules (a
// quiz's choices are left) share.
func TestOptionLetter(t *testing.T) {
	for text, want := range map[string]bool{
		"How many? A) 12,000":       true,
		"How many? (b) 21,000":      true,
		"How many? c) 45,000":       true,
		"How many? C. 40,000":       true,
		"How many? C. $8,000":       true,
		"How many? c. 40,000":       false, // a small letter's full stop ends no label
		"How many? F) 40,000":       false, // past the first five
		"How many? ZB) 40,000":      false,
		"It fell to 150,000B) then": false, // fused to the number: its magnitude
		"How many? C. Smith said":   false,
	} {
		d := Analyze(text)
		got := false
		for k := range d.Tokens {
			got = got || d.OptionLetter(k)
		}
		if got != want {
			t.Errorf("%q: OptionLetter somewhere = %v, want %v", text, got, want)
		}
	}
}
