package figures

import (
	"encoding/json"
	"math"
	"path/filepath"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// reflectJSON is the figure as encoding/json writes it, with the
// qualifier by name: what AppendJSON must write, byte for byte.
func reflectJSON(f Figure) ([]byte, error) {
	type plain Figure
	return json.Marshal(struct {
		plain
		Qualifier string `json:"qualifier"`
	}{plain(f), f.Qualifier.Name()})
}

// TestAppendJSONMatchesEncodingJSON compares the hand-written encoder with
// encoding/json on every figure of the benchmark corpora and the test
// cases, and on figures with awkward strings and values.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	texts := []string{newstext.Generate(1 << 20), newstext.Stories(1<<20, 4000)}
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, f := range files {
		for _, c := range loadCases(t, f) {
			texts = append(texts, c.In)
		}
	}
	var all []Figure
	for _, text := range texts {
		all = append(all, Find(text)...)
	}
	lo, hi, tiny, huge := -3.5, 1e21, 1e-7, 2.5e300
	all = append(all,
		Figure{Text: "<b>\"5\" & \\ \u2028 \xff</b>", Value: tiny, Low: &tiny, High: &huge, Unit: "€&<>", Kind: "odd\tkind", Qualifier: Range},
		Figure{Value: math.Copysign(0, -1), Low: &lo, High: &hi},
	)
	// Every kind and qualifier (AppendJSON writes the package's own from
	// a table), and bounds that equal the value but for the sign of zero
	// (a bound the same as the value is copied from the value's bytes).
	three, zero, negZero := 3.0, 0.0, math.Copysign(0, -1)
	for _, k := range []Kind{Count, Money, Percent, Fraction, Year, Date, Time, Age, Ordinal, Other, "odd kind"} {
		for _, q := range append(allQualifiers, "odd qualifier") {
			all = append(all, Figure{Value: 3, Low: &three, High: &three, Kind: k, Qualifier: q})
		}
	}
	all = append(all, Figure{Value: 0, Low: &negZero, High: &zero}, Figure{Value: negZero, Low: &zero, High: &negZero})
	for _, f := range all {
		want, err := reflectJSON(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := f.AppendJSON(nil)
		if err != nil || string(got) != string(want) {
			t.Fatalf("AppendJSON:\n got %s (%v)\nwant %s", got, err, want)
		}
		if m, _ := json.Marshal(f); string(m) != string(want) {
			t.Fatalf("json.Marshal:\n got %s\nwant %s", m, want)
		}
	}
	if len(all) < 10000 {
		t.Fatalf("only %d figures compared", len(all))
	}
	nan := math.NaN()
	for _, f := range []Figure{{Value: math.Inf(1)}, {Value: 1, High: &nan}} {
		if _, err := f.AppendJSON(nil); err == nil {
			t.Errorf("AppendJSON(%v): no error; encoding/json refuses it", f.Value)
		}
	}
}
