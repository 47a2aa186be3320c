package config

import (
	"fmt"
	"strings"
)

// scheduleHint says what to write for a schedule that does not parse. A
// descriptor written without its "@" ("every 5m", "hourly") is the usual
// slip: when the spec parses with one, that is the hint.
func scheduleHint(spec string) string {
	t := strings.TrimSpace(spec)
	if t != "" && !strings.HasPrefix(t, "@") {
		if _, err := ParseSchedule("@" + t); err == nil {
			return fmt.Sprintf("did you mean %q?", "@"+t)
		}
	}
	return `use a cron spec such as "*/15 * * * *", or "@every 10m"`
}
