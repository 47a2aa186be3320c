package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// ParseSchedule parses a source schedule: a five-field cron spec or a
// descriptor such as @every 10m or @hourly.
//
// Two schedules the cron parser takes are refused because they do not do
// what they say: "@every 0s" or a negative duration, which the parser
// rounds up to every second (an outlet fetched without pause), and a step
// as long as its field ("*/90" minutes, "*/36" hours), which cron counts
// within the hour or the day, so "every 90 minutes" runs once an hour.
func ParseSchedule(spec string) (cron.Schedule, error) {
	if strings.TrimSpace(spec) == "" {
		spec = DefaultSchedule
	}
	sched, err := cronParser.Parse(spec)
	if err != nil {
		if ferr := cronFieldError(spec); ferr != nil {
			return nil, ferr
		}
		return nil, err
	}
	if every, ok := strings.CutPrefix(strings.TrimSpace(spec), "@every "); ok {
		if d, err := time.ParseDuration(strings.TrimSpace(every)); err == nil && d <= 0 {
			return nil, errors.New("@every needs a duration above zero (cron would read it as every second)")
		}
		return sched, nil
	}
	if err := checkCronSteps(spec); err != nil {
		return nil, err
	}
	return sched, nil
}

// cronFields are the five fields of a cron spec: the name, the number of
// values, the span a step counts within, the unit @every is written in,
// and the values the field takes.
var cronFields = []struct {
	name, within, unit, takes, example string
	size                               int
}{
	{"minute", "an hour", "m", "0-59", "0-29", 60},
	{"hour", "a day", "h", "0-23", "9-17", 24},
	{"day of month", "a month", "", "1-31", "1-15", 31},
	{"month", "a year", "", "1-12 or JAN-DEC", "JAN-JUN", 12},
	{"day of week", "a week", "", "0-6 (0 is Sunday) or SUN-SAT", "MON-FRI", 7},
}

// CronFieldError is a five-field spec's field the cron parser refused:
// the field's name and the values it takes say what to write.
type CronFieldError struct{ msg string }

func (e *CronFieldError) Error() string { return e.msg }

// specFields splits a five-field cron spec into its fields, leaving out a
// leading time zone; nil when it has another number of fields.
func specFields(spec string) (tz string, fields []string) {
	fields = strings.Fields(spec)
	if len(fields) > 0 && (strings.HasPrefix(fields[0], "CRON_TZ=") || strings.HasPrefix(fields[0], "TZ=")) {
		tz, fields = fields[0], fields[1:]
	}
	if len(fields) != len(cronFields) {
		return tz, nil
	}
	return tz, fields
}

// cronFieldError names the field of a five-field spec the cron parser
// refused, with the values it takes: the parser's own words ("end of
// range (25) above maximum (23): 25") name no field. It parses each
// field alone, the others "*", and returns nil when each parses so.
func cronFieldError(spec string) error {
	tz, fields := specFields(spec)
	if fields == nil || tz != "" && func() bool { _, err := cronParser.Parse(tz + " * * * * *"); return err != nil }() {
		return nil
	}
	for i, f := range fields {
		alone := []string{"*", "*", "*", "*", "*"}
		alone[i] = f
		_, err := cronParser.Parse(strings.Join(alone, " "))
		if err == nil {
			continue
		}
		fd := cronFields[i]
		msg := err.Error()
		if strings.Contains(msg, "above maximum") || strings.Contains(msg, "below minimum") {
			return &CronFieldError{fmt.Sprintf("the %s field (field %d) is %q, out of its range: it takes %s", fd.name, i+1, f, fd.takes)}
		}
		return &CronFieldError{fmt.Sprintf("the %s field (field %d) is %q, which cron does not read: it takes %s, *, a range such as %s, a list such as 1,3 or a step such as */2",
			fd.name, i+1, f, fd.takes, fd.example)}
	}
	return nil
}

// checkCronSteps refuses a step that leaves one value in its field.
func checkCronSteps(spec string) error {
	_, fields := specFields(spec)
	if fields == nil {
		return nil
	}
	for i, f := range fields {
		for _, part := range strings.Split(f, ",") {
			_, step, ok := strings.Cut(part, "/")
			if !ok {
				continue
			}
			n, err := strconv.Atoi(step)
			if err != nil || n < cronFields[i].size {
				continue
			}
			fd := cronFields[i]
			runsOnce := fmt.Sprintf("%q steps by %d in the %s field, which has %d values: it runs once %s", part, n, fd.name, fd.size, fd.within)
			if fd.unit != "" {
				return fmt.Errorf("%s, not every %d %ss; write \"@every %d%s\"", runsOnce, n, fd.name, n, fd.unit)
			}
			return errors.New(runsOnce)
		}
	}
	return nil
}
