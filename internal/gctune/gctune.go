// Package gctune holds the daemon's garbage-collector setting, so that the
// benchmarks measure the pipeline under the setting the daemon runs with.
package gctune

import "runtime/debug"

// Percent is the collector's GOGC unless the environment sets one.
// Extraction allocates much more than it keeps (go-trafilatura copies each
// page's tree three times), so at the default of 100 the collector runs
// every few pages; at 200 it runs half as often, for a little more peak
// heap during a pass and none at idle. docs/performance.md ("Memory") has
// the measurements.
const Percent = 200

// Apply sets Percent unless getenv("GOGC") says otherwise: the runtime
// has read GOGC itself, and an operator's setting stands. It returns the
// setting it replaced, for a caller that restores it.
func Apply(getenv func(string) string) (previous int) {
	if getenv("GOGC") != "" {
		previous = debug.SetGCPercent(-1)
		debug.SetGCPercent(previous)
		return previous
	}
	return debug.SetGCPercent(Percent)
}
