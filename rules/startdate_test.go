package rules

import (
	"encoding/json"
	"testing"

	"gopkg.in/yaml.v3"
)

// FuzzParseStartDate reads since: values as a rule file may hold them. A
// value read without error is a valid start that writes back (String,
// YAML, JSON) to the same start; no input panics.
func FuzzParseStartDate(f *testing.F) {
	for _, s := range []string{"2023", "2023-04", "2023-10-07", "2023-02-30", "23", "0999", "-123", "+202",
		"7 October 2023", "Oct 7, 2023", "2023/10/07", "2023-1-7", " 2023-10-07 ", "2023-13", "9999-12-31", "١٢٣٤", "0000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseStartDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("%q: error %v with a start %+v", s, err, d)
			}
			return
		}
		if msg := d.validate(); msg != "" {
			// A year out of range is read and left to Validate to name.
			if d.Year >= 1000 && d.Year <= 2100 {
				t.Fatalf("%q read as %+v, which validate rejects: %s", s, d, msg)
			}
			return
		}
		if back, err := parseStartDate(d.String()); err != nil || back != d {
			t.Fatalf("%q read as %+v writes %q, read back as %+v, %v", s, d, d.String(), back, err)
		}
		y, err := yaml.Marshal(struct {
			Since StartDate `yaml:"since"`
		}{d})
		if err != nil {
			t.Fatal(err)
		}
		var fromYAML struct {
			Since StartDate `yaml:"since"`
		}
		if err := yaml.Unmarshal(y, &fromYAML); err != nil || fromYAML.Since != d {
			t.Fatalf("%q: YAML %s read back as %+v, %v", s, y, fromYAML.Since, err)
		}
		j, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var fromJSON StartDate
		if err := json.Unmarshal(j, &fromJSON); err != nil || fromJSON != d {
			t.Fatalf("%q: JSON %s read back as %+v, %v", s, j, fromJSON, err)
		}
	})
}
