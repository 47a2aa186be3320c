package config

import "testing"

// TestSchedules loads each file of testdata/schedule: a *.good.yaml loads,
// a *.bad.yaml fails with the one error its first line gives. The bad ones
// are schedules the cron parser takes but that do not run as written, and
// fields it refuses (out of range, a word it does not read), which must be
// named with the values they take: cron's own words name no field.
func TestSchedules(t *testing.T) {
	forEachWant(t, "testdata/schedule", func(t *testing.T, f, want string) {
		_, err := load(f, noEnv)
		if want == "none" {
			if err != nil {
				t.Fatal(err)
			}
			return
		}
		wantOneError(t, f, want, err)
	})
}
