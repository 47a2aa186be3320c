package rules

import "slices"

// hitOrder is the room groupByMetric sorts in, kept with a run's scratch.
type hitOrder struct {
	keys []uint64
	was  []hit
}

// groupByMetric orders a sentence's hits by metric, each metric's in the
// order they were found: what a stable sort by metric gives. With a few
// metrics the hits come grouped already, and are only read; with many
// (a thousand metrics' common words and pattern words interleave token
// by token), a stable sort called its comparison through a function value
// some thirty times a sentence, so the hits are sorted instead as numbers
// holding the metric above the place found, which no two hits share.
func groupByMetric(hits []hit, o *hitOrder) {
	sorted := true
	for i := 1; i < len(hits); i++ {
		if hits[i].ref.metric < hits[i-1].ref.metric {
			sorted = false
			break
		}
	}
	if sorted {
		return
	}
	o.keys = o.keys[:0]
	for i, h := range hits {
		o.keys = append(o.keys, uint64(h.ref.metric)<<32|uint64(i))
	}
	slices.Sort(o.keys)
	o.was = append(o.was[:0], hits...)
	for i, k := range o.keys {
		hits[i] = o.was[uint32(k)]
	}
}
