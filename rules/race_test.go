//go:build race

package rules

// The race detector slows the corpus-wide comparisons tenfold, near go
// test's default timeout on a loaded machine: under it they read one file
// in 32 (skipUnderRace), and every file without it.
func init() { raceEnabled = true }
