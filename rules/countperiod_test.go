package rules

import "testing"

// TestCountPeriod: a metric says it is a count per period by a require
// word of the period or by its name or description's "weekly", "per
// week", "each month"; a running total, a metric of exchanges, an annual
// amount and a description that only dates something by a week say none.
func TestCountPeriod(t *testing.T) {
	cases := []struct {
		name string
		spec MetricSpec
		want Period
	}{
		{"require week", MetricSpec{Require: []string{"week"}}, Weekly},
		{"require phrase", MetricSpec{Require: []string{"in the week ending"}}, Weekly},
		{"name weekly", MetricSpec{Name: "Weekly new cholera cases"}, Weekly},
		{"description per week", MetricSpec{Description: "New suspected cases per week, as the ministry reports them."}, Weekly},
		{"description each month", MetricSpec{Description: "Civilians killed each month, as the UN mission tallies them."}, Monthly},
		{"name monthly", MetricSpec{Name: "Monthly arrivals"}, Monthly},
		{"name daily", MetricSpec{Name: "Daily crossings at Rafah"}, Daily},
		{"description a day", MetricSpec{Description: "Aid trucks entering a day."}, Daily},
		{"require decides", MetricSpec{Name: "Daily briefing's weekly count", Require: []string{"month"}}, Monthly},
		// Near misses.
		{"a running total", MetricSpec{Total: true, Name: "Weekly toll"}, NoPeriod},
		{"exchanges", MetricSpec{Name: "Weekly swaps", Values: map[string]ValueSpec{"prisoners": {}, "hostages": {}}}, NoPeriod},
		{"annual", MetricSpec{Require: []string{"@per_year"}, Description: "Aid per year."}, NoPeriod},
		{"a week that dates", MetricSpec{Description: "Residents who fled during one week of shelling."}, NoPeriod},
		{"weeks", MetricSpec{Description: "People sheltering for weeks in schools."}, NoPeriod},
		{"a level", MetricSpec{Description: "Families camped in the border town."}, NoPeriod},
	}
	for _, c := range cases {
		if got := c.spec.CountPeriod(); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}
