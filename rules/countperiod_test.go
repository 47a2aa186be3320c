package rules

import (
	"strings"
	"testing"
)

// TestCountPeriod: a metric is a count per period when its author says so,
// with period: or a require word of the period. Near misses: prose that
// says how often a figure is updated or published, a running total, a
// metric of exchanges and an annual amount.
func TestCountPeriod(t *testing.T) {
	cases := []struct {
		name string
		spec MetricSpec
		want Period
	}{
		{"period week", MetricSpec{Period: "week"}, Weekly},
		{"period month", MetricSpec{Period: "month"}, Monthly},
		{"period day", MetricSpec{Period: "day"}, Daily},
		{"require week", MetricSpec{Require: []string{"week"}}, Weekly},
		{"require phrase", MetricSpec{Require: []string{"in the week ending"}}, Weekly},
		{"require monthly", MetricSpec{Require: []string{"monthly"}}, Monthly},
		{"period decides", MetricSpec{Period: "month", Require: []string{"week"}}, Monthly},
		// Near misses: prose is not read.
		{"updated twice a day", MetricSpec{Description: "Displaced people sheltering in the Kessa camps, a figure the agency updates twice a day."}, NoPeriod},
		{"updated every day", MetricSpec{Description: "Families in the shelters, updated every day by the county."}, NoPeriod},
		{"a weekly sitrep's figure", MetricSpec{Description: "People in the camps: a weekly sitrep's figure."}, NoPeriod},
		{"published each month", MetricSpec{Description: "Households without water, published each month."}, NoPeriod},
		{"name weekly", MetricSpec{Name: "Weekly new cholera cases"}, NoPeriod},
		{"a running total", MetricSpec{Total: true, Period: "week", Require: []string{"week"}}, NoPeriod},
		{"exchanges", MetricSpec{Period: "week", Values: map[string]ValueSpec{"prisoners": {}, "hostages": {}}}, NoPeriod},
		{"annual", MetricSpec{Require: []string{"@per_year"}}, NoPeriod},
	}
	for _, c := range cases {
		if got := c.spec.CountPeriod(); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}

// TestPeriodChecked: check names a period it does not know, and one set on
// a metric that counts none, at its key.
func TestPeriodChecked(t *testing.T) {
	for _, c := range []struct {
		spec MetricSpec
		want string
	}{
		{MetricSpec{ID: "cases", Keywords: []string{"cases"}, Period: "fortnight"}, `period: "fortnight": use day, week or month`},
		{MetricSpec{ID: "toll", Keywords: []string{"killed"}, Total: true, Period: "week"}, `period: "week": a running total`},
		{MetricSpec{ID: "cases", Keywords: []string{"cases"}, Period: "week"}, ""},
	} {
		got := ""
		for _, e := range c.spec.Validate() {
			if e.Field == "period" {
				got = e.Error()
			}
		}
		if c.want == "" && got != "" || c.want != "" && !strings.HasPrefix(got, c.want) {
			t.Errorf("%+v: %q, want %q", c.spec.Period, got, c.want)
		}
	}
}
