package rules

// Period is the length of time a metric's figure counts over when it is a
// count per period: a week's new cases, a month's deaths, a day's
// arrivals. Each period has its own figure, so the tracker reads a later
// period's figure as that period's reading, never as another outlet's
// disagreement with the period before (tracker.samePeriod).
type Period int

// The periods a metric can count over. NoPeriod is a running total, a
// level at one time, or an amount a year (an aid budget restated all
// year, whose calendar year a publication date does not tell).
const (
	NoPeriod Period = iota
	Daily
	Weekly
	Monthly
)

// String is the period's name, as `period:` writes it.
func (p Period) String() string {
	switch p {
	case Daily:
		return "day"
	case Weekly:
		return "week"
	case Monthly:
		return "month"
	}
	return "none"
}

// CountPeriod is the period a metric's figure counts over, as its author
// says it: `period: week`, or a `require` word of the period ("week",
// "weekly", "per month", "in the week ending": the sentence must say the
// figure is the period's). The name and description are not read: prose
// says how often a figure is updated ("a figure the agency updates twice
// a day", "a weekly sitrep's figure") as often as what it counts over, and
// a level read as a count per period loses its disagreements. A running
// total counts from its start, and a metric of exchanges counts swaps:
// neither has one (check refuses period: on them).
func (s MetricSpec) CountPeriod() Period {
	if s.Total || s.CountsEvents() {
		return NoPeriod
	}
	switch s.Period {
	case "day":
		return Daily
	case "week":
		return Weekly
	case "month":
		return Monthly
	}
	for _, r := range s.Require {
		if p := requiredPeriod(wordsOf(r)); p != NoPeriod {
			return p
		}
	}
	return NoPeriod
}

// requiredPeriod is the period a require entry's words name: "weekly",
// "monthly", "daily", or the noun of one (week, month, day).
func requiredPeriod(words []string) Period {
	for _, w := range words {
		switch w {
		case "weekly", "week":
			return Weekly
		case "monthly", "month":
			return Monthly
		case "daily", "day":
			return Daily
		}
	}
	return NoPeriod
}
