package rules

import (
	"strconv"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A stage of the event measured from its start ("three months into the
// war", "a year after the invasion") falls on a month the metric's since
// and the span give. Told with a verb of counting in the simple past ("the
// UN counted 3 million"), it is an old reading only when the article is
// written well after that month: "Three months into the war, the UN
// counted 3 million displaced" in an October 2024 story is a milestone of
// July 2023, while "One year into the war, the UN recorded 8.6 million" in
// the war's anniversary story is the count it reports now (review53 MUST
// 5). An undated article, or a metric with no since month, cannot place
// the stage, and the figure stays.

// stageMonths is how many months after the stage the article must be
// written for the stage to be past: a month's slack for a writer's
// rounding ("a year into the war" in the thirteenth month).
const stageMonths = 1

// stageBeforeArticle reports whether the stage whose time phrase starts at
// token k ("three months into", "the first year of") ends more than
// stageMonths before the article's month now, counted from since.
func stageBeforeArticle(word func(int) string, k int, since StartDate, now articleMonth) bool {
	if now.year == 0 || now.month == 0 || since.Year == 0 || since.Month == 0 {
		return false
	}
	span, ok := stageSpan(word, k)
	if !ok {
		return false
	}
	stage := since.Year*12 + since.Month - 1 + span
	return now.year*12+now.month-1-stage > stageMonths
}

// stageSpan returns, in whole months (rounded down), the span
// the time phrase at token k measures: its number and unit ("three months
// into": 3; "a year after": 12; "the first two years of": 24; "the first
// year of": 12).
func stageSpan(word func(int) string, k int) (int, bool) {
	n, unit := 1, ""
	if word(k) == "first" {
		for j := k + 1; j <= k+3; j++ {
			if timeUnit(word(j)) {
				unit = word(j)
				if j > k+1 {
					n = countWord(word(j - 1))
				}
				break
			}
		}
	} else {
		unit = word(k)
		n = countWord(word(k - 1))
	}
	if n <= 0 {
		return 0, false
	}
	switch unit {
	case "year", "years":
		return 12 * n, true
	case "month", "months":
		return n, true
	case "week", "weeks":
		return n * 7 / 30, true
	case "day", "days":
		return n / 30, true
	}
	return 0, false
}

// countWord returns the number a count word or numeral names ("a" and "an"
// are one, "three" 3, "18" 18), or 0.
func countWord(w string) int {
	switch w {
	case "a", "an", "one":
		return 1
	}
	if v, err := strconv.Atoi(w); err == nil {
		return v
	}
	if v, ok := figures.UnitWordValue(w); ok {
		return v
	}
	return 0
}
