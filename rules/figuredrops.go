package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The checks that turn a figure away by what it is in its sentence, before
// any keyword is read: each is an answer about the figure alone (with the
// sentence's gates), so evaluate asks them once the fast path has found a
// keyword near enough, or, when an explanation is asked for, each in its
// place to note which turned the figure away.

// figureDropped reports whether a check that needs no keyword turns
// figure fi of sentence s away for metric m, noting which in tr. The
// checks run in a fixed order, which changes only which an explanation
// notes first: those here, then the four stretches of the chain kept in
// files of their own (dropsamounts.go, dropsepisodes.go, dropsplaces.go,
// dropsparts.go), so that each can be read in one sitting.
func (m *metric) figureDropped(st *docState, s *figures.Sentence, fi int, hits []hit, g *gates, tr *tracer) bool {
	d := st.d
	f := &d.Figures[fi]
	if g.earlierAt >= 0 && !ownClauseApart(d, s, g.earlierAt, fi, m.spec.Since.Year) ||
		g.startAt >= 0 && !ownClauseApart(d, s, g.startAt, fi, m.spec.Since.Year) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": not in a clause of the metric's own beside the earlier year")
		}
		return true
	}
	apart := st.apartFacts(s, fi)
	if tr.dropped(NoteRefused, m.spec.Since.Year == 0 && apart&apartDecade != 0, "%q: dated by a past decade or year in its own stretch (\"received ... in the 1980s\", \"peaked at $4 billion in 1979\"; decade.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, len(m.valueNames) == 0 && m.spec.Kind == "money" && partOfOwnKeyword(d, s, hits, fi), "%q: a part of the whole the metric's keyword names after \"of\" (\"$725 million of its Foreign Military Financing\"; ofownwhole.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.spec.Kind == "money" && hyphenedSizeOfOther(d, s, fi, hits), "%q: hyphened to its scale word, it sizes the noun after it (\"its $500-billion economy\"; hyphenedsize.go), not the metric's", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, apart&apartNeed != 0, "%q: counts those in need or sizes a need (\"4 million ... need shelter\", \"will need shelter for 300,000\"; needcount.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, apart&apartTitle != 0, "%q: opens a quoted title (\"a memorial called '35,000 Shoes'\"; quotedtitle.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.quizOption(s, fi), "%q: one of a quiz's lettered choices after its question (quizoptions.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteExcluded, slices.Contains(g.labelOut, fi), "%q: its list item's label holds an exclude word", f.Text) {
		return true
	}
	if tr.dropped(NoteExcluded, inTerm(d, fi, g.termFrom, g.termTo), "%q: the figure of a comparison's other term, which an exclude word names", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.spec.Total && comparedTermFigure(d, s, fi), "%q: counts the other term of a comparison with an earlier figure (\"three times as many as ..., in which about 3,400 died\")", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, determinedTermFigure(d, s, fi, hits), "%q: the determined other term of a comparison (\"has overtaken the roughly 6.8 million ...\", \"more than the one million who fled ...\"; determinedterm.go), another quantity's figure", f.Text) {
		return true
	}
	if fs, _ := d.FigureTokens(fi); tr.dropped(NoteExcluded, fs < g.partTo, "%q: a part an exclude word marks, before the running total", f.Text) {
		return true
	}
	if fs, _ := d.FigureTokens(fi); tr.dropped(NoteExcluded, g.excludedFrom >= 0 && fs >= g.excludedFrom, "%q: its clause holds an exclude word", f.Text) {
		return true
	}
	if fs, _ := d.FigureTokens(fi); tr.dropped(NoteExcluded, fs < g.excludedTo, "%q: its clause holds an exclude word, before a contrasting clause", f.Text) {
		return true
	}
	if m.traits {
		if w := m.countsExcludedKind(d, s, fi); w != "" {
			if tr != nil {
				tr.noteFigure(NoteExcluded, f.Text, " counts %s, a kind an exclude_near compound rules out", w)
			}
			return true
		}
	}
	if g.later >= 0 && m.laterGoverns(d, s, g.later, fi, st.date) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": counts %q, a later period than the metric's (since %s)", tokensText(d, g.later, sinceEnd(d, s, g.later)), m.spec.Since)
		}
		return true
	}
	// The withdrawals read the figure and its sentence alone and are
	// answered once per figure (withdrawn); an explanation asks each in
	// its place, to note which (withdrawals lists both).
	if tr == nil && st.withdrawn(s, fi) || tr != nil && st.noteWithdrawn(s, fi, tr) {
		return true
	}
	if tr.dropped(NoteRefused, st.holdsQuestion(s) && offeredQuestion(d, s, fi), "%q: a question made of the figure alone (\"what figure would move them: a hundred thousand dead?\"), offered, not asserted", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, (st.wordMarks(s).restating || st.wordMarks(s).that || st.wordMarks(s).it) && unvouchedFigure(d, s, fi, func(k int) bool { return m.describedCounterAt(d, k) }), "%q: a remark after it says no count, or the metric's own counter, vouches for it (\", a number no ministry has published\", \", a figure the UN has not verified\", \", but the UN can't verify that\")", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.changeBy(fi), "%q: how much a count changed (\"grown by\"), not the count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.revisionCause(s, fi), "%q: in the cause told after a count revised to a level (\"revised ... to 298, after review found that 43 deaths ...\"), how the count moved, not the count (revisioncause.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.wordMarks(s).negation && rejectedAlternative(d, s, fi), "%q: set aside by \"not\" beside the figure asserted (\"57 have died, not 61 as reported\"), the figure the count is not (rejectedalternative.go)", f.Text) {
		return true
	}
	if m.traits {
		if m.spec.Total {
			if k := periodSubject(d, s, fi); k >= 0 {
				if tr != nil {
					tr.noteFigure(NoteRefused, f.Text, ": counted in one stretch of time the sentence is about (%q), a part", tokensText(d, k, min(k+3, s.TokEnd)))
				}
				return true
			}
		}
		if tr.dropped(NoteRefused, m.spec.Total && st.wordMarks(s).negation && leftOutOfCount(d, s, fi), "%q: a part the sentence says is not counted (\"are not included\", \"have never been tallied\"), not the total", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && m.datelinedElsewhere(d, s), "%q: filed under a dateline in another country, with none of the metric's places named (\"MARRAKECH, Morocco (AP) —\"): that country's count", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && st.wordMarks(s).negation && negatedKeyword(d, s, fi, hits), "%q: its own predicate is negated (\"have not been confirmed killed\", \"did not die\"), what did not happen", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && !m.ownEstimate && studyEstimate(d, s, fi), "%q: what a study estimated (\"a study in The Lancet estimated\"), not the tally a total counts", f.Text) {
			return true
		}
		// What was added is no count, whether the count is a running total
		// or a level that may fall: "another 100,000 arrived in Rafah"
		// (a metric of those in a place, level_increment.yaml; fix47b) and
		// "200,000 more have crammed into Rafah" (a level of people,
		// increment_of_level.yaml; tune47). A swap's terms count their sides
		// with "more" ("10 more hostages a day"), and stay; money's "more" is
		// addedmoney.go's. A level of people is read by unit "people" because
		// this check stands among those asked only of a metric with a trait
		// (hasTraits), and "people" is one: a traitless metric's answers must
		// not depend on it (TestTraitlessChecksSkipped).
		if tr.dropped(NoteRefused, (m.spec.Total || len(m.insideNames) > 0 || m.spec.Unit == "people" && len(m.valueNames) == 0) && st.increment(fi), "%q: added to a count (\"another\", \"a further\"), not the total", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, len(m.insideNames) > 0 && leftThere(d, s, fi), "%q: its clause says they left there (\"have left there\"), gone from the place the metric counts those in", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && fi+1 < s.FigEnd && carriedIncrement(d, s, fi, hits), "%q: the change told before the total it brings (\", bringing the count to ...\"; incrementtotal.go), not the total", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && newIncrement(d, s, fi), "%q: new ones of a period (\"1,140 new cases this week\"), added to a count, not the total", f.Text) {
			return true
		}
	}
	if m.droppedAsOtherAmountOrPlace(st, s, fi, hits, g, tr, apart) {
		return true
	}
	if m.droppedAsEpisodeOrWiderPlace(st, s, fi, hits, g, tr, apart) {
		return true
	}
	if m.droppedAsPlaceMeasure(st, s, fi, hits, g, tr, apart) {
		return true
	}
	if m.droppedAsPartOrEarlierLevel(st, s, fi, hits, g, tr, apart) {
		return true
	}
	return false
}

// hasTraits reports whether the metric has any of what the checks
// figureDropped groups behind m.traits read before answering: each of
// them answers no, at its first test, for a metric with none of it
// (TestTraitlessChecksSkipped holds the answers to the chain asked in
// full).
func (m *metric) hasTraits() bool {
	s := &m.spec
	return s.Total || !s.Since.IsZero() || s.Unit == "people" || len(s.Scope) > 0 ||
		len(m.scope) > 0 || len(m.near) > 0 || len(m.require) > 0 || len(m.parts) > 0 ||
		m.excludedKinds != nil || len(m.ownNames) > 0 || len(m.places) > 0 || len(m.regions) > 0 ||
		m.namesPeople || m.excludesPlaces || m.countFrom > 0 || m.unitOwner != "" || m.actor != "" ||
		len(m.insideNames) > 0
}
