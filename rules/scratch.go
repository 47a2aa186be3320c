package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Scratch memory reused rather than allocated again: bindValues' buffers,
// the value slices observations share, a run's hit and fact buffers
// (runScratch), and the room to make for a text's observations.

// bindScratch returns bindValues' three buffers of n ints (each figure's
// best distance per value and the nearest so far), kept on the document
// from metric to metric: bindValues runs for every metric with values in
// every sentence it finds words in, and does not keep them.
func (st *docState) bindScratch(n int) (best, bestDist, dist []int) {
	st.bindInts = slices.Grow(st.bindInts[:0], 3*n)[:3*n]
	return st.bindInts[:n:n], st.bindInts[n : 2*n : 2*n], st.bindInts[2*n:]
}

// maxValueChunk is the most values one allocation holds.
const maxValueChunk = 256

// figureValue returns the one-value slice, named "value", of figure fi of
// sentence s. Metrics that take the same figure share one slice (capped at
// its value, so an append copies rather than writes over it): dense text
// has many metrics per figure, and the values were most of the engine's
// memory. The slices are cut from shared chunks, one allocation for many
// observations; chunks grow with the document, so that a short text does
// not hold a large one.
func (st *docState) figureValue(s *figures.Sentence, fi int) []Value {
	if st.sentValsAt != s.Start {
		st.sentValsAt, st.sentVals = s.Start, st.sentVals[:0]
	}
	for _, sv := range st.sentVals {
		if sv.fig == fi {
			return sv.vals
		}
	}
	vals := append(st.valueSlice(1), Value{Name: "value", Figure: st.d.Figures[fi]})
	st.sentVals = append(st.sentVals, sentenceValue{fi, vals})
	return vals
}

// valueSlice returns an empty slice with room for n values, cut from the
// document's chunk (figureValue) and capped, so that appending more than
// n copies rather than writes over the next slice.
func (st *docState) valueSlice(n int) []Value {
	if n > maxValueChunk {
		return make([]Value, 0, n)
	}
	if cap(st.values)-len(st.values) < n {
		c := min(max(2*cap(st.values), 8), maxValueChunk)
		st.values = make([]Value, 0, c)
	}
	at := len(st.values)
	st.values = st.values[:at+n]
	return st.values[at : at : at+n]
}

// sentenceValue is a figure's value slice, kept while its sentence is read.
type sentenceValue struct {
	fig  int
	vals []Value
}

// runScratch is the memory a run finds its hits in, kept for the next.
type runScratch struct {
	hits []hit
	// all and found are run's first pass's hits, sentence by sentence.
	all   []hit
	found []sentenceHitSpan
	runs  []runFound
	twins []twinEval // a sentence's evaluations, for twins (twins.go)
	order hitOrder   // groupByMetric's room (hitgroups.go)
	words wordLookup
	facts factsBacking
}

// observationsHint is the room to make for the observations of a text
// with figs figures: as many per figure as the last text gave, and an
// eighth more. Growing the slice observation by observation copies it
// again and again when many metrics take each figure; a text unlike the
// last only grows it as before (docs/history/performance-rounds.md has the
// cost, in the first section).
func (e *Engine) observationsHint(figs int) int {
	return int(e.obsPerKFig.Load()*int64(figs)/1024) + 4
}

func (e *Engine) learnObservations(figs, obs int) {
	if figs > 0 {
		e.obsPerKFig.Store(int64(obs+obs/8) * 1024 / int64(figs))
	}
}
