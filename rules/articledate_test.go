package rules

import (
	"strings"
	"testing"
	"time"
)

// TestArticleDateBoundsPastYears reads the same sentences undated and at
// three dates: a year before the date's previous one dates a figure of a
// metric with no since to another period (decade.go), the previous year
// and the date's own stay, "since YEAR" and a year in a name stay, and an
// undated text reads every year as before.
func TestArticleDateBoundsPastYears(t *testing.T) {
	e, err := Compile(shippedSpecs(t))
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	const (
		fronted  = "In 2019 Washington gave Israel $3.1 billion in Foreign Military Financing, a quiet year."
		closing  = "Foreign Military Financing loans to Israel peaked at $4 billion in 1979."
		fiscal   = "In fiscal 2008 Israel's Foreign Military Financing was $2.38 billion."
		sinceYr  = "Since 2019 Israel has received $3.3 billion a year in Foreign Military Financing."
		named    = "Israel gets $3.8 billion a year in Foreign Military Financing under the 2016 memorandum."
		previous = "In 2025 Israel received $3.3 billion in Foreign Military Financing."
	)
	for _, c := range []struct {
		text, date string // date "" is the zero time
		metric     string
		want       float64 // 0: nothing
	}{
		{fronted, "", "us_fmf_israel", 3.1e9},
		{fronted, "2026-12-05", "us_fmf_israel", 0},
		{fronted, "2020-03-01", "us_fmf_israel", 3.1e9}, // the previous year
		{fronted, "2019-11-30", "us_fmf_israel", 3.1e9}, // the date's own
		{closing, "", "us_fmf_israel", 4e9},
		{closing, "2026-12-05", "us_fmf_israel", 0},
		{closing, "1979-10-01", "us_fmf_israel", 4e9},
		{fiscal, "", "us_fmf_israel", 2.38e9},
		{fiscal, "2026-12-05", "us_fmf_israel", 0},
		{sinceYr, "2026-12-05", "us_fmf_israel", 3.3e9},
		{named, "2026-12-05", "us_fmf_israel", 3.8e9},
		{previous, "2026-01-10", "us_fmf_israel", 3.3e9},
		{previous, "2027-01-10", "us_fmf_israel", 0},
	} {
		var date time.Time
		if c.date != "" {
			date = day(c.date)
		}
		var got float64
		for _, o := range e.ExtractInArticle(c.text, "", date) {
			if o.Metric == c.metric {
				got = o.Values[0].Value
			}
		}
		if got != c.want {
			t.Errorf("%q dated %q: %s got %g, want %g", c.text, c.date, c.metric, got, c.want)
		}
		if c.date == "" {
			if obs := e.Extract(c.text); len(obs) != len(e.ExtractInArticle(c.text, "", time.Time{})) {
				t.Errorf("%q: Extract and an undated ExtractInArticle disagree", c.text)
			}
		}
		// An explanation reads the date as Extract does.
		obs, _ := e.ExplainDated(c.text, date)
		var explained float64
		for _, o := range obs {
			if o.Metric == c.metric {
				explained = o.Values[0].Value
			}
		}
		if explained != got {
			t.Errorf("%q dated %q: ExplainDated got %g, ExtractInArticle %g", c.text, c.date, explained, got)
		}
	}
}

// An example's date is a day written YYYY-MM-DD; another shape is an
// error at the example, as claimtrack check reports it.
func TestExampleDateMustBeADay(t *testing.T) {
	v := 6.0
	spec := MetricSpec{ID: "sales", Name: "Arms sales", Keywords: []string{"arms sales"},
		Examples: []Example{{Text: "In 2019 Washington approved 6 arms sales.", Value: &v, Date: "5 May 2024"}}}
	_, err := Compile([]MetricSpec{spec})
	if err == nil || !strings.Contains(err.Error(), "examples[0].date") || !strings.Contains(err.Error(), "YYYY-MM-DD") {
		t.Errorf("got %v", err)
	}
	spec.Examples[0].Date = "2020-05-05"
	if _, err := Compile([]MetricSpec{spec}); err != nil {
		t.Errorf("a day: %v", err)
	}
}
