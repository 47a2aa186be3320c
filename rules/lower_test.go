package rules

import "testing"

// TestLowerASCII checks that only ASCII capitals change, byte for byte.
func TestLowerASCII(t *testing.T) {
	var all []byte
	for c := range 256 {
		all = append(all, byte(c), 'x', byte(255-c))
	}
	for _, s := range []string{string(all), string(all[3:]), "", "a", "A", "ABC", "abc", "Gaza's Health Ministry SAID", "ÉCOLE Über ΑΘΗΝΑ", "x\xffY", "Z"} {
		want := []byte(s)
		for i, c := range want {
			if c >= 'A' && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := lowerASCII(s); got != string(want) {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}
