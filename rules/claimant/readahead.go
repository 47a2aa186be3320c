package claimant

// ReadAhead reads the sentences of the figures at spans, the next few a
// caller will ask Find about, as Find will first read them: each
// sentence's view and its attributions (over the sentence, past a speaker
// label, or over the quotation holding the figure). The views are kept
// until the next ReadAhead. Find gives the same answers with or without
// it: what it reads is what Find would read, and keeps, for the same
// question. What it changes is the order: a run of sentences' words and
// attributions are read one after another, then their claimants are
// chosen one after another, so that each part's code stays in the
// processor's instruction cache through its run rather than being fetched
// again for every figure (docs/history/performance-rounds.md, speed17).
func (x *Doc) ReadAhead(spans [][2]int) {
	c := &x.c
	if c.scratch == nil || len(spans) == 0 {
		return
	}
	w := &c.views
	w.pinLo, w.pinHi = 0, -1
	c.views.ahead = c.views.ahead[:0]
	// Find looks for each figure's sentence from the last one it found:
	// that is where it starts again.
	sentAt := c.sentAt
	defer func() { c.sentAt = sentAt }()
	first := true
	for _, sp := range spans {
		si := c.sentenceAt(sp[0])
		if si < 0 {
			continue
		}
		if first {
			// The last run's views, but those near this run's first
			// figure, are recycled, as Find would.
			c.recycleViews(si)
			w.pinLo, w.pinHi, first = si-viewReach, si+viewReach, false
		}
		w.pinLo, w.pinHi = min(w.pinLo, si-viewReach), max(w.pinHi, si+viewReach)
		c.readAhead(si, sp[0], sp[1])
	}
}

// readAhead reads what find first reads of the figure at [start, end) of
// sentence si: its view and the attributions find asks of it.
func (c *call) readAhead(si, start, end int) {
	v := c.view(si)
	if len(v.toks) == 0 {
		return
	}
	lo := 0
	_, lbEnd, _ := c.speakerLabel(si)
	if lbEnd > 0 && lbEnd > v.toks[0].start {
		lo = v.tokAt(lbEnd)
		if lo < len(v.toks) && v.toks[lo].low == ":" {
			lo++
		}
	}
	qs, qe, ok := c.quoteAround(start, end)
	c.views.ahead = append(c.views.ahead, aheadQuote{start: start, end: end, qs: qs, qe: qe, ok: ok})
	if ok {
		v.attributions(v.tokAt(qs), v.tokAt(qe))
		return
	}
	v.attributions(lo, len(v.toks))
}

// aheadQuote is quoteAround's answer for a figure read ahead.
type aheadQuote struct {
	start, end, qs, qe int
	ok                 bool
}

// quoteOf is quoteAround(start, end), answered from the figures read
// ahead when it is one of them.
func (c *call) quoteOf(start, end int) (int, int, bool) {
	for i := range c.views.ahead {
		if a := &c.views.ahead[i]; a.start == start && a.end == end {
			return a.qs, a.qe, a.ok
		}
	}
	return c.quoteAround(start, end)
}
