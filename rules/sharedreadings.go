package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Readings of a figure that read the figure and its sentence alone, asked
// by every metric that evaluates the figure, kept once per figure in
// figureFacts. Twins (twins.go) share a whole evaluation, but metrics that
// share a keyword and differ in any rule (a window, a scope, an
// exclude_near list, as a desk's do) each evaluate the sentence, and each
// asked these again: on the dense text with the five metrics of each
// common word told apart by their window (BenchmarkExtractSplit
// dense/untwinned=1000), subjectCountOf and partsTotal (nearestHits) and
// increment, soughtChange, revisionCause, quizOption and perEach
// (figureDropped) were each asked five times a figure (speed48). A
// reading that also reads a metric's words or its hits stays where it
// is.
//
// Each is kept by the figure alone: a figure stands in one sentence, and
// every caller passes that sentence as s (figureDropped and nearestHits
// read the figures of the sentence they evaluate), as withdrawn,
// projection and the other memos of figurememo.go already assume.

// subjectFact is subjectCountOf's answer for a figure, once read.
type subjectFact struct {
	known, ok bool
	sc        subjectCount
}

// partsFact is partsTotal's answer for a figure, once read.
type partsFact struct {
	known bool
	p     sumParts
}

// subjectCountOf is subjectCountOf(st.d, s, fi), read once per figure.
func (st *docState) subjectCountOf(s *figures.Sentence, fi int) (subjectCount, bool) {
	f := &st.facts().subject[fi]
	if !f.known {
		sc, ok := subjectCountOf(st.d, s, fi)
		*f = subjectFact{known: true, ok: ok, sc: sc}
	}
	return f.sc, f.ok
}

// partsTotal is partsTotal(st.d, s, fi), read once per figure.
func (st *docState) partsTotal(s *figures.Sentence, fi int) sumParts {
	f := &st.facts().parts[fi]
	if !f.known {
		*f = partsFact{known: true, p: partsTotal(st.d, s, fi)}
	}
	return f.p
}

// increment is increment(st.d, fi), read once per figure.
func (st *docState) increment(fi int) bool {
	return memoFact(&st.facts().increment[fi], func() bool { return increment(st.d, fi) })
}

// soughtChange is soughtChange(st.d, s, fi), read once per figure of s.
func (st *docState) soughtChange(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().sought[fi], func() bool { return soughtChange(st.d, s, fi) })
}

// revisionCause is revisionCause(st.d, s, fi), read once per figure of s.
func (st *docState) revisionCause(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().revision[fi], func() bool { return revisionCause(st.d, s, fi) })
}

// quizOption is quizOption(st.d, s, fi), read once per figure of s.
func (st *docState) quizOption(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().quiz[fi], func() bool { return quizOption(st.d, s, fi) })
}

// perEach is perEach(st.d, s, fi, each) with each the sentence's mark
// for a distributive, read once per figure of s.
func (st *docState) perEach(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().each[fi], func() bool { return perEach(st.d, s, fi, st.wordMarks(s).each) })
}
