package config

// adviseCalendarYear warns, at a metric's line, of a running total with no
// since whose own words speak of "this year" (rules.MetricSpec.SaysThisYear):
// its author may mean a count of the calendar year, which only since: year
// makes one; without it "this year" is read as a part of a longer count and
// refused.
func (l *loader) adviseCalendarYear() {
	for i, m := range l.cfg.Metrics {
		if !m.SaysThisYear() || i < len(l.cfg.troubled) && l.cfg.troubled[i] {
			continue // a troubled metric's since may be the one mistyped
		}
		file, base := l.metricPath(i)
		if file == "" {
			file = l.cfg.Path
		}
		l.warn(l.at(file, base), "%s: %s speaks of \"this year\" but gives no since: a total with no since reads \"this year\" as a part of a longer count and refuses it; if it counts the calendar year (starting again each 1 January), write since: year; if it counts from a start, give its date (since: 2023-10-07)", base, m.ID)
	}
}
