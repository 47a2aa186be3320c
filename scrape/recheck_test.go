package scrape

import (
	"testing"
	"time"
)

func TestRechecksDue(t *testing.T) {
	published := time.Date(2024, 3, 12, 9, 0, 0, 0, time.UTC)
	at := func(h float64) time.Time { return published.Add(time.Duration(h * float64(time.Hour))) }
	cases := []struct {
		name      string
		link      Link
		last, now time.Time
		want      bool
	}{
		{"no good pass before: read it", Link{Published: published}, time.Time{}, at(0.5), true},
		{"stored a quarter-hour ago, nothing owed", Link{Published: published}, at(0.25), at(0.5), false},
		{"the one-hour check falls between the passes", Link{Published: published}, at(0.9), at(1.1), true},
		{"the one-hour check was made by the last pass", Link{Published: published}, at(1.1), at(1.3), false},
		{"between checks", Link{Published: published}, at(4), at(5), false},
		{"the nine-hour check", Link{Published: published}, at(8.75), at(9), true},
		{"the two-day check", Link{Published: published}, at(47.9), at(48.1), true},
		{"after two days, never again", Link{Published: published}, at(60), at(200), false},
		{"a pass missed several checks makes one", Link{Published: published}, at(0.5), at(30), true},
		{"the feed says it was updated since", Link{Published: published, Updated: at(70)}, at(69), at(71), true},
		{"an update the last pass already saw", Link{Published: published, Updated: at(70)}, at(70.5), at(71), false},
		{"undated: once a day, at the day's turn", Link{}, time.Date(2024, 3, 12, 23, 50, 0, 0, time.UTC), time.Date(2024, 3, 13, 0, 5, 0, 0, time.UTC), true},
		{"undated: not again the same day", Link{}, time.Date(2024, 3, 13, 0, 5, 0, 0, time.UTC), time.Date(2024, 3, 13, 12, 0, 0, 0, time.UTC), false},
	}
	for _, c := range cases {
		if got := DefaultRechecks.Due(c.link, c.last, c.now); got != c.want {
			t.Errorf("%s: Due = %v, want %v", c.name, got, c.want)
		}
	}
	if (Rechecks{}).Due(Link{}, at(1), at(100)) {
		t.Error("no schedule: a stored undated article is not read again")
	}
}
