package daemon

import (
	"context"
	"time"

	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/tracker"
)

// DefaultReloadSpread is how long the passes a reload starts are spread
// over when Options.ReloadSpread is zero.
const DefaultReloadSpread = time.Minute

// A reload starts a new schedule, whose clock starts again: without a pass
// of its own a source on "@every 6h" would wait six hours after every
// reload. So a reload reads every source once, as the start does. At the
// start that is the point (a desk wants everything read now), but a reload
// is usually a keyword or a template changed: reading every feed and
// section page in the same second is a burst on each site, and on a
// shared host the sources queue behind per-host limits anyway. The passes
// a reload starts are therefore spread: sources the previous configuration
// did not have first and at once (the reason for the reload, as often as
// not), then the others one by one, evenly over the spread.

// reloadOffsets gives each source of a reload the delay before its pass:
// zero for the sources not in before, then the others in their order at
// equal steps within spread (the first of them at once when there are no
// new ones). A source whose schedule reads it before its turn is not read
// again at its turn (startPasses).
func reloadOffsets(sources []scrape.Source, before []scrape.Source, spread time.Duration) []time.Duration {
	offsets := make([]time.Duration, len(sources))
	var known []int
	for i, s := range sources {
		if _, ok := findSource(before, s.Name); ok {
			known = append(known, i)
		}
	}
	step := time.Duration(0)
	if len(known) > 0 {
		step = spread / time.Duration(len(known))
	}
	first := time.Duration(0)
	if len(known) < len(sources) {
		first = step // the new sources go first; the known ones follow
	}
	for k, i := range known {
		offsets[i] = first + time.Duration(k)*step
	}
	return offsets
}

// startPasses runs each source's first pass of a runtime: all at once at
// the start, spread after a reload (reloadOffsets). A delayed pass reads
// the source as the runtime then holds it, and none is left for a later
// reload or the stop to find: their timers go when the next schedule
// comes in (apply) and when the daemon stops.
func (d *Daemon) startPasses(ctx context.Context, sources, before []scrape.Source, reload bool) time.Duration {
	spread := d.opt.ReloadSpread
	if spread <= 0 {
		spread = DefaultReloadSpread
	}
	var offsets []time.Duration
	if reload {
		offsets = reloadOffsets(sources, before, spread)
	} else {
		offsets = make([]time.Duration, len(sources))
	}
	at := time.Now()
	d.mu.Lock()
	defer d.mu.Unlock()
	var last time.Duration
	for i, s := range sources {
		if offsets[i] == 0 {
			go d.runPass(ctx, s, false, tracker.RunOptions{})
			continue
		}
		last = max(last, offsets[i])
		name := s.Name
		d.delayed = append(d.delayed, time.AfterFunc(offsets[i], func() {
			d.mu.Lock()
			current, ok := findSource(d.rt.Sources, name)
			d.mu.Unlock()
			if ok {
				// A tick of the new schedule (or another replica) that read
				// it since the reload has done this pass's work.
				d.runPass(ctx, current, false, tracker.RunOptions{UnlessAttemptedSince: at})
			}
		}))
	}
	return last
}

// stopDelayed stops the passes a reload delayed and has not started yet.
// The caller holds d.mu.
func (d *Daemon) stopDelayed() {
	for _, t := range d.delayed {
		t.Stop()
	}
	d.delayed = nil
}
