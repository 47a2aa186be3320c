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

// String is the period's name, as docs/rules.md gives it.
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

// CountPeriod is the period a metric's figure counts over, from what its
// author wrote: a `require` word of the period ("week", "weekly", "per
// week", "each month": the sentence must say the figure is the period's),
// else its name or description ("New cases per week", "Monthly deaths",
// "daily arrivals"). A running total counts from its start whatever its
// words say of a period ("deaths rose by 40 this week"), and a metric of
// exchanges counts swaps, so neither has one. With two periods named, the
// require word decides, then the first named.
func (s MetricSpec) CountPeriod() Period {
	if s.Total || s.CountsEvents() {
		return NoPeriod
	}
	for _, r := range s.Require {
		if p := specPeriodNamed(wordsOf(r), true); p != NoPeriod {
			return p
		}
	}
	if p := specPeriodNamed(wordsOf(s.Name), false); p != NoPeriod {
		return p
	}
	return specPeriodNamed(wordsOf(s.Description), false)
}

// specPeriodNamed is the period words name: an adjective of one ("weekly",
// "monthly", "daily"), or its noun after "per", "a", "each" or "every"
// ("per week", "a month", "each day"); the noun alone names it only in a
// require word (require: [week], "in the week ending"), where the sentence
// must say it: a description's bare "week" may date something else
// ("fled in the opening days of a week of fighting").
func specPeriodNamed(words []string, bare bool) Period {
	for i, w := range words {
		switch w {
		case "weekly":
			return Weekly
		case "monthly":
			return Monthly
		case "daily":
			return Daily
		}
		p := specPeriodNoun(w)
		if p == NoPeriod {
			continue
		}
		if bare {
			return p
		}
		if i > 0 {
			switch words[i-1] {
			case "per", "a", "each", "every":
				return p
			}
		}
	}
	return NoPeriod
}

// specPeriodNoun is the period a singular noun names.
func specPeriodNoun(w string) Period {
	switch w {
	case "week":
		return Weekly
	case "month":
		return Monthly
	case "day":
		return Daily
	}
	return NoPeriod
}
