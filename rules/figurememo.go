package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The memo of per-figure facts (figureFacts) and the docState accessors
// that read each fact once per figure, whichever metric asks.

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
	// shareVerb is shareVerbOf's answer plus 2 (0: not yet known).
	shareVerb []int32
	// period is periodAfter's answer (kind and token) and countAtTime's
	// (otherPeriod), once periodKnown.
	period []periodFact
	// apart is apartFacts' answer plus 1 (0: not yet known).
	apart []int8
	// perArea is perArea's answer (density.go), once known: it reads no
	// metric.
	perArea []int8
	// The readings every metric near the figure asks of it alone
	// (sharedreadings.go): increment's, soughtChange's, revisionCause's,
	// quizOption's and perEach's answers plus 1 (0: not yet known), and
	// subjectCountOf's and partsTotal's once read.
	increment, sought, revision, quiz, each []int8
	subject                                 []subjectFact
	parts                                   []partsFact
	// sentBits is, at a sentence's first figure, the reader marks of its
	// words (sentenceMarks.bits) with rmKnown once readMarks has read
	// them (0: not read): ownWords, run after the passes when sentMarks
	// holds another sentence, takes its cues from them (ownWordCuesOf).
	// It is made when the first marks are kept, apart from the facts
	// carveFacts makes: a text whose figures no metric takes reads marks
	// but carves no facts.
	sentBits []readerMark
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
// only whether it is a running total and its since (kept as
// yyyymmdd): the metrics that look at a figure are nearly all alike in
// both, so the answer is kept for the last pair asked.
type timeFact struct {
	known bool
	total bool
	since int32
	ans   int32
}

// facts is the document's figureFacts, their slices made at the first ask.
// Its test is inlined at its callers (some 50,000 asks an extract on dense
// text at 100 metrics); carveFacts makes the slices once a document.
func (st *docState) facts() *figureFacts {
	if st.figs.proj == nil {
		st.carveFacts()
	}
	return &st.figs
}

// carveFacts makes figureFacts' slices for the document's figures.
func (st *docState) carveFacts() {
	n := len(st.d.Figures)
	b := st.factsBuf
	if b == nil {
		b = new(factsBacking)
	}
	// Sixteen int8 and seven int32 facts per figure, carved from one
	// block each: a slice each had been an allocation each a document,
	// and the blocks are reused from document to document (runScratch).
	i8, i32 := reuseCleared(&b.i8, 16*n), reuseCleared(&b.i32, 7*n)
	st.figs.earlier, st.figs.share, st.figs.speaks = i8[0:n:n], i8[n:2*n:2*n], i8[2*n:3*n:3*n]
	st.figs.change, st.figs.chance, st.figs.whole = i8[3*n:4*n:4*n], i8[4*n:5*n:5*n], i8[5*n:6*n:6*n]
	st.figs.claim, st.figs.residents, st.figs.sizeThen = i8[6*n:7*n:7*n], i8[7*n:8*n:8*n], i8[8*n:9*n:9*n]
	st.figs.apart, st.figs.perArea = i8[9*n:10*n:10*n], i8[10*n:11*n:11*n]
	st.figs.increment, st.figs.sought, st.figs.revision = i8[11*n:12*n:12*n], i8[12*n:13*n:13*n], i8[13*n:14*n:14*n]
	st.figs.quiz, st.figs.each = i8[14*n:15*n:15*n], i8[15*n:16*n:16*n]
	st.figs.proj, st.figs.modal = i32[0:n:n], i32[n:2*n:2*n]
	st.figs.taking, st.figs.placeAt = i32[2*n:3*n:3*n], i32[3*n:4*n:4*n]
	st.figs.predicate, st.figs.country = i32[4*n:5*n:5*n], i32[5*n:6*n:6*n]
	st.figs.shareVerb = i32[6*n : 7*n : 7*n]
	st.figs.otherTime, st.figs.period = reuseCleared(&b.times, n), reuseCleared(&b.periods, n)
	st.figs.subject, st.figs.parts = reuseCleared(&b.subjects, n), reuseCleared(&b.parts, n)
}

// factsBacking holds the blocks figureFacts' slices are carved from,
// kept in runScratch so that a document reuses the last one's room.
type factsBacking struct {
	i8       []int8
	i32      []int32
	times    []timeFact
	periods  []periodFact
	subjects []subjectFact
	parts    []partsFact
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

// projection is projection(st.d, fi, ...), worked out once per figure (s
// is its sentence, whose marks say whether forecast may answer).
func (st *docState) projection(s *figures.Sentence, fi int) int {
	f := st.facts()
	if f.proj[fi] == 0 {
		f.proj[fi] = int32(max(projection(st.d, fi, st.wordMarks(s).forecast), conditionalDate(st.d, fi, st.wordMarks(s).unreal)) + 2)
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

// modalAfter is modalAfter(st.d, s, fi) for figure fi of sentence s,
// worked out once per figure, and only when the sentence holds a modal or
// a participle of expecting (sentenceMarks.modal): the walk stays in the
// figure's sentence and answers only at one.
func (st *docState) modalAfter(s *figures.Sentence, fi int) int {
	f := st.facts()
	if f.modal[fi] == 0 {
		j := -1
		if st.wordMarks(s).modal {
			j = modalAfter(st.d, s, fi)
		}
		f.modal[fi] = int32(j + 2)
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
	start := m.spec.Since
	since := int32(start.Year*10000 + start.Month*100 + start.Day)
	if !slot.known || slot.total != m.spec.Total || slot.since != since {
		*slot = timeFact{known: true, total: m.spec.Total, since: since, ans: int32(otherTime(st.d, s, fi, m.spec.Total, start, articleMonth{st.articleYear, st.articleMonth}, *st.wordMarks(s)))}
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

// changeBy is changeBy(st.d, fi), worked out once per figure.
func (st *docState) changeBy(fi int) bool {
	return memoFact(&st.facts().change[fi], func() bool { return changeBy(st.d, fi) })
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
// figure (s is its sentence): it reads no metric. The sentence's marks say
// whether it holds a word that dates its people (residentsDating).
func (st *docState) residentsBefore(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().residents[fi], func() bool { return residentsBeforeIn(st.d, s, fi, st.wordMarks(s).residence) })
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

// chanceOf is chanceOf(st.d, fi), worked out once per figure (s is its
// sentence), and only when the sentence's marks hold a word it answers at.
func (st *docState) chanceOf(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().chance[fi], func() bool { return st.wordMarks(s).chance && chanceOf(st.d, fi) })
}

// wholeOfPart is whether figure fi is the whole of a part (wholeOfPart or
// wholeBeforePart), worked out once per figure (s is its sentence).
func (st *docState) wholeOfPart(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().whole[fi], func() bool { return wholeOfPart(st.d, s, fi) || wholeBeforePart(st.d, s, fi) })
}

// earlierValue is earlierValue(st.d, s, fi), worked out once per figure
// (s is the figure's sentence).
func (st *docState) earlierValue(s *figures.Sentence, fi int) bool {
	return memoFact(&st.facts().earlier[fi], func() bool {
		m := st.wordMarks(s)
		return earlierValue(st.d, s, fi, m.since, m.bits&rmWhen != 0)
	})
}

// earlierValueSince is earlierValue for a reader that knows whether s
// holds a "since" and a "when" (sentenceMarks.since, rmWhen) without its
// marks: ownWord, run after the passes, would read each sentence's marks
// again.
func (st *docState) earlierValueSince(s *figures.Sentence, fi int, since, when bool) bool {
	return memoFact(&st.facts().earlier[fi], func() bool { return earlierValue(st.d, s, fi, since, when) })
}

// shareVerb is shareVerbOf(st.d, s, fi), worked out once per figure (s
// is its sentence): every metric asks it of a figure after "of", and only
// the keywords it then reads are the metric's (sharewhole.go).
func (st *docState) shareVerb(s *figures.Sentence, fi int) int {
	p := &st.facts().shareVerb[fi]
	if *p == 0 {
		*p = int32(shareVerbOf(st.d, s, fi)) + 2
	}
	return int(*p) - 2
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
		st.trace.noteFigure(NoteRefused, st.d.Figures[fi].Text, " counts the people who speak, the sentence's source")
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

// The figure's own reasons for not being any metric's count, read of its
// words alone (fa33): apartFacts' bits.
const (
	apartNeed   = 1 << iota // needCount (needcount.go)
	apartTitle              // quotedTitleFigure (quotedtitle.go)
	apartDecade             // decadeInStretch (decade.go): a past decade or year, for a metric with no since
)

// apartFacts returns the bits of apartNeed, apartTitle and apartDecade
// that hold for figure fi of sentence s, worked out once per figure.
func (st *docState) apartFacts(s *figures.Sentence, fi int) int {
	f := st.facts()
	if f.apart[fi] == 0 {
		d, bits := st.d, 0
		if needCount(d, s, fi) {
			bits |= apartNeed
		}
		if quotedTitleFigure(d, s, fi) {
			bits |= apartTitle
		}
		if decadeInStretch(d, s, fi, st.articleYear) {
			bits |= apartDecade
		}
		f.apart[fi] = int8(bits + 1)
	}
	return int(f.apart[fi]) - 1
}

// perArea is perArea(st.d, s, fi), worked out once per figure: it reads
// no metric, and every metric that counts no money asks it.
func (st *docState) perArea(s *figures.Sentence, fi int) bool {
	if !st.wordMarks(s).area {
		return false // no unit of area in the sentence: perArea cannot answer
	}
	return memoFact(&st.facts().perArea[fi], func() bool { return perArea(st.d, s, fi) })
}
