// Package health holds how a source's failures are met: how long it waits
// before the next try, and when it is reported as failing. The tracker
// decides a source's health and the store keeps it; the scraper knows
// nothing of either.
package health

import (
	"math/rand/v2"
	"time"
)

// Backoff is how long a source waits after consecutive failures:
// exponential from Base, capped at Max, with up to 20% jitter so that
// sources failing together do not retry together.
type Backoff struct {
	Base, Max time.Duration
	// ReportAfter is how many failures in a row make a source "failing",
	// worth a warning.
	ReportAfter int
}

// DefaultBackoff starts at a minute and caps at six hours; a source is
// reported after three failures in a row.
var DefaultBackoff = Backoff{Base: time.Minute, Max: 6 * time.Hour, ReportAfter: 3}

// Delay returns the wait after the given number of consecutive failures
// (0 means none). jitter is a number in [0, 1).
func (b Backoff) Delay(failures int, jitter float64) time.Duration {
	if failures <= 0 {
		return 0
	}
	d := b.Base
	for i := 1; i < failures && d < b.Max; i++ {
		d *= 2
	}
	d = min(d, b.Max)
	return d + time.Duration(float64(d)*0.2*jitter)
}

// Next is Delay with random jitter.
func (b Backoff) Next(failures int) time.Duration { return b.Delay(failures, rand.Float64()) }

// Failing reports whether a source with this many failures in a row
// should be reported.
func (b Backoff) Failing(failures int) bool { return failures >= b.ReportAfter }

// EmptyPageMax is the longest a source whose section page gave no link
// (scrape.NoLinksError) waits before it is read again: failures back off
// as any do, from Base, but a page empty on purpose (a live blog's index
// before its first entry) is read within the hour its stories come, not
// after six; a selector broken by a new layout is reported failing as any
// failure is, and asked no more often than a failing source.
const EmptyPageMax = time.Hour

// NextEmpty is Next for a source whose page gave no link: capped at
// EmptyPageMax (jitter included).
func (b Backoff) NextEmpty(failures int) time.Duration {
	return min(b.Next(failures), EmptyPageMax)
}
