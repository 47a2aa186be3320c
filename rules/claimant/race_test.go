//go:build race

package claimant

// The race detector slows the order comparison over every dev corpus
// about tenfold, near go test's default timeout on a loaded machine: under
// it the comparison reads one dev file in four, and every file without it.
func init() { raceEnabled = true }
