package config

import (
	"testing"
)

// TestMetricSides loads each file of testdata/sides: a metric's owner and
// actor fields, one capitalised name each, load; a phrase, a lower-case
// word, a possessive or an actor too short for its demonym fails at its
// line with what to write instead ("# want: LINE:COL path: message").
func TestMetricSides(t *testing.T) {
	forEachWant(t, "testdata/sides", func(t *testing.T, f, want string) {
		cfg, err := load(f, noEnv)
		if want == "none" {
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range cfg.Metrics {
				if m.Owner == "" && m.Actor == "" {
					t.Errorf("%s: neither owner nor actor read", m.ID)
				}
			}
			return
		}
		wantOneError(t, f, want, err)
	})
}
