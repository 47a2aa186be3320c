package config

import (
	"testing"

	"github.com/claimtrack/claimtrack/rules"
)

// TestSinceDates loads each file of testdata/since: a *.good.yaml loads
// ("# want: none"), a *.bad.yaml fails with the one error its first line
// gives ("# want: LINE:COL path: message"), a bad date named at its line
// with what to write instead.
func TestSinceDates(t *testing.T) {
	forEachWant(t, "testdata/since", func(t *testing.T, f, want string) {
		cfg, err := load(f, noEnv)
		if want == "none" {
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]rules.StartDate{"gaza_toll": {Year: 2023, Month: 10, Day: 7}, "sudan_displaced": {Year: 2023, Month: 4}, "quake_toll": {Year: 2023}}
			for _, m := range cfg.Metrics {
				if m.Since != want[m.ID] {
					t.Errorf("%s: since %+v, want %+v", m.ID, m.Since, want[m.ID])
				}
			}
			return
		}
		wantOneError(t, f, want, err)
	})
}
