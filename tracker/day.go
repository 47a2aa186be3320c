package tracker

import "time"

// dayOf is a time's day, UTC midnight: what a day a sentence names
// (model.Says' EventTold, AsOf) is compared with.
func dayOf(t time.Time) time.Time {
	return t.UTC().Truncate(24 * time.Hour)
}
