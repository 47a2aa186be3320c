package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// ValueSpec is one named value of a multi-value metric: the figure nearest
// to one of its words, in a sentence that holds a figure for every value.
type ValueSpec struct {
	Near []string `yaml:"near" json:"near" jsonschema:"required,description=Words phrases or @vocabularies; the value is the figure nearest to one of them (within window words) and nearer to them than to any other value's words."`
	// Sides name the people or group a figure of this value counts, when
	// they head its noun phrase (sides.go).
	Sides []string `yaml:"sides,omitempty" json:"sides,omitempty" jsonschema:"description=Words naming the people or group this value counts (Palestinian; Israeli): a figure whose noun phrase they head is this value's however near another value's words stand (40 Israeli detainees are hostages); with no value's words in the sentence they decide only when it tells a swap."`
}

// valueNames lists the names of the spec's values in order.
func (s *MetricSpec) valueNames() []string {
	return sortedKeys(s.Values)
}

// bindValues reads a multi-value metric from a sentence: each figure goes
// to the value whose words stand nearest to it, and each value takes the
// nearest of its figures. Word order, the words between and the synonyms
// a vocabulary holds do not matter: "700 prisoners in exchange for 40
// hostages" and "40 hostages would go free for 700 detainees" bind alike.
// Every value must bind, each to a figure of its own.
func (m *metric) bindValues(st *docState, s *figures.Sentence, hits []hit) ([]Value, bool) {
	d, tr := st.d, st.trace
	n := len(m.valueNames)
	best, bestDist, dist := st.bindScratch(n)
	for i := range best {
		best[i], bestDist[i] = -1, far
	}
	swap := len(m.sidePhrases) > 0 && tellsSwap(d, s)
	var candBuf [8]valueCand
	cands := candBuf[:0] // every figure a value took, for pairedClause
	shared, swapTold := -1, n >= 2 && sharedSwap(d, s)
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		f := &d.Figures[fi]
		if !m.valueFigure(st, s, fi, hits, tr) {
			continue
		}
		if wholeOfPart(d, s, fi) {
			// "release 50 of the roughly 240 hostages it holds": the part
			// is the side of the swap.
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": the whole a figure before it takes a part of, not a value")
			}
			continue
		}
		for i := range dist {
			dist[i] = far
		}
		exDist := far
		fs, fe := d.FigureTokens(fi)
		fn := st.near(s, fi)
		for _, h := range hits {
			if fn.labels && fn.s != nil && !labelled(d, fn.s, fi, h) {
				continue // another figure's label: "prisoners to be freed: 1,904 / hostages released: 33"
			}
			switch h.ref.role {
			case roleValue:
				if exchangeBetween(d, fs, fe, h) {
					continue // the other side of the swap: "held in its jails in return for 50"
				}
				if perUnit(d, h) {
					continue // a rate's: "three prisoners for every hostage"
				}
				// Distances are in half words: a word after the figure is half
				// a word nearer than one as far before it, as a count stands
				// before what it counts ("40 hostages for 700 prisoners":
				// 700 is prisoners', not hostages').
				g := 2 * wordGap(d, fs, fe, h.start, h.end)
				if h.start > fe && partitiveNoun(d, fe, h) {
					g = 0 // "1,200 of their prisoners" (partitivevalue.go)
				}
				if h.end <= fs {
					g++
					if breakBefore(d, h.end, fs) {
						g += 2 // the clause before's words (valuebreak.go)
					}
				}
				vi := m.valueOf[h.ref.index]
				dist[vi] = min(dist[vi], g)
			case roleNear:
				if g := wordGap(d, fs, fe, h.start, h.end); !ownedByOther(d, fi, h) {
					exDist = min(exDist, g)
				}
			}
		}
		if shared < 0 && swapTold && m.nearEvery(dist) && eachShared(d, s, fi) {
			// "120 servicemen each": every side's (valueseach.go)
			shared = fi
			continue
		}
		decided := -1 // a value the figure's own words give, however near another value's words
		if swap && len(m.sidePhrases) > 0 {
			if vi := m.headSide(d, s, fi, hits); vi >= 0 {
				// "40 Israeli detainees": the side heads the noun phrase
				// and decides.
				if tr != nil {
					tr.noteFigure(NoteNear, f.Text, ": its noun phrase is headed by a side of %s", m.valueNames[vi])
				}
				decided = vi
			}
		}
		if vi := m.pairedCompoundValue(d, s, fi, hits); vi >= 0 {
			if tr != nil {
				tr.noteFigure(NoteNear, f.Text, ": one side of a swap packed into a compound (\"50-for-150 hostage-prisoner\"): %s", m.valueNames[vi])
			}
			decided = vi
		}
		if decided >= 0 {
			for i := range dist {
				dist[i] = far
			}
			dist[decided] = 0
		}
		own, tie := 0, false
		for vi := 1; vi < n; vi++ {
			switch {
			case dist[vi] < dist[own]:
				own, tie = vi, false
			case dist[vi] == dist[own]:
				tie = true
			}
		}
		name, gap := m.valueNames[own], dist[own]/2
		switch {
		case gap > m.window:
			if tr != nil {
				tr.noteFigure(NoteTooFar, f.Text, ": no value's words within %d words (nearest: %s, %s away)", m.window, name, words(gap))
			}
		case tie:
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": as near to the words of two values (%s): neither takes it", words(gap))
			}
		case exDist <= gap:
			if tr != nil {
				tr.noteFigure(NoteExcluded, f.Text, ": excluded: an exclude_near word is %s away, no farther than %s's (%s)", words(exDist), name, words(gap))
			}
		default:
			if tr != nil {
				tr.noteFigure(NoteNear, f.Text, ": nearest to the words of %s (%s away, window %d)", name, words(gap), m.window)
			}
			// A part "of them" after a figure of the same value is a
			// detail of it: "2,000 Palestinian prisoners, 250 of them
			// serving life sentences"; so is one a word of inclusion
			// brings in after it ("700 Palestinian prisoners, including
			// 100 serving life sentences", "among them 100":
			// introducedPart).
			// A figure marked as the whole of the ones beside it ("250
			// prisoners ... and 1,700 Gazans — 1,950 in all") is the
			// value, however far its words.
			cands = append(cands, valueCand{fi: fi, vi: own, dist: dist[own]})
			if b := best[own]; b >= 0 && valueWhole(d, s, fi) != valueWhole(d, s, b) {
				if valueWhole(d, s, fi) {
					best[own], bestDist[own] = fi, dist[own]
				}
				continue
			}
			if dist[own] < bestDist[own] && (best[own] < 0 || !ofThem(d, fe) && !introducedPart(d, s, fs)) {
				best[own], bestDist[own] = fi, dist[own]
			}
		}
	}
	if shared >= 0 && !slices.ContainsFunc(best, func(fi int) bool { return fi >= 0 }) {
		if tr != nil {
			tr.noteFigure(NoteNear, d.Figures[shared].Text, ": shared out to every side by \"each\" or \"apiece\" (valueseach.go)")
		}
		for vi := range best {
			best[vi] = shared
		}
	}
	if n == 2 && best[0] >= 0 && best[1] >= 0 {
		if p, ok := pairedClause(d, s, best, bestDist, cands); ok {
			if tr != nil {
				tr.noteFigure(NoteNear, d.Figures[p[0]].Text, ": the values are taken from the one clause that gives both (%q, %q; pairedClause)", d.Figures[p[0]].Text, d.Figures[p[1]].Text)
			}
			best[0], best[1] = p[0], p[1]
		}
	}
	if n == 2 {
		t, p, found, ok := m.swapTotals(st, s, hits)
		switch {
		case ok:
			if tr != nil {
				tr.noteFigure(NoteNear, d.Figures[p[0]].Text, ": the totals (%q, %q) in the proportion of the swap's terms beside them (swaptotals.go)", d.Figures[p[0]].Text, d.Figures[p[1]].Text)
			}
			best[0], best[1] = p[0], p[1]
		case found && t.ratioMet && t.fb >= 0 && best[t.va] == t.fa && best[t.vb] == t.fb:
			if tr != nil {
				tr.note(NoteRefused, "left: the terms of a formula (%q for %q) with no totals beside them, no pair (swaptotals.go)", d.Figures[t.fa].Text, d.Figures[t.fb].Text)
			}
			return nil, false
		}
	}
	if n == 2 && (best[0] < 0) != (best[1] < 0) {
		// One side of a swap named, the other not: "freeing 1,900
		// Palestinians for 33 captives".
		bound, free := 0, 1
		if best[0] < 0 {
			bound, free = 1, 0
		}
		if fi := m.otherSide(st, s, best[bound], bound, hits); fi >= 0 {
			if tr != nil {
				tr.noteFigure(NoteNear, d.Figures[fi].Text, ": the other side of the swap from %q: %s", d.Figures[best[bound]].Text, m.valueNames[free])
			}
			best[free] = fi
		}
	}
	if slices.Contains(best, -1) {
		if tr != nil {
			var missing []string
			for vi, fi := range best {
				if fi < 0 {
					missing = append(missing, m.valueNames[vi])
				}
			}
			tr.note(NoteNoFigure, "left: no figure for %s", strings.Join(missing, ", "))
		}
		return nil, false
	}
	vals := st.valueSlice(n)
	for vi, fi := range best {
		vals = append(vals, Value{Name: m.valueNames[vi], Figure: d.Figures[fi]})
	}
	return vals, true
}

// valueWhole reports whether figure fi is marked as the whole of the
// figures beside it: "1,950 in all", or before the list of its parts
// ("About 2,000: some 250 ... and roughly 1,700 ...").
func valueWhole(d *figures.Document, s *figures.Sentence, fi int) bool {
	return totalMarked(d, s, fi) || listsParts(d, s, fi)
}

// valueFigure reports whether figure fi of sentence s can be a value of
// the metric's pair: one it takes, not the count of the speakers, and a
// number: "hundreds of prisoners" names none to read against the other
// value.
func (m *metric) valueFigure(st *docState, s *figures.Sentence, fi int, hits []hit, tr *tracer) bool {
	if !m.takes(st.d, s, fi, hits, tr) || st.speakers(s, fi) {
		return false
	}
	if corrected(st.d, s, fi) {
		// "ninety — that's nine-zero —", "sixty — sorry, seventy
		// prisoners": the figure said again is the side, not this one.
		if tr != nil {
			tr.noteFigure(NoteRefused, st.d.Figures[fi].Text, ": withdrawn or said again by the speaker (corrected.go, respoken.go)")
		}
		return false
	}
	if st.withdrawn(s, fi) {
		// "Hamas denied reports that it had agreed to free 35 hostages in
		// return for 700 prisoners": a swap a party denies of itself, or
		// a rejected claim's, binds no side (selfdenied.go,
		// rejectedclaim.go).
		if tr != nil {
			tr.noteFigure(NoteRefused, st.d.Figures[fi].Text, ": withdrawn, denied by the party whose act it would be, or a rejected claim's")
		}
		return false
	}
	if f := &st.d.Figures[fi]; f.Qualifier == figures.Vague {
		if tr != nil {
			tr.noteFigure(NoteVague, f.Text, ": vague, no number for a value")
		}
		return false
	}
	if earlierYearSwap(st.d, s, fi, m.spec.Since.Year) {
		if tr != nil {
			tr.noteFigure(NoteRefused, st.d.Figures[fi].Text, ": an exchange dated to a year before the metric's start (swapyear.go)")
		}
		return false
	}
	if k := longAgo(st.d, s, fi); k >= 0 {
		if tr != nil {
			tr.noteFigure(NoteRefused, st.d.Figures[fi].Text, ": placed a decade or more ago by %q", tokensText(st.d, max(k-2, s.TokStart), k+1))
		}
		return false
	}
	return true
}

// introducedPart reports whether the figure starting at token fs of
// sentence s is brought in as a part of what the clause before it counts:
// right after a mark (a comma, a dash, a bracket) and "including",
// "among them", "among whom" or "of whom" ("700 prisoners, including 100
// serving life sentences"). The figure before is the whole, and this one
// a detail of it (tune35_value_included_part.yaml).
func introducedPart(d *figures.Document, s *figures.Sentence, fs int) bool {
	k := fs - 1
	if k <= s.TokStart {
		return false
	}
	switch d.LowerTokenText(k) {
	case "including", "incl":
	case "them", "whom":
		if w := d.LowerTokenText(k - 1); w != "among" && !(w == "of" && d.LowerTokenText(k) == "whom") {
			return false
		}
		k--
	default:
		return false
	}
	if k-1 < s.TokStart {
		return false
	}
	switch d.TokenText(k - 1) {
	case ",", "—", "–", "(", "-":
		return true
	}
	return false
}

// valueCand is a figure a value took in bindValues, and its distance.
type valueCand struct{ fi, vi, dist int }

// pairedClause returns the figures of the two values from the one clause
// of sentence s, between semicolons, that gives a figure to each, when the
// figures bindValues chose stand in two clauses: "The rate was some ten
// captives a night for triple that of detainees; by the close of the
// week, 30 captives had been let go alongside 45 detainees" pairs 30 with
// 45, not ten with 45 (value_clause_pair.yaml).
// Each of the clause's figures must stand as near its value's words as
// the one chosen ("in phase one 33 captives walk out; in
// return 1,904 detainees go" keeps 1,904, not the phase's "one"). With no such clause, or
// two, the choice stands.
func pairedClause(d *figures.Document, s *figures.Sentence, best, bestDist []int, cands []valueCand) ([2]int, bool) {
	clause := func(fi int) int {
		c := 0
		for k := s.TokStart; k < firstTok(d, fi); k++ {
			if d.TokenText(k) == ";" {
				c++
			}
		}
		return c
	}
	if clause(best[0]) == clause(best[1]) {
		return [2]int{}, false
	}
	var pair [2]int
	found := -1
	for _, a := range cands {
		ca := clause(a.fi)
		if ca == found {
			continue
		}
		p := [2]int{-1, -1}
		pd := [2]int{far, far}
		for _, b := range cands {
			if clause(b.fi) == ca && b.dist < pd[b.vi] {
				p[b.vi], pd[b.vi] = b.fi, b.dist
			}
		}
		if p[0] < 0 || p[1] < 0 || pd[0] > bestDist[0] || pd[1] > bestDist[1] {
			continue // each figure as near its value's words as the one chosen
		}
		if found >= 0 {
			return [2]int{}, false // two clauses give both: no telling
		}
		found, pair = ca, p
	}
	return pair, found >= 0
}
