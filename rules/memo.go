package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// lowerText returns the document's text with ASCII letters lower-cased.
func (st *docState) lowerText() string {
	if st.lower == "" {
		st.lower = lowerASCII(st.d.Text)
	}
	return st.lower
}

// figureFacts memoises, per figure of a document, what depends on the
// figure and its words alone: with many metrics, every one that looks at
// a sentence would otherwise work it out again.
type figureFacts struct {
	// proj is projection's answer plus 2 (0: not yet known).
	proj []int32
	// earlier is earlierValue's answer plus 1 (0: not yet known).
	earlier []int8
	// share is wholeOfShare's answer plus 1 (0: not yet known).
	share []int8
	// speaks is speakersOf's answer plus 1 (0: not yet known).
	speaks []int8
	// change, chance and whole are changeBy's, chanceOf's and (wholeOfPart
	// or wholeBeforePart)'s answers plus 1; modal is modalAfter's plus 2
	// (0: not yet known).
	change, chance, whole []int8
	modal                 []int32
	// claim is whether the figure is withdrawn by what its sentence says
	// of it (corrected, rejectedClaim or sampleOf) plus 1 (0: not yet
	// known).
	claim []int8
	// residents is residentsBefore's answer plus 1 (0: not yet known).
	residents []int8
	// sizeThen is placeSizeThen's answer plus 1 (0: not yet known).
	sizeThen []int8
	// predicate is predicateAt's answer plus 2 (0: not yet known).
	predicate []int32
	// taking is takingTotal's answer for the figure's first token plus 2
	// (0: not yet known).
	taking []int32
	// otherTime is otherTime's answer for the last kind of metric that
	// asked (metricTime).
	otherTime []timeFact
	// placeAt is placePhraseAfter's answer plus 2 (0: not yet known).
	placeAt []int32
	// country is countryPhrase's answer plus 2 (0: not yet known).
	country []int32
	// period is periodAfter's answer (kind and token) and countAtTime's
	// (otherPeriod), once periodKnown.
	period []periodFact
}

// periodFact is what otherPeriod reads of a figure alone: periodAfter's
// answer and, asked after it, countAtTime's plus 1 (0: not yet known).
type periodFact struct {
	known  bool
	atTime int8
	kind   periodKind
	at     int32
}

// timeFact is a figure's answer to a question that reads of the metric
// only whether it is a running total and its since year: the metrics
// that look at a figure are nearly all alike in both, so the answer is
// kept for the last pair asked.
type timeFact struct {
	known bool
	total bool
	since int32
	ans   int32
}

// figureNear is what nearestHits reads of a figure's sentence, the same
// for every metric: the sentence, whether it labels its figures
// (hasLabels), and the words of the whole the figure is a part of
// (partOfAmount). They are kept for the figures of one sentence at a
// time, in a buffer reused from sentence to sentence.
type figureNear struct {
	known, labels      bool
	s                  *figures.Sentence
	wholeFrom, wholeTo int
	// elided is elidedNoun's answer plus 1 (0: not yet known).
	elided int8
	// restated is restatedFrom's answer for the figure's end in the
	// sentence read; ownFrom, ownTo its figureLabel (-1, -1 when it has
	// labels or no sentence): each metric near the figure asked again.
	restated, ownFrom, ownTo int
	// appOpen, appEnd are appositionOf's answer once appKnown.
	appKnown        bool
	appOpen, appEnd int
	// cpFrom, cpTo, cp are countPhrase's answer and cpGap the words from
	// the figure to the phrase's last, once cpKnown: every metric's
	// nearestHits asked again.
	cpKnown, cp         bool
	cpFrom, cpTo, cpGap int
}

func (st *docState) facts() *figureFacts {
	if st.figs.proj == nil {
		n := len(st.d.Figures)
		b := st.factsBuf
		if b == nil {
			b = new(factsBacking)
		}
		// Nine int8 and six int32 facts per figure, carved from one
		// block each: sixteen slices a document were sixteen
		// allocations, and the blocks are reused from document to
		// document (runScratch).
		i8, i32 := reuseCleared(&b.i8, 9*n), reuseCleared(&b.i32, 6*n)
		st.figs.earlier, st.figs.share, st.figs.speaks = i8[0:n:n], i8[n:2*n:2*n], i8[2*n:3*n:3*n]
		st.figs.change, st.figs.chance, st.figs.whole = i8[3*n:4*n:4*n], i8[4*n:5*n:5*n], i8[5*n:6*n:6*n]
		st.figs.claim, st.figs.residents, st.figs.sizeThen = i8[6*n:7*n:7*n], i8[7*n:8*n:8*n], i8[8*n:9*n:9*n]
		st.figs.proj, st.figs.modal = i32[0:n:n], i32[n:2*n:2*n]
		st.figs.taking, st.figs.placeAt = i32[2*n:3*n:3*n], i32[3*n:4*n:4*n]
		st.figs.predicate, st.figs.country = i32[4*n:5*n:5*n], i32[5*n:6*n:6*n]
		st.figs.otherTime, st.figs.period = reuseCleared(&b.times, n), reuseCleared(&b.periods, n)
	}
	return &st.figs
}

// factsBacking holds the blocks figureFacts' slices are carved from,
// kept in runScratch so that a document reuses the last one's room.
type factsBacking struct {
	i8      []int8
	i32     []int32
	times   []timeFact
	periods []periodFact
}

// reuseCleared returns (*buf)[:n], zeroed, growing *buf when it is too
// short; the result's capacity is n, so appending to it never writes into
// the rest of the block.
func reuseCleared[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n)
	}
	*buf = (*buf)[:n]
	clear(*buf)
	return (*buf)[:n:n]
}

// near is figure fi's figureNear, worked out once per figure; in is the
// sentence whose figures are being read.
func (st *docState) near(in *figures.Sentence, fi int) *figureNear {
	d := st.d
	fn := st.nearSlot(in, fi)
	if !fn.known {
		fn.known, fn.wholeFrom, fn.wholeTo, fn.ownFrom, fn.ownTo = true, -1, -1, -1, -1
		if off := d.Figures[fi].Start; off >= in.Start && off < in.End {
			// The figure is one of in's (SentenceAt would find in), whose
			// labels every figure of it shares.
			fn.s = in
			fn.labels = memoFact(&st.nearLabels, func() bool { return hasLabels(d, in) })
		} else if si := d.SentenceAt(off); si >= 0 {
			fn.s = &d.Sentences[si]
			fn.labels = hasLabels(d, fn.s)
		}
		if fn.s != nil {
			fn.wholeFrom, fn.wholeTo = partOfAmount(d, fn.s, fi)
			if !fn.labels {
				fn.ownFrom, fn.ownTo = figureLabel(d, fn.s, fi)
			}
		}
		_, fe := d.FigureTokens(fi)
		fn.restated = restatedFrom(d, in, fe)
	}
	return fn
}

// nearSlot is figure fi's figureNear, its facts not yet worked out.
func (st *docState) nearSlot(in *figures.Sentence, fi int) *figureNear {
	if st.nearOf != in {
		n := in.FigEnd - in.FigStart
		st.nearOf, st.nearFigs, st.nearLabels = in, slices.Grow(st.nearFigs[:0], n)[:n], 0
		clear(st.nearFigs)
	}
	return &st.nearFigs[fi-in.FigStart]
}

// countPhrase is countPhrase(st.d, in, fi) and the words from the figure
// to the phrase's last (wordGap), worked out once per figure of the
// sentence read.
func (st *docState) countPhrase(in *figures.Sentence, fi int) (from, to, gap int, ok bool) {
	fn := st.nearSlot(in, fi)
	if !fn.cpKnown {
		fn.cpKnown = true
		fn.cpFrom, fn.cpTo, fn.cp = countPhrase(st.d, in, fi)
		fs, fe := st.d.FigureTokens(fi)
		fn.cpGap = wordGap(st.d, fs, fe, fn.cpTo, fn.cpTo+1)
	}
	return fn.cpFrom, fn.cpTo, fn.cpGap, fn.cp
}

// appositionSpan is appositionOf(st.d, in, fi), worked out once per figure
// of the sentence read.
func (st *docState) appositionSpan(in *figures.Sentence, fi int) (open, end int) {
	fn := st.nearSlot(in, fi)
	if !fn.appKnown {
		fn.appKnown = true
		fn.appOpen, fn.appEnd = appositionOf(st.d, in, fi)
	}
	return fn.appOpen, fn.appEnd
}

// elidedNoun is elidedNoun(st.d, in, fi), worked out once per figure of
// the sentence read.
func (st *docState) elidedNoun(in *figures.Sentence, fi int) bool {
	return memoFact(&st.near(in, fi).elided, func() bool { return elidedNoun(st.d, in, fi) })
}

// projection is projection(st.d, fi), worked out once per figure.
func (st *docState) projection(fi int) int {
	f := st.facts()
	if f.proj[fi] == 0 {
		f.proj[fi] = int32(projection(st.d, fi) + 2)
	}
	return int(f.proj[fi]) - 2
}

// placePhraseAfter is placePhraseAfter(st.d, s, fi), worked out once per
// figure (s is its sentence): widerPlace asked it for every metric.
func (st *docState) placePhraseAfter(s *figures.Sentence, fi int) int {
	f := st.facts()
	if f.placeAt[fi] == 0 {
		f.placeAt[fi] = int32(placePhraseAfter(st.d, s, fi) + 2)
	}
	return int(f.placeAt[fi]) - 2
}

// countryPhrase is countryPhrase(st.d, s, fi), worked out once per
// figure: whether the country is another is each metric's.
func (st *docState) countryPhrase(s *figures.Sentence, fi int) int {
	f := st.facts()
	if f.country[fi] == 0 {
		f.country[fi] = int32(countryPhrase(st.d, s, fi) + 2)
	}
	return int(f.country[fi]) - 2
}

// modalAfter is modalAfter(st.d, fi), worked out once per figure.
func (st *docState) modalAfter(fi int) int {
	f := st.facts()
	if f.modal[fi] == 0 {
		f.modal[fi] = int32(modalAfter(st.d, fi) + 2)
	}
	return int(f.modal[fi]) - 2
}

// takingTotal is takingTotal(st.d, fs) for figure fi starting at token
// fs, worked out once per figure.
func (st *docState) takingTotal(fi, fs int) int {
	slot := &st.facts().taking[fi]
	if *slot == 0 {
		*slot = int32(takingTotal(st.d, fs)) + 2
	}
	return int(*slot) - 2
}

// otherTime is otherTime(st.d, s, fi, ...) for metric m, worked out once
// per figure for each kind of metric (timeFact). With 1,000 metrics on
// dense text it had been a quarter of an extract: every metric that read a
// sentence scanned its figures' clauses again.
func (st *docState) otherTime(m *metric, s *figures.Sentence, fi int) int {
	slot := &st.facts().otherTime[fi]
	since := int32(m.spec.Since.Year)
	if !slot.known || slot.total != m.spec.Total || slot.since != since {
		*slot = timeFact{known: true, total: m.spec.Total, since: since, ans: int32(otherTime(st.d, s, fi, m.spec.Total, m.spec.Since.Year, *st.wordMarks(s)))}
	}
	return int(slot.ans)
}

// periodAfter is periodAfter(st.d, s, fi), worked out once per figure (s
// is its sentence): every metric that reads the figure's sentence asked
// it again (a sixth of an extract with 1,000 metrics on dense text).
func (st *docState) periodAfter(s *figures.Sentence, fi int) (periodKind, int) {
	p := &st.facts().period[fi]
	if !p.known {
		kind, k := periodAfter(st.d, s, fi)
		*p = periodFact{known: true, kind: kind, at: int32(k)}
	}
	return p.kind, int(p.at)
}

// countAtTime is countAtTime(st.d, s, fi), worked out once per figure (s
// is its sentence).
func (st *docState) countAtTime(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().period[fi].atTime, func() bool { return countAtTime(st.d, s, fi) })
}

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

// changeBy is changeBy(st.d, fi), worked out once per figure.
func (st *docState) changeBy(fi int) bool {
	return memoFact(&st.facts().change[fi], func() bool { return changeBy(st.d, fi) })
}

// withdrawn is whether figure fi of sentence s is withdrawn by a spoken
// correction (corrected) or an outlet's (earlierVersion), is what would
// have been (counterfactual), is what a rejected claim said
// (rejectedClaim) or what a sample holds (sampleOf): each reads the
// figure and its sentence alone, so it is worked out once per figure, not
// per metric. A sentence
// that no claim noun opens passes rejectedClaim over (claimMarks), one
// with no word of an outlet's earlier text earlierVersion, and one with
// no unreal condition (read once per sentence) counterfactual.
func (st *docState) withdrawn(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().claim[fi], func() bool {
		m := st.claimMarks(s)
		return corrected(st.d, s, fi) || m.editorial && earlierVersion(st.d, s, fi) || st.unreal(s) && counterfactualIn(st.d, s, fi) || m.claim && rejectedClaim(st.d, s, fi) || sampleOf(st.d, s, fi)
	})
}

// unreal is whether sentence s holds an unreal condition
// (unrealCondition), read once per sentence and only if it holds a word
// one opens at.
func (st *docState) unreal(s *figures.Sentence) bool {
	m := st.wordMarks(s)
	if m.unreal && !m.unrealRead {
		m.unrealRead = true
		m.unrealHeld = unrealCondition(st.d, s, sentenceWords(st.d, s))
	}
	return m.unrealHeld
}

// residentsBefore is residentsBefore(st.d, s, fi), worked out once per
// figure (s is its sentence): it reads no metric.
func (st *docState) residentsBefore(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().residents[fi], func() bool { return residentsBefore(st.d, s, fi) })
}

// placeSizeThen is placeSizeThen(st.d, s, fi), worked out once per
// figure (s is its sentence).
func (st *docState) placeSizeThen(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().sizeThen[fi], func() bool { return placeSizeThen(st.d, s, fi) })
}

// predicateAt is predicateAt(st.d, s, fi), worked out once per figure (s
// is its sentence): each metric asks only whether one of its exclude_near
// hits stands there.
func (st *docState) predicateAt(s *figures.Sentence, fi int) int {
	p := &st.facts().predicate[fi]
	if *p == 0 {
		*p = int32(predicateAt(st.d, s, fi)) + 2
	}
	return int(*p) - 2
}

// chanceOf is chanceOf(st.d, fi), worked out once per figure.
func (st *docState) chanceOf(fi int) bool {
	return memoFact(&st.facts().chance[fi], func() bool { return chanceOf(st.d, fi) })
}

// wholeOfPart is whether figure fi is the whole of a part (wholeOfPart or
// wholeBeforePart), worked out once per figure (s is its sentence).
func (st *docState) wholeOfPart(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().whole[fi], func() bool { return wholeOfPart(st.d, s, fi) || wholeBeforePart(st.d, s, fi) })
}

// earlierValue is earlierValue(st.d, s, fi), worked out once per figure
// (s is the figure's sentence).
func (st *docState) earlierValue(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().earlier[fi], func() bool { return earlierValue(st.d, s, fi) })
}

// wholeOfShare is wholeOfShare(st.d, fi), worked out once per figure.
func (st *docState) wholeOfShare(fi int) bool {
	return memoFact(&st.facts().share[fi], func() bool { return wholeOfShare(st.d, fi) })
}

// speakers is speakersOf(st.d, s, fi), worked out once per figure (s is
// the figure's sentence), and noted when an explanation was asked for.
func (st *docState) speakers(s *figures.Sentence, fi int) bool {
	speaks := memoFact(&st.facts().speaks[fi], func() bool { return speakersOf(st.d, s, fi) })
	if speaks && st.trace != nil {
		st.trace.note("%q counts the people who speak, the sentence's source", st.d.Figures[fi].Text)
	}
	return speaks
}

// memoFact returns a figure's fact kept in slot (0: not yet known, 1:
// false, 2: true), working it out with of the first time.
func memoFact(slot *int8, of func() bool) bool {
	if *slot == 0 {
		*slot = 1
		if of() {
			*slot = 2
		}
	}
	return *slot == 2
}

// tokenStem is the stem of token ti of sentence s, w lower-cased, looked
// up once per token however many phrases and metrics read the sentence's
// words (the stem cache's map and lock cost more than a slice), in a
// buffer kept for one sentence at a time.
func (st *docState) tokenStem(s *figures.Sentence, ti int, w []byte) string {
	st.stemsFor(s)
	p := &st.tokStems[ti-s.TokStart]
	if *p == "" {
		if st.words != nil {
			refs, _ := st.words.of(w)
			*p = refs.stem
		} else {
			*p = st.stems.of(w)
		}
	}
	return *p
}

// knownStem notes stem as the stem of token ti of sentence s, found by
// findHits, for tokenStem.
func (st *docState) knownStem(s *figures.Sentence, ti int, stem string) {
	st.stemsFor(s)
	st.tokStems[ti-s.TokStart] = stem
}

// stemsFor readies the stems of sentence s's tokens (tokenStem).
func (st *docState) stemsFor(s *figures.Sentence) {
	if st.stemsOf != s {
		n := s.TokEnd - s.TokStart
		st.stemsOf, st.tokStems = s, slices.Grow(st.tokStems[:0], n)[:n]
		clear(st.tokStems)
	}
}

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

// masked is the sentence with its figures masked (appendMasked), written
// once per sentence however many patterns read it, in a buffer kept from
// sentence to sentence.
func (st *docState) masked(s *figures.Sentence) string {
	if st.maskedAt != s.Start || st.maskedText == "" {
		st.maskBuf = appendMasked(st.maskBuf[:0], st.d, s)
		st.maskedAt, st.maskedText = s.Start, string(st.maskBuf)
	}
	return st.maskedText
}

// runScratch is the memory a run finds its hits in, kept for the next.
type runScratch struct {
	hits  []hit
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
// plus breakdownWords for keyword hit h and figure fi of sentence s, plus
// changeSpanWords when h stands before the figure: the words between them
// that do not part them. All read the hit's span alone, not its metric.
func (st *docState) asideGap(s *figures.Sentence, h hit, fi int) int {
	a := st.keywordFacts(h, fi)
	if !a.gapKnown {
		d := st.d
		n := asideWords(d, h, fi) + subjectPhraseWords(d, h, fi) + figureNounAsideWords(d, h, fi) + breakdownWords(d, s, fi, h)
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
