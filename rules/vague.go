package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// namesNoNumber reports whether figure fi is a vague amount ("tens of
// thousands", "millions", "thousands"): a figure no reader records, so a
// metric that reads keywords takes none when it is the only figure that
// fits. An op-ed's "Tens of thousands dead, millions displaced" and a
// feature's "a disaster that killed tens of thousands" state no count
// to track; taken, the tracker reads the word as a range, and far below
// the accepted toll it posts a "lower figure" nobody gave. A precise
// figure that fits in the same sentence is taken before it (prefer), so
// this turns away only sentences that hold no number of the metric
// (vague_figure.yaml).
func namesNoNumber(d *figures.Document, fi int) bool {
	return d.Figures[fi].Qualifier == figures.Vague
}
