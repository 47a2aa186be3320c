package rules

// runTwoPasses is run's work without an explanation, in two passes: every
// sentence's hits, then every sentence's evaluations. Each pass runs code
// of its own, sentence after sentence, so the hit finders' code stays in
// the instruction cache through the first and the evaluation's readings
// are not pushed out of it by the hit finders' between sentences of the
// second (docs/history/performance-rounds.md, speed17). It returns the
// hits buffer for reuse and out with the observations appended.
func (e *Engine) runTwoPasses(st *docState, sc *runScratch, hits []hit, only int, done *[]twinEval, out []Observation) ([]hit, []Observation) {
	d := st.d
	found := sc.found[:0]
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if !hasAmount(d, s) {
			continue
		}
		hits = e.sentenceHits(st, si, hits[:0], &sc.order)
		if !e.evaluatesAny(hits, only) {
			continue
		}
		// The sentence's marks and opening, which its hit finders
		// may have read, are kept for its evaluations, which read
		// them too.
		f := sentenceHitSpan{si: int32(si), from: int32(len(sc.all)), opened: -1}
		sc.all = append(sc.all, hits...)
		f.to = int32(len(sc.all))
		if st.sentMarks.of == s {
			f.marks = st.sentMarks
		}
		if at, ok := d.KeptOpening(s); ok {
			f.opened = at
		}
		if st.maskedAt == s.Start {
			f.masked = st.maskedText
		}
		if st.runsOf == s {
			f.runsFrom = int32(len(sc.runs))
			sc.runs = append(sc.runs, st.runsFound...)
			f.runsTo = int32(len(sc.runs))
		}
		found = append(found, f)
	}
	for i := range found {
		f := &found[i]
		s := &d.Sentences[f.si]
		if f.marks.of == s {
			st.sentMarks = f.marks
		}
		if f.opened >= 0 {
			d.KeepOpening(s, f.opened)
		}
		if f.masked != "" {
			st.maskedAt, st.maskedText = s.Start, f.masked
		}
		if f.runsTo > 0 {
			st.runsOf, st.runsFound = s, append(st.runsFound[:0], sc.runs[f.runsFrom:f.runsTo]...)
		}
		out = e.evaluateSentence(st, s, sc.all[f.from:f.to:f.to], only, done, out)
	}
	clear(found) // keeps no sentence past the text
	clear(sc.runs)
	sc.runs = sc.runs[:0]
	sc.found = found[:0]
	clear(sc.all) // keeps no phrase alive past the text
	sc.all = sc.all[:0]
	return hits, out
}

// sentenceHitSpan is where the hits of sentence si are kept in
// runScratch.all during run's first pass: [from, to).
type sentenceHitSpan struct {
	si, from, to int32
	// marks and opened are the sentence's marks and afterStamp as its
	// hit finders left them (marks.of nil, opened -1: not read), masked
	// its masked text ("": not written) and runsFrom, runsTo where its
	// patterns' runs found are kept in runScratch.runs (0, 0: none read).
	marks            sentenceMarks
	opened           int
	masked           string
	runsFrom, runsTo int32
}

// evaluatesAny reports whether evaluateSentence would evaluate a metric
// with hits, a sentence's hits grouped by metric.
func (e *Engine) evaluatesAny(hits []hit, only int) bool {
	if len(e.patternAlways) > 0 {
		return true
	}
	for lo := 0; lo < len(hits); {
		mi, hi := nextMetricRun(hits, lo)
		if e.evaluatesRun(mi, hits[lo:hi], only) {
			return true
		}
		lo = hi
	}
	return false
}
