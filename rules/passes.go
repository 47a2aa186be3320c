package rules

// The passes over one document: every sentence's hits first, then every
// sentence's evaluations (run), with the per-sentence memos both read kept
// in a docState between them.

import (
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// hit is a phrase found in a sentence: the token range it covers.
type hit struct {
	ref        phraseRef
	start, end int
}

type docState struct {
	d     *figures.Document
	stems *stemCache
	// lower is the text lower-cased, made only when a candidate metric has
	// scope words to look for: most sentences never need it.
	lower  string
	scoped map[int]bool // metric → article mentions its scope
	// inner is, per metric, where the text first and last names a place
	// inside its scope's region (-1: nowhere), and whether the article
	// around it does (scopeinner.go); made when first asked.
	inner map[int]innerNames
	// article is the rest of the article the text stands in, lower-cased,
	// when the caller gives it apart: read for article-wide scope only.
	article string
	// articleYear is the year of the article's date, or 0 when its date
	// is not known: a year before the one before it is past (decade.go).
	articleYear int
	// articleMonth is the month (1-12) of the article's date, or 0 when
	// its date is not known (yearspan.go).
	articleMonth int
	// date is the article's date, zero when not known: the day an
	// event's words are read against (eventday.go).
	date time.Time
	// trace records why each metric took a figure or not; nil unless an
	// explanation was asked for, and then every note is skipped.
	trace *tracer
	// figs memoises per-figure facts; values is the chunk observations'
	// values are cut from (memo.go).
	figs figureFacts
	// factsBuf is the run's room for figs' slices (runScratch.facts).
	factsBuf *factsBacking
	values   []Value
	// sentVals are the value slices made for the figures of the sentence
	// starting at byte sentValsAt, shared by the metrics that take them.
	sentValsAt int
	sentVals   []sentenceValue
	// nearFigs are nearestHits' facts of the figures of sentence nearOf.
	nearOf   *figures.Sentence
	nearFigs []figureNear
	// nearLabels is hasLabels' answer for nearOf plus 1 (0: not yet known).
	nearLabels int8
	// maskedText is the sentence starting at byte maskedAt with its
	// figures masked, for patterns (memo.go).
	maskedAt   int
	maskedText string
	maskBuf    []byte // the chunk masked texts are written into (sentencebuffers.go)
	// bindInts is bindValues' scratch (memo.go).
	bindInts []int
	// tokStems are the stems of the tokens of sentence stemsOf, "" until
	// looked up (memo.go).
	stemsOf  *figures.Sentence
	tokStems []string
	words    *wordLookup // the phrase index's answers per word (wordindex.go)
	// places are the name tokens of sentence placesOf (otherevent.go),
	// runsFound the pattern runs looked for in sentence runsOf.
	placesOf, runsOf *figures.Sentence
	places           []int32
	runsFound        []runFound
	// kwDays are keywordDay's answers by keyword end in sentence kwDaysOf
	// (memo.go).
	kwDaysOf *figures.Sentence
	kwDays   []int8
	// moved are movedName's answers by keyword end in sentence movedOf
	// (leftpart.go).
	movedOf *figures.Sentence
	moved   []movedSpan
	// asides are the last asideGap answers (memo.go).
	asides    [4]asideGapMemo
	asideNext int
	// nearests are nearestHits' last answers (nearestmemo.go).
	nearests    [4]nearestMemo
	nearestNext int
	// subject is what the story before the sentence read names
	// (articlesubject.go), made when first asked.
	subject *storyNames
	// sentMarks are the marks of one sentence (sentencemarks.go).
	sentMarks sentenceMarks
}

// extract runs the metrics (or only metric only, when >= 0) over d.
func (e *Engine) extract(d *figures.Document, only int, tr *tracer, date time.Time) []Observation {
	if len(e.metrics) == 0 || len(d.Figures) == 0 {
		return nil
	}
	return e.run(&docState{d: d, stems: &e.stems, scoped: map[int]bool{}, trace: tr, articleYear: yearOf(date), articleMonth: monthOf(date), date: date}, only)
}

func (e *Engine) run(st *docState, only int) []Observation {
	d, tr := st.d, st.trace
	sc, _ := e.scratch.Get().(*runScratch)
	if sc == nil {
		sc = new(runScratch)
	}
	out := make([]Observation, 0, e.observationsHint(len(d.Figures)))
	hits := sc.hits[:0]
	done := sc.twins[:0]
	sc.words.e, st.words = e, &sc.words
	st.factsBuf = &sc.facts
	if tr != nil {
		// An explanation notes each sentence's hits before its
		// evaluations, sentence by sentence.
		for si := range d.Sentences {
			s := &d.Sentences[si]
			if !hasAmount(d, s) {
				continue
			}
			tr.sentence(d, s)
			hits = e.sentenceHits(st, si, hits[:0], &sc.order)
			out = e.evaluateSentence(st, s, hits, only, &done, out)
		}
	} else {
		hits, out = e.runTwoPasses(st, sc, hits, only, &done, out)
	}
	st.ownWords(out) // while the figure facts are kept (sc.facts)
	e.learnObservations(len(d.Figures), len(out))
	sc.hits = hits
	clear(done[:cap(done)]) // keeps no hits alive
	sc.twins = done[:0]
	e.scratch.Put(sc)
	out = e.attribute(d, out)
	e.readEvents(st, out)
	readAsOf(d, out, st.date)
	if len(out) == 0 {
		return nil
	}
	return out
}

// sentenceHits appends to hits the phrases of the metrics found in
// sentence si (and, for a question or a restating sentence, in its
// neighbour), grouped by metric.
func (e *Engine) sentenceHits(st *docState, si int, hits []hit, order *hitOrder) []hit {
	d := st.d
	s := &d.Sentences[si]
	from := len(hits)
	hits = e.thenNowHits(st, s, e.partitiveBackHits(st, s, e.elidedHits(st, s, dropTradedBodies(d, s, e.wholeHits(st, s, e.givenNameHits(st, s, e.ownerPlaceHits(st, s, e.thereHits(st, s, e.whereHits(st, s, e.holdHits(st, s, e.corefHits(st, s, e.labelKeywordHits(st, s, e.placeLabelHits(st, s, e.fiscalYearHits(st, s, e.labelledFigureHits(st, s, e.findHits(st, s, hits), from)))))))))))))))
	if q := questionBeforeAt(d, si); q != nil {
		hits = e.askedFigureHits(st, q, s, e.questionHits(st, q, hits))
	} else if t := topicBeforeAt(d, si); t != nil {
		hits = e.topicHits(st, t, hits) // "Now, the death toll. More than fifteen thousand ..." (spokentopic.go)
	}
	hits = e.itSubjectHits(st, si, hits)         // "It's almost eleven thousand now" (itsubject.go)
	hits = e.countNounSubjectHits(st, si, hits)  // "The UN's figure is about twelve million" (countnounsubject.go)
	hits = e.countFromOwnerHits(st, s, hits)     // "The figure most outlets cite — about 48,000 — comes from the ministry" (countfromowner.go)
	hits = e.ownerAfterNounHits(st, s, hits)     // "the tally kept by the ministry", "the ministry puts the figure at" (ownerafternoun.go)
	hits = e.existentialThemHits(st, si, hits)   // "the remaining battalions in Rafah, and there are four of them" (existentialthem.go)
	hits = e.thatCountHits(st, si, hits)         // "... a tally of the killed. This week that number passed 39,000." (thatcount.go)
	hits = e.byCountHits(st, si, hits)           // "Eleven thousand civilians, by the UN's own careful count" (bycount.go)
	hits = e.attributedBareHits(st, s, hits)     // "twenty-eight thousand now, according to the ministry" (attributedbare.go)
	hits = e.ownedFigureHits(st, s, hits)        // "far higher than the ministry's 37,877" (ownedfigure.go)
	hits = e.unitSinceHits(st, s, hits)          // "the 100-plus sales approved since October" (unitsince.go)
	hits = e.elidedOpeningHits(st, si, hits)     // "... 24 battalions. Four are left in Rafah" (elidedclause.go)
	hits = e.dashRestatedCountHits(st, si, hits) // "Sixteen thousand — that's where the count stands" (restatedcount.go)
	hits = e.backCityHits(st, si, hits)          // "... near Rafah. The border city, home to some 1.35 million uprooted" (backcity.go)
	hits = e.deniedMoveHits(st, s, hits, from)   // "You simply cannot herd 1.35 million ... out of Rafah" (deniedmove.go)
	if nx := restatingAfter(d, si); nx != nil {
		hits = e.restatingHits(st, nx, hits)         // "Fifty thousand. That is the number ..." (fronted.go)
		hits = e.restatedCountHits(st, si, nx, hits) // "Thirty thousand. That's where the count stands" (restatedcount.go)
	}
	// Last: the sentence's own words, its question, topic, restatement and
	// the readers above take what they name before the story is trusted.
	hits = e.storyCountHits(st, si, hits) // "The flood toll keeps rising. Some 2,400 people now, officials say" (storycount.go)
	// Last of all, a bare count noun with no metric's word in its sentence
	// takes the one running count the story before it names.
	hits = e.articleSubjectHits(st, si, hits) // "... the tally after that review is 42,010" (articlesubject.go)
	// Group the hits by metric, so each metric sees only its own.
	groupByMetric(hits, order)
	return hits
}

// evaluateSentence appends to out the observations of sentence s, whose
// hits are grouped by metric: each metric with a trigger among them (or
// only metric only, when >= 0), then the pattern metrics that are always
// tried.
func (e *Engine) evaluateSentence(st *docState, s *figures.Sentence, hits []hit, only int, done *[]twinEval, out []Observation) []Observation {
	*done = (*done)[:0]
	for lo := 0; lo < len(hits); {
		mi, hi := nextMetricRun(hits, lo)
		run := hits[lo:hi]
		lo = hi
		if !e.evaluatesRun(mi, run, only) {
			continue
		}
		out = e.evaluateShared(st, s, mi, run, done, out)
	}
	for _, mi := range e.patternAlways {
		if only >= 0 && mi != only || hasMetric(hits, mi) {
			continue
		}
		out = e.evaluateShared(st, s, mi, nil, done, out)
	}
	return out
}

// nextMetricRun returns the metric of hits[lo] and the end of its run of
// hits, which are grouped by metric.
func nextMetricRun(hits []hit, lo int) (mi, hi int) {
	mi, hi = int(hits[lo].ref.metric), lo+1
	for hi < len(hits) && int(hits[hi].ref.metric) == mi {
		hi++
	}
	return mi, hi
}

// evaluatesRun reports whether evaluateSentence evaluates metric mi on its
// run of hits: the metric is only (when only >= 0), and a trigger is among
// the hits or the metric is always tried.
func (e *Engine) evaluatesRun(mi int, run []hit, only int) bool {
	return (only < 0 || mi == only) && (hasTrigger(run) || e.metrics[mi].always)
}
