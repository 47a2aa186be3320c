package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The checks that read a metric's words in a sentence as a whole, before
// any figure: scope, another place's event, exclude words, require and an
// earlier event or start than since. Each either leaves the sentence or
// bounds which of its figures stay open (gates).

// gates is what the sentence-level checks leave the per-figure ones to
// read (figureDropped).
type gates struct {
	excludedFrom     int   // the first token of the clause an exclude word rules out (-1: none)
	termFrom, termTo []int // comparisons' other terms an exclude word opens (comparedterm.go)
	labelOut         []int // list items whose own label holds an exclude word
	partTo           int   // figures before this token are a part an exclude word marks before a running total (runningpart.go)
	excludedTo       int   // figures before this token stand in an exclude word's clause before a contrasting one (excludeotherclause.go)
	// earlierAt and startAt are the tokens of earlier years that rule out
	// every figure but one in a clause of the metric's own (ownclause.go):
	// an earlier event's and an earlier start's (-1: none).
	earlierAt, startAt int
	// later is a "since" that opens a later period than the metric's (-1:
	// none), and onlyListed whether the metric's place is named only inside
	// a list of places, onlyFrontedEvent whether it is named only as the
	// operation a fronted phrase of time names: read once per sentence,
	// for a metric that reads keywords (byKeyword).
	later            int
	onlyListed       bool
	onlyFrontedEvent bool
	// trailingPart is the comma of a part phrase closing the sentence
	// (", many of them ... Rafah") that alone names the metric's place:
	// figures before it are the whole (trailingpart.go; -1: none).
	trailingPart int
	// near: the metric's hits hold an exclude_near word, without which
	// no check that asks where one stands can turn a figure away.
	near bool
}

// sentenceGates fills g for metric mi and sentence s, reporting false
// when a check leaves the sentence.
func (e *Engine) sentenceGates(st *docState, s *figures.Sentence, mi int, hits []hit, g *gates) bool {
	m := e.metrics[mi]
	*g = gates{excludedFrom: -1, earlierAt: -1, startAt: -1, later: -1, trailingPart: -1}
	return !e.scopeLeaves(st, s, mi) && !e.excludeLeaves(st, s, m, hits, g) && !m.requireLeaves(st, hits) && !m.sinceLeaves(st, s, hits, g)
}

// scopeLeaves reports whether sentence s lies outside metric mi's scope or
// names the event of another place, noting which.
func (e *Engine) scopeLeaves(st *docState, s *figures.Sentence, mi int) bool {
	m := e.metrics[mi]
	tr := st.trace
	if len(m.scope) > 0 && !e.inScope(st, s, mi) {
		if tr != nil {
			where := "article"
			if m.spec.ScopeIn == "sentence" {
				where = "sentence"
			}
			if where == "sentence" {
				where = "sentence (nor a question just before it)"
			}
			tr.note(NoteScopeMissing, "left: scope word missing: the %s mentions none of %s", where, strings.Join(m.spec.Scope, ", "))
		}
		return true
	}
	if m.otherEvent(st, s) {
		if tr != nil {
			tr.note(NoteSentenceLeft, "left: the sentence names the event of another place (%s)", strings.Join(m.spec.Scope, ", "))
		}
		return true
	}
	if other, ok := m.namedOtherEvent(st.d, s); ok {
		if tr != nil {
			tr.note(NoteSentenceLeft, "left: the sentence names another event, %q, and not the metric's own (%s)", other, strings.Join(m.spec.Scope, ", "))
		}
		return true
	}
	return false
}

// excludeLeaves reports whether an exclude word of metric m rules
// sentence s out. One in a clause of its own after a semicolon rules out
// only the figures from that clause on, when the metric reads keywords
// ("12,000 civilians have been killed; in Mariupol alone, thousands
// more"); one in a list item's label or a comparison's other term only
// their own figures: those bounds are kept in g.
func (e *Engine) excludeLeaves(st *docState, s *figures.Sentence, m *metric, hits []hit, g *gates) bool {
	d := st.d
	tr := st.trace
	for _, h := range hits {
		if h.ref.role != roleExclude || excepted(d, h) || frontedManner(d, s, h) {
			continue
		}
		// "CAIRO (AP) —", "talks in Cairo": a capital exclude gained from
		// its country names where the story is told, not whose figure
		// it is (capitalcountry.go).
		if int(h.ref.index) >= m.excludeCapitals && capitalAsPlace(d, s, h) {
			if tr != nil {
				tr.note(NoteExcludeLifted, "%q: a capital named as where the story is told (a dateline, \"in\", \"from\"), not the country it stands for", tokensText(d, h.start, h.end))
			}
			continue
		}
		// A list item's label says what its own figure counts: "refugees
		// in Chad alone: 700,000+" rules out that item, not the list.
		if li := labelHolding(d, s, h); li >= 0 && len(m.keywords) > 0 && hasLabels(d, s) {
			g.labelOut = append(g.labelOut, li)
			if tr != nil {
				tr.note(NoteExcludeLifted, "%q: in a list item's label, which rules out only its own figure", tokensText(d, h.start, h.end))
			}
			continue
		}
		if from, to, ok := comparedTerm(d, s, h); ok && len(m.keywords) > 0 && len(m.patterns) == 0 && len(m.valueNames) == 0 {
			if figureWithin(d, s, from, to) {
				g.termFrom, g.termTo = append(g.termFrom, from), append(g.termTo, to)
			}
			if tr != nil {
				tr.note(NoteExcludeLifted, "%q: the other term of a comparison, which rules out only its own figures", tokensText(d, h.start, h.end))
			}
			continue
		}
		if c := runningTotalPart(d, s, h); c > 0 && len(m.keywords) > 0 && len(m.patterns) == 0 && len(m.valueNames) == 0 {
			g.partTo = max(g.partTo, c)
			if tr != nil {
				tr.note(NoteExcludeLifted, "%q: marks the part before a running total, which rules out only the part's figures", tokensText(d, h.start, h.end))
			}
			continue
		}
		keywordsOnly := len(m.keywords) > 0 && len(m.patterns) == 0 && len(m.valueNames) == 0
		// A transcript's speaker label ("HOST:") opens no clause: the
		// sentence starts past it (exclude_after_speaker_label.yaml).
		open := afterSpeakerLabel(d, s)
		if c := clauseStartWithSubject(d, s, h.start); keywordsOnly && c > open {
			if g.excludedFrom < 0 || c < g.excludedFrom {
				g.excludedFrom = c
			}
			continue
		}
		// ", and ...", ", with 180 killed ...", a fronted phrase's main
		// clause (excludeotherclause.go).
		if c := excludeClauseStart(d, s, h.start); keywordsOnly && c > open {
			if g.excludedFrom < 0 || c < g.excludedFrom {
				g.excludedFrom = c
			}
			if tr != nil {
				tr.note(NoteExcludeLifted, "%q: in a clause of its own after the figure's, which it alone rules out", tokensText(d, h.start, h.end))
			}
			continue
		}
		// "... in Belgorod, while the UN mission has confirmed ...": the
		// clause of contrast after it is the metric's.
		if c := contrastAfterExclude(d, s, h.end); keywordsOnly && c > 0 {
			g.excludedTo = max(g.excludedTo, c)
			if tr != nil {
				tr.note(NoteExcludeLifted, "%q: in a clause before a contrasting one (\", while\"), which it alone rules out", tokensText(d, h.start, h.end))
			}
			continue
		}
		if tr != nil {
			tr.note(NoteExcluded, "left: excluded by %q (%s)", tokensText(d, h.start, h.end), e.phraseOf(h.ref).rule)
		}
		return true
	}
	return false
}

// requireLeaves reports whether sentence s holds none of metric m's
// require words, noting it.
func (m *metric) requireLeaves(st *docState, hits []hit) bool {
	tr := st.trace
	if len(m.require) > 0 && !hasRole(hits, roleRequire) {
		if tr != nil {
			tr.note(NoteRequireMissing, "left: the sentence holds none of require (%s)", strings.Join(m.spec.Require, ", "))
		}
		return true
	}
	return false
}

// sinceLeaves reports whether sentence s names an event or a start before
// metric m's since year outside a clause of the metric's own, or answers a
// question about such an event; the tokens of earlier years it keeps in g.
func (m *metric) sinceLeaves(st *docState, s *figures.Sentence, hits []hit, g *gates) bool {
	if m.spec.Since.Year == 0 {
		return m.decadeLeaves(st, s, g) // decade.go
	}
	d := st.d
	tr := st.trace
	if len(m.valueNames) > 0 {
		if k := anniversaryExchange(d, s); k >= 0 {
			if tr != nil {
				tr.note(NoteSentenceLeft, "left: %q recalls a named earlier exchange (anniversaryexchange.go)", tokensText(d, max(s.TokStart, k-3), k+1))
			}
			return true
		}
	}
	if fi := earlierEvent(d, s, m.spec.Since.Year); fi >= 0 {
		if g.earlierAt = firstTok(d, fi); !m.ownClauseKept(d, s, g.earlierAt) {
			if tr != nil {
				tr.note(NoteSentenceLeft, "left: %q names an event before %d (since)", d.Figures[fi].Text, m.spec.Since.Year)
			}
			return true
		}
		if tr != nil {
			tr.noteFigure(NoteNear, d.Figures[fi].Text, " names an event before %d (since): only a clause of the metric's own is read", m.spec.Since.Year)
		}
	}
	if fi := askedEarlierEvent(d, s, m.spec.Since.Year); fi >= 0 {
		if tr != nil {
			tr.note(NoteSentenceLeft, "left: answers a question about an event before %d (%q, since)", m.spec.Since.Year, d.Figures[fi].Text)
		}
		return true
	}
	// A pair of values is a deal, not a count over a period: "since
	// 2019" dates something else ("a nephew held since 2019").
	if fi := earlierStart(d, s, m.spec.Since.Year, hits); fi >= 0 && len(m.valueNames) == 0 {
		if g.startAt = firstTok(d, fi); !m.ownClauseKept(d, s, g.startAt) {
			if tr != nil {
				tr.note(NoteSentenceLeft, "left: %q counts from a year before %d (since)", tokensText(d, max(firstTok(d, fi)-1, s.TokStart), firstTok(d, fi)+1), m.spec.Since.Year)
			}
			return true
		}
		if tr != nil {
			tr.note(NoteNear, "%q counts from a year before %d (since): only a clause of the metric's own is read", tokensText(d, max(firstTok(d, fi)-1, s.TokStart), firstTok(d, fi)+1), m.spec.Since.Year)
		}
	}
	return false
}
