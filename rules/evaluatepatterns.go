package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// How a metric with patterns or values takes a sentence: patterns first,
// as the precise form, then values bound in pairs (values.go).

// byPatterns takes sentence s by the first of metric m's patterns that
// matches it. None is tried beside an earlier year (g): a pattern binds
// the figures it finds, the earlier event's too.
func (m *metric) byPatterns(st *docState, s *figures.Sentence, hits []hit, g *gates) (Observation, bool) {
	d := st.d
	tr := st.trace
	amounts := -1
	for pi, cp := range m.patterns {
		if g.earlierAt >= 0 || g.startAt >= 0 {
			break // a pattern binds the figures it finds, the earlier event's too
		}
		if len(cp.anchors) > 0 && !hasPatternHit(hits, pi) {
			if tr != nil {
				tr.note(NoteNotTried, "%s: not tried: none of its words (%s) is here", cp.rule, strings.Join(cp.anchors, ", "))
			}
			continue
		}
		if amounts < 0 {
			amounts = countAmounts(d, s)
		}
		if amounts < len(cp.names) {
			if tr != nil {
				tr.note(NoteNotTried, "%s: not tried: it binds %d figures and the sentence has %d", cp.rule, len(cp.names), amounts)
			}
			continue // each placeholder binds a figure of its own
		}
		if tr == nil && !st.holdsRuns(s, cp) {
			continue // no match could hold all its literal runs (patternruns.go)
		}
		vals, ok := m.matchPattern(d, s, st.masked(s), cp, tr)
		if ok {
			if tr != nil {
				tr.took("took %s by %s", DescribeValues(vals), cp.rule)
			}
			return m.observation(d, s, vals, cp.rule), true
		}
	}
	return Observation{}, false
}

// byValues takes sentence s by metric m's values (bindValues), once it
// tells a release, trade or offer of one.
func (m *metric) byValues(st *docState, s *figures.Sentence, hits []hit) (Observation, bool) {
	d := st.d
	tr := st.trace
	if !exchangeTold(d, s) && !exchangeToldAfter(d, s) {
		if tr != nil {
			tr.note(NoteSentenceLeft, "left: the sentence tells no release, trade or offer of one (exchangetold.go); values: reads swaps only: figures a sentence gives together otherwise (cases and deaths) are two metrics, one each")
		}
		return Observation{}, false
	}
	if m.otherPeoplesSwap(d, s, hits) {
		if tr != nil {
			tr.note(NoteSentenceLeft, "left: a swap of another war: a figure is headed by a people that is neither side, and no side is named (othersideswap.go)")
		}
		return Observation{}, false
	}
	vals, ok := m.bindValues(st, s, hits)
	if !ok {
		return Observation{}, false
	}
	if tr != nil {
		tr.took("took %s by values", DescribeValues(vals))
	}
	return m.observation(d, s, vals, "values"), true
}
