package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The memos of what a keyword hit says of a figure whatever the metric
// (asideGapMemo), and of the day a keyword is dated (keywordDay): metrics
// that share a keyword ask them again for each figure they read.

// keywordDay is keywordDay(st.d, s, kw), worked out once per keyword end
// in sentence s: it reads only the words after the keyword, and the
// metrics that share a keyword ask it again for each figure they read.
func (st *docState) keywordDay(s *figures.Sentence, kw hit) (periodKind, int) {
	if st.kwDaysOf != s {
		n := s.TokEnd - s.TokStart + 1
		st.kwDaysOf, st.kwDays = s, slices.Grow(st.kwDays[:0], n)[:n]
		clear(st.kwDays)
	}
	i := kw.end - s.TokStart
	if i < 0 || i >= len(st.kwDays) {
		return keywordDay(st.d, s, kw)
	}
	// 0: not yet known; 1: no day; 2 + n: a day at kw.end + n.
	if st.kwDays[i] == 0 {
		st.kwDays[i] = 1
		if kind, t := keywordDay(st.d, s, kw); kind == oneDay {
			st.kwDays[i] = int8(2 + t - kw.end)
		}
	}
	if st.kwDays[i] == 1 {
		return noPeriod, -1
	}
	return oneDay, kw.end + int(st.kwDays[i]) - 2
}

// asideGapMemo is what nearEnough reads of keyword span [start, end) and
// figure fi alone, whatever the metric: the words between them that do
// not part them (gap, once gapKnown), and contrastApart's, relativeValue's,
// definedAmount's, keywordBeforePlus's and keywordOfLaterPart's answers
// plus 1 (0: not yet known).
type asideGapMemo struct {
	fi, start, end                            int
	set, gapKnown                             bool
	gap                                       int
	contrast, relative, define, plus, laterPt int8
}

// keywordFacts is the asideGapMemo of keyword hit h and figure fi. Metrics
// sharing a keyword ask of one figure one after another, so the last few
// are kept (with 1,000 metrics on dense text asideGap alone had been a
// twentieth of an extract). The answer is good until the next call.
func (st *docState) keywordFacts(h hit, fi int) *asideGapMemo {
	for i := range st.asides {
		if a := &st.asides[i]; a.set && a.fi == fi && a.start == h.start && a.end == h.end {
			return a
		}
	}
	a := &st.asides[st.asideNext%len(st.asides)]
	*a = asideGapMemo{fi: fi, start: h.start, end: h.end, set: true}
	st.asideNext++
	return a
}

// asideGap is asideWords plus subjectPhraseWords plus figureNounAsideWords
// plus breakdownWords plus spokenFillerWords for keyword hit h and figure fi of sentence s, plus
// changeSpanWords when h stands before the figure: the words between them
// that do not part them. All read the hit's span alone, not its metric.
func (st *docState) asideGap(s *figures.Sentence, h hit, fi int) int {
	a := st.keywordFacts(h, fi)
	if !a.gapKnown {
		d := st.d
		n := asideWords(d, h, fi) + subjectPhraseWords(d, h, fi) + figureNounAsideWords(d, h, fi) + breakdownWords(d, s, fi, h)
		n += st.spokenFillerGap(s, h, fi) // "is, uh, you know, about 30,000" (spokenfiller.go)
		if fs, _ := d.FigureTokens(fi); h.end <= fs {
			n += changeSpanWords(d, fs) // "risen by 112 in the past 24 hours to 33,091"
		}
		a.gap, a.gapKnown = n, true
	}
	return a.gap
}

// contrastApart is contrastApart(st.d, s, fi, h), kept with the span's
// other facts (keywordFacts).
func (st *docState) contrastApart(s *figures.Sentence, fi int, h hit) bool {
	return memoFact(&st.keywordFacts(h, fi).contrast, func() bool { return contrastApart(st.d, s, fi, h) })
}

// relativeValue is relativeValue(st.d, h, fs) for figure fi starting at
// token fs, kept with the span's other facts (keywordFacts).
func (st *docState) relativeValue(h hit, fi, fs int) bool {
	return memoFact(&st.keywordFacts(h, fi).relative, func() bool { return relativeValue(st.d, h, fs) })
}

// keywordBeforePlus is keywordBeforePlus(st.d, s, fi, h), kept with the
// span's other facts (keywordFacts).
func (st *docState) keywordBeforePlus(s *figures.Sentence, fi int, h hit) bool {
	return memoFact(&st.keywordFacts(h, fi).plus, func() bool { return keywordBeforePlus(st.d, s, fi, h) })
}

// keywordOfLaterPart is keywordOfLaterPart(st.d, s, fi, h), kept with the
// span's other facts (keywordFacts).
func (st *docState) keywordOfLaterPart(s *figures.Sentence, fi int, h hit) bool {
	return memoFact(&st.keywordFacts(h, fi).laterPt, func() bool { return keywordOfLaterPart(st.d, s, fi, h) })
}

// definedAmount is definedAmount(st.d, s, fi, h), kept with the span's
// other facts (keywordFacts).
func (st *docState) definedAmount(s *figures.Sentence, fi int, h hit) bool {
	return memoFact(&st.keywordFacts(h, fi).define, func() bool { return definedAmount(st.d, s, fi, h) })
}
