package rules

import (
	"strconv"
	"testing"
)

// TestDateYearAsAtoi checks dateYear, which reads a year's digits by
// hand, against the strconv.Atoi reading it replaced (bench57), on dates'
// texts and the windows that tripped Atoi: signs, leading zeros, five digits.
func TestDateYearAsAtoi(t *testing.T) {
	atoi := func(text string, dflt int) int {
		for i := 0; i+4 <= len(text); i++ {
			if y, err := strconv.Atoi(text[i : i+4]); err == nil && y >= 1000 && (i+4 == len(text) || text[i+4] < '0' || text[i+4] > '9') && (i == 0 || text[i-1] < '0' || text[i-1] > '9') {
				return y
			}
		}
		return dflt
	}
	for _, text := range []string{
		"7 October 2023", "October 7", "March 2011", "11 September 2001", "2026-12-07", "07/12/2026",
		"0999", "+123", "-1234", "+1234", "12345", "1999s", "in 1999,", "9/11", "2024 and 2025", "1000", "0000",
		"", "abc", "２０２３", "1_000", " 1e03 ", "FY2024", "2024/25",
	} {
		for _, dflt := range []int{0, 2023} {
			if got, want := dateYear(text, dflt), atoi(text, dflt); got != want {
				t.Errorf("dateYear(%q, %d) = %d, Atoi's reading %d", text, dflt, got, want)
			}
		}
	}
}
