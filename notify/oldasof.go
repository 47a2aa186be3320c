package notify

import (
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// StaleOld is how much older than the new figure the value a change
// replaces must be for the message to date it.
const StaleOld = 7 * 24 * time.Hour

// A change message says where the new figure comes from, not the old one:
// "8,000 → *more than 41,300* (+33,300, +416.3%)" reads as a fivefold rise
// in a day, when the 8,000 was another outlet's, months before (a level
// taken from a folder's archive, a metric quiet since the spring). Within a
// week the thread above holds the old value; beyond it the message says
// when and whose it was: "8,000 (Interior News, 20 Aug 2026) → ...".

// oldAsOf is the old value's outlet and day when it was published more
// than StaleOld before the latest one, "" otherwise (or when either date is
// unknown).
func oldAsOf(old, latest *model.Observation) string {
	if old == nil || latest == nil || old.Published.IsZero() || latest.Published.IsZero() ||
		latest.Published.Sub(old.Published) <= StaleOld {
		return ""
	}
	day := old.Published.UTC().Format("2 Jan 2006")
	if old.Outlet == "" {
		return day
	}
	return old.Outlet + ", " + day
}
