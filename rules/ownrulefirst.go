package rules

import (
	"strconv"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An explanation's first reason for leaving a figure is the one a rule
// writer can act on. figureDropped asks the engine's readings (a part, a
// share's whole, a projection ...) before the figure's distance to its
// keyword and exclude_near words is read, so ", with more than 92,000
// people wounded" was "a part or a detail of an earlier figure" though the
// metric's own exclude_near (wounded) rules it out too. The metric's
// min/max and kind (takes) and its scope, require and exclude words
// (sentenceGates) are asked before figureDropped and already come first;
// its window and exclude_near are asked after. When those would have left
// the figure too, ownRuleFirst notes them first and the engine's reading
// after them as "also" (Note.Also). Only an explanation asks: what is
// taken does not change, since the figure is left either way.

// ownRuleFirst is called by an explanation after figureDropped left
// figure fi of sentence s, its notes made since note from. It reads the
// figure's keyword and exclude_near words as byKeyword would next; when
// they leave it too (too far, or excluded), their notes go first and
// figureDropped's follow as also. Otherwise the notes stay as they were.
func (m *metric) ownRuleFirst(st *docState, s *figures.Sentence, fi int, hits []hit, from int) {
	tr := st.trace
	me := tr.current()
	checks := len(me.Notes)
	for _, n := range me.Notes[from:checks] {
		if n.Kind == NoteExcluded {
			return // figureDropped already names an exclude word
		}
	}
	kwDist, kw, exDist, ex, ties := st.nearestHits(s, hits, fi, roleKeyword, m.spec.Total, m.window, m.maxValue())
	if len(ties) > 1 {
		kw = m.tiedKeyword(st, s, fi, hits, kwDist, exDist, ex, ties)
	}
	_, _, near := m.nearEnough(st, s, fi, hits, kwDist, kw, exDist, ex)
	me = tr.current()
	if last := len(me.Notes) - 1; near || last < checks || me.Notes[last].Kind != NoteExcluded && me.Notes[last].Kind != NoteTooFar {
		tr.truncate(checks) // not the user's rule: nearEnough's own readings, or near enough
		return
	}
	tr.ruleFirst(from, checks)
}

// truncate drops the current metric's notes from note n on.
func (t *tracer) truncate(n int) {
	m := t.current()
	m.Steps, m.Notes = m.Steps[:n], m.Notes[:n]
}

// ruleFirst moves the current metric's notes [from, mid) after the notes
// from mid on, each marked Also and its step read "also".
func (t *tracer) ruleFirst(from, mid int) {
	m := t.current()
	steps := append(append(append([]string(nil), m.Steps[:from]...), m.Steps[mid:]...), m.Steps[from:mid]...)
	notes := append(append(append([]Note(nil), m.Notes[:from]...), m.Notes[mid:]...), m.Notes[from:mid]...)
	m.Steps, m.Notes = steps, notes
	for i := len(notes) - (mid - from); i < len(notes); i++ {
		t.markAlso(i)
	}
}

// markAlso marks the current metric's note i as Also, its step read
// "also": a reason that leaves the figure too, after the one noted first.
func (t *tracer) markAlso(i int) {
	m := t.current()
	n := &m.Notes[i]
	n.Also = true
	if n.Figure != "" {
		m.Steps[i] = strconv.Quote(n.Figure) + ": also " + n.Reason
	} else {
		m.Steps[i] = "also " + m.Steps[i]
	}
}
