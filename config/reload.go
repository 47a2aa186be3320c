package config

import "slices"

// DroppedMetrics lists, sorted, the ids of metrics old has and next does
// not: a reload with them stops their alerts, which the daemon logs so
// that a pattern gone wrong is seen rather than silent.
func DroppedMetrics(old, next *Config) []string {
	if old == nil || next == nil {
		return nil
	}
	keep := make(map[string]bool, len(next.Metrics))
	for _, m := range next.Metrics {
		keep[m.ID] = true
	}
	var out []string
	for _, m := range old.Metrics {
		if !keep[m.ID] {
			out = append(out, m.ID)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
