//go:build race

package rules

// The race detector slows the corpus-wide twins comparison tenfold, near
// go test's default timeout on a loaded machine: under it the comparison
// reads one dev file in four, and every file without it.
func init() { raceEnabled = true }
