package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// far is a distance no window reaches.
const far = 1 << 30

// restatedGap is how far a keyword in a clause that restates a figure
// ("N, that's what ...") stands from it: near, but no nearer than a
// keyword right by another figure of the sentence that says the same
// ("Thirty-two thousand, that's the figure ..., thirty-two thousand
// people killed" takes the second, which names its source).
const restatedGap = 2

// namedNoun is the distance nearestHits gives an exclude_near word that
// names what the figure counts: nearer than any keyword.
const namedNoun = -1

// evaluate applies metric mi to sentence s. Every decision it makes is
// noted in st.trace when an explanation was asked for. It runs the
// sentence's gates (sentencegate.go), then the metric's patterns or values
// (evaluatepatterns.go), then its keywords (byKeyword).
func (e *Engine) evaluate(st *docState, s *figures.Sentence, mi int, hits []hit) (Observation, bool) {
	m := e.metrics[mi]
	if tr := st.trace; tr != nil {
		tr.metric(m.spec.ID)
		e.noteHits(st, s, hits)
		tr.nearSeen = tr.nearSeen || slices.ContainsFunc(hits, func(h hit) bool { return h.ref.role == roleNear })
	}
	var g gates
	if !e.sentenceGates(st, s, mi, hits, &g) {
		return Observation{}, false
	}
	// Patterns first: they are the precise form.
	if obs, ok := m.byPatterns(st, s, hits, &g); ok {
		return obs, true
	}
	if len(m.valueNames) > 0 {
		return m.byValues(st, s, hits)
	}
	if len(m.keywords) == 0 {
		return Observation{}, false
	}
	return m.byKeyword(st, s, hits, &g)
}

// byKeyword takes the figure of sentence s that no check turns away
// (figuredrops.go, keyworddrops.go) and that comes first among the rest
// (choose.go): in the end, the one nearest a keyword of metric m.
func (m *metric) byKeyword(st *docState, s *figures.Sentence, hits []hit, g *gates) (Observation, bool) {
	d := st.d
	tr := st.trace
	if m.spec.Since.Year != 0 {
		g.later = m.laterStart(d, s, st.date)
	}
	// The metric's place named only inside a list of places holds for the
	// sentence, whatever its figure: read once, not per figure.
	g.onlyListed = m.scopeOnlyListed(st, s)
	g.onlyFrontedEvent = !g.onlyListed && m.scopeOnlyFrontedEvent(st, s)
	g.trailingPart = m.trailingPartOnlyPlace(st, s)
	g.near = hasRole(hits, roleNear)
	c := candidate{fig: -1, dist: far, rule: -1}
	all := hits
	if tr == nil {
		c = m.chooseFigure(st, s, all, g)
	}
	for fi := s.FigStart; tr != nil && fi < s.FigEnd; fi++ {
		// A word of verifying before the figure is its verb, and a
		// verb's compared object after it another count: neither is its
		// keyword (verifiedafter.go).
		// An explanation notes every check a figure fails, in this
		// order; without one, chooseFigure asks the same checks in an
		// order that spares work, and the answer is the same.
		hits := figureKeywords(d, s, all, fi)
		if !m.takes(d, s, fi, hits, tr) || st.speakers(s, fi) {
			continue
		}
		if from := len(tr.current().Notes); m.figureDropped(st, s, fi, hits, g, tr) {
			// The metric's own window or exclude_near, when they leave
			// the figure too, go first (ownrulefirst.go).
			m.ownRuleFirst(st, s, fi, hits, from)
			continue
		}
		kwDist, kw, exDist, ex, ties := st.nearestHits(s, hits, fi, roleKeyword, m.spec.Total, m.window, m.maxValue())
		if len(ties) > 1 {
			kw = m.tiedKeyword(st, s, fi, hits, kwDist, exDist, ex, ties)
		}
		if m.spec.Total {
			m.notePartsOfKeyword(d, s, fi, hits, tr)
		}
		var near bool
		if kwDist, kw, near = m.nearEnough(st, s, fi, hits, kwDist, kw, exDist, ex); !near {
			continue
		}
		// After nearEnough, which may move the keyword past an aside
		// that counts a figure of its own (asidekeyword.go): the
		// keyword's drops read the figure's keyword, as chooseFigure's
		// do, not the aside's ("5,000 people, half of the 9,000 dead,
		// were killed while trying to reach food" is a part).
		if m.keywordDropped(st, s, fi, hits, kw, tr) {
			continue
		}
		// After nearEnough, which an explanation notes first: an
		// exclude_near word as near as the keyword rules the figure out
		// before the place of the keyword is read.
		if g.near && m.keywordInExcludedPlace(st, s, fi, hits, kw, tr) {
			continue
		}
		m.prefer(d, s, &c, fi, kwDist, hits, kw)
	}
	best := c.fig
	if best < 0 {
		if tr != nil {
			tr.note(NoteNoFigure, "left: no figure fits")
		}
		return Observation{}, false
	}
	if namesNoNumber(d, best) {
		if tr != nil {
			tr.note(NoteVague, "left: %q is a vague amount, no number to record", d.Figures[best].Text)
		}
		return Observation{}, false
	}
	if first := repeatedFigure(d, s, best); first != best {
		if tr != nil {
			tr.noteFigure(NoteNear, d.Figures[best].Text, " says %q again: the figure as first said", d.Figures[first].Text)
		}
		best = first
	}
	vals := st.figureValue(s, best)
	if m.spokenMoney(d, s, best, hits) {
		vals = append(st.valueSlice(1), Value{Name: "value", Figure: m.asMoney(&d.Figures[best])})
	}
	if q, ok := restartBound(d, s, best); ok && len(vals) == 1 {
		// A copy: the figure's values are shared with other metrics.
		v := vals[0]
		v.Qualifier = q
		vals = append(st.valueSlice(1), v)
		if tr != nil {
			tr.noteFigure(NoteNear, d.Figures[best].Text, " takes the bound of %q, the start a speaker broke off (restartbound.go)", d.Figures[best-1].Text)
		}
	}
	if q, ok := boundAfter(d, s, best); ok && len(vals) == 1 {
		v := vals[0] // a copy, as above
		v.Qualifier = q
		vals = append(st.valueSlice(1), v)
		if tr != nil {
			tr.noteFigure(NoteNear, d.Figures[best].Text, " takes the bound the phrase after it gives (\", more than that\"; boundafter.go)")
		}
	}
	if tr != nil {
		tr.took("took %q: the figure nearest a keyword", d.Figures[best].Text)
	}
	return m.observation(d, s, vals, m.keywords[c.rule].rule), true
}
