package suggest

import "testing"

func TestClosest(t *testing.T) {
	names := []string{"Metric", "MetricID", "NewText", "OldText", "Outlet", "gaza_death_toll", "gaza_displaced"}
	for s, want := range map[string]string{
		"Metrik":          "Metric",
		"metric":          "Metric",
		"NewTxt":          "NewText",
		"gaza_deaht_toll": "gaza_death_toll",
		"gaza_displace":   "gaza_displaced",
		"Quote":           "",
		"ab":              "",
	} {
		if got := Closest(s, names); got != want {
			t.Errorf("Closest(%q) = %q, want %q", s, got, want)
		}
	}
}
