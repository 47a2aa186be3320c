package jsonw

import (
	"encoding/json"
	"math"
	"strconv"
	"testing"
)

// TestMatchesEncodingJSON checks, byte for byte, that strings and floats
// are written as encoding/json writes them.
func TestMatchesEncodingJSON(t *testing.T) {
	strs := []string{"", "plain", `quo"te \ back`, "<b>&amp;</b>", "tab\tnl\ncr\rbs\bff\f", "\x00\x01\x1f\x7f",
		"café — 1,5 млн", "line\u2028para\u2029", "bad \xff\xfe utf8 \xe2\x82", "€5bn", "😀 emoji"}
	for _, s := range strs {
		want, _ := json.Marshal(s)
		if got := String(nil, s); string(got) != string(want) {
			t.Errorf("String(%q) = %s, want %s", s, got, want)
		}
	}
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 33091, 1.5e6, 3.3e9, 1e20, 1e21, 1.5e21, 123456789e15,
		1e-6, 9.99e-7, 1e-7, 1.234e-9, 1e-100, -2.5e-8, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64, 17.5e300}
	// Whole numbers take a shorter path: around its limit, and by powers.
	for _, n := range []float64{1e15 - 1, 1e15, 1e15 + 2, -(1e15 - 1), 999999999999999.5, 4503599627370497, -33091} {
		floats = append(floats, n)
	}
	for p := 1.0; p < 1e22; p *= 7 {
		floats = append(floats, p, -p, p+0.5, p*1.1)
	}
	for _, f := range floats {
		want, _ := json.Marshal(f)
		got, err := Float(nil, f)
		if err != nil || string(got) != string(want) {
			t.Errorf("Float(%v) = %s, %v; want %s", f, got, err, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := Float(nil, f); err == nil {
			t.Errorf("Float(%v): no error", f)
		}
	}
}

// FuzzString compares String with encoding/json on any input.
func FuzzString(f *testing.F) {
	f.Add("a<b>&\"c\\\u2028\xff")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := String(nil, s); string(got) != string(want) {
			t.Fatalf("String(%q) = %s, want %s", s, got, want)
		}
	})
}

// FuzzFloat compares Float with encoding/json on any finite float.
func FuzzFloat(f *testing.F) {
	f.Add(1.5e-7)
	f.Fuzz(func(t *testing.T, v float64) {
		want, err := json.Marshal(v)
		got, gerr := Float(nil, v)
		if (err == nil) != (gerr == nil) || err == nil && string(got) != string(want) {
			t.Fatalf("Float(%v) = %s, %v; want %s, %v", v, got, gerr, want, err)
		}
	})
}

// TestIntMatchesStrconv checks Int against strconv.AppendInt at every
// width and at the ends of int's range.
func TestIntMatchesStrconv(t *testing.T) {
	ns := []int{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, -1, -9, -10, -100, math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	for p := 1; p > 0 && p < math.MaxInt64/7; p *= 7 {
		ns = append(ns, p, p-1, p+1, -p)
	}
	// Around every power of ten and of two, where the digit count turns.
	for p := 1; p > 0 && p <= math.MaxInt64/10; p *= 10 {
		ns = append(ns, p-1, p, p+1, 10*p-1, -p)
	}
	for b := 0; b < 63; b++ {
		ns = append(ns, 1<<b-1, 1<<b, 1<<b+1)
	}
	for _, n := range ns {
		prefix := []byte("x:")
		if got, want := string(Int(prefix, n)), "x:"+strconv.Itoa(n); got != want {
			t.Errorf("Int(%d) = %s, want %s", n, got, want)
		}
	}
}
