package rules

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/invopop/jsonschema"
	"gopkg.in/yaml.v3"
)

// StartDate is when a metric's count began (since:): a day (2023-10-07),
// a month (2023-04) or a year (2023). The rules read an earlier year as
// another event, and a "since" that names a later month or day as a
// later start (laterstart.go); a metric given only a year has its month
// read from its description ("since 7 October 2023"), as before dates
// were accepted.
type StartDate struct {
	Year  int
	Month int // 1-12, or 0 when only the year is given
	Day   int // 1-31, or 0 when only the year or the month is given
	// Calendar is since: year, a running total that starts again each
	// 1 January (Year, Month and Day are 0): "this year" is all of it, a
	// past year another count, and the tracker takes the new year's first
	// lower figure as the year's first reading (CountsCalendarYear).
	Calendar bool
}

// IsZero reports whether no start was given.
func (d StartDate) IsZero() bool { return d == StartDate{} }

// String writes the date as it is written in a rule file: 2023,
// 2023-04 or 2023-10-07.
func (d StartDate) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Calendar:
		return sinceYearWord
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// sinceHint is what to write, said with every error of since.
const sinceHint = "write the day the count began (since: 2023-10-07), its month (since: 2023-04) or its year (since: 2023), or since: year for a count that starts again each 1 January"

// sinceYearWord is how since: names a count of the calendar year.
const sinceYearWord = "year"

// isoShape is a date written as claimtrack reads them, whether or not the
// calendar has it.
var isoShape = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$`)

// parseStartDate reads a year, a year-month or a year-month-day. A date
// written another way ("7 October 2023", "2023/10/07") is an error that
// says how to write it.
func parseStartDate(s string) (StartDate, error) {
	s = strings.TrimSpace(s)
	if strings.EqualFold(s, sinceYearWord) {
		return StartDate{Calendar: true}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			d := StartDate{Year: t.Year(), Month: int(t.Month())}
			if layout == "2006-01-02" {
				d.Day = t.Day()
			}
			return d, nil
		}
	}
	if y, err := strconv.Atoi(s); err == nil && len(s) == 4 && s[0] >= '0' && s[0] <= '9' {
		if y == 0 {
			// The zero start is no start at all: "0000" would silently
			// turn since: off.
			return StartDate{}, fmt.Errorf("%q is not a year: %s", s, sinceHint)
		}
		return StartDate{Year: y}, nil
	}
	if isoShape.MatchString(s) {
		return StartDate{}, fmt.Errorf("%q is not a day of the calendar (a month 01-12 and a day that month has): %s", s, sinceHint)
	}
	// Other ways of writing a date: say how to write it.
	for _, f := range []struct {
		layout string
		day    bool
	}{{"2 January 2006", true}, {"2 Jan 2006", true}, {"January 2, 2006", true}, {"Jan 2, 2006", true},
		{"2006/1/2", true}, {"2006-1-2", true}, {"January 2006", false}, {"Jan 2006", false}, {"2006/1", false}} {
		if t, err := time.Parse(f.layout, s); err == nil {
			d := StartDate{Year: t.Year(), Month: int(t.Month())}
			if f.day {
				d.Day = t.Day()
			}
			return StartDate{}, fmt.Errorf("%q is not written as claimtrack reads dates: write since: %s", s, d)
		}
	}
	return StartDate{}, fmt.Errorf("%q is not a date: %s", s, sinceHint)
}

// UnmarshalYAML reads a year (2023) or a date ("2023-10-07", "2023-04";
// YAML reads 2023-10-07 unquoted as a timestamp, whose text is the same).
func (d *StartDate) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("expected a date or a year: %s", sinceHint)
	}
	v, err := parseStartDate(n.Value)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalYAML writes the start back in the form it was read.
func (d StartDate) MarshalYAML() (any, error) {
	if d.Month == 0 && !d.Calendar {
		return d.Year, nil
	}
	return d.String(), nil
}

// MarshalJSON writes a year as a number and a date as a string, as the
// schema has them.
func (d StartDate) MarshalJSON() ([]byte, error) {
	if d.Month == 0 && !d.Calendar {
		return json.Marshal(d.Year)
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads what MarshalJSON writes.
func (d *StartDate) UnmarshalJSON(b []byte) error {
	var y int
	if err := json.Unmarshal(b, &y); err == nil {
		*d = StartDate{Year: y}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("since: expected a date or a year: %s", sinceHint)
	}
	v, err := parseStartDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// JSONSchema describes the accepted forms.
func (StartDate) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Description: "When the count began: a day (2023-10-07), a month (2023-04) or a year (2023). A sentence naming an " +
			"earlier year as an event (the 2014 war; the 1999 Izmit earthquake) is ruled out: it counts another event; a count " +
			"since a later day or month (since the ceasefire collapsed; since January) is a part of the metric's. " +
			"year: a running total that starts again each 1 January (this year's figures are its value, last year's another count).",
		OneOf: []*jsonschema.Schema{
			{Type: "integer", Minimum: "1000", Maximum: "2100"},
			{Type: "string", Pattern: `^[12][0-9]{3}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$`},
			{Type: "string", Enum: []any{sinceYearWord}},
		},
	}
}

// validate says what is wrong with a start built in Go (a rule file's is
// checked as it is read): a year out of range, a month or day that does
// not exist.
func (d StartDate) validate() string {
	if d.IsZero() || d == (StartDate{Calendar: true}) {
		return ""
	}
	if d.Year < 1000 || d.Year > 2100 {
		return fmt.Sprintf("%d is not a year: %s", d.Year, sinceHint)
	}
	if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 0 && d.Month == 0 {
		return fmt.Sprintf("%s is not a date: %s", d, sinceHint)
	}
	if d.Day > 0 {
		if t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC); t.Day() != d.Day {
			return fmt.Sprintf("%s is not a day of the calendar: %s", d, sinceHint)
		}
	}
	return ""
}
