package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// The checks that turn a figure away by what its nearest keyword says:
// another amount's, another place's or period's, a move out of the place,
// a projection. They run once the keyword is known (nearestHits).

// keywordDropped reports whether keyword hits[kw] (kw < 0: none), the
// nearest to figure fi of sentence s, turns the figure away for metric m,
// noting which in tr.
func (m *metric) keywordDropped(st *docState, s *figures.Sentence, fi int, hits []hit, kw int, tr *tracer) bool {
	d := st.d
	f := &d.Figures[fi]
	if kw >= 0 && (st.keywordBeforePlus(s, fi, hits[kw]) || !m.spec.Total && st.keywordOfLaterPart(s, fi, hits[kw]) || keywordBeforeRest(d, s, fi, hits[kw])) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q names another amount of the sentence (before \"plus\" or \"the remaining\", after \"including\")", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && crimeKeyword(d, s, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q names a crime after a court's words (\"convicted of murder\"; crimekeyword.go)", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if m.spec.Total && kw >= 0 && circumstancePart(d, s, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q befell them while doing something (\"killed while trying to reach food\"): a part, not the total", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true // circumstancepart.go
	}
	if m.spec.Total && kw >= 0 && sitePart(d, s, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q befell them at one kind of site (\"killed near aid sites\"): a part, not the total", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true // sitepart.go
	}
	if !m.spec.Total && kw >= 0 && includedAfter(d, s, fi, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": a part named after \"including\" or \"among them\": keyword %q speaks of the whole before it", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	// A running total counts one event in its places: a demonym of
	// another place before its keyword names another place's count
	// ("The Lebanese death toll has passed 3,000"). (Before the words
	// of a flow of money it names the giver: "American military aid".)
	if m.spec.Total && kw >= 0 && !fromQuestion(s, hits[kw]) {
		// So does one before the keyword the figure counts, when a verb
		// nearer it tells the count: "has claimed upwards of 45,000
		// Palestinian lives".
		for _, k := range [...]int{kw, countedKeyword(d, fi, hits, kw)} {
			if k >= 0 && hits[k].start > s.TokStart && m.foreignDemonym(d.TokenText(hits[k].start-1)) {
				if tr != nil {
					tr.noteFigure(NoteRefused, f.Text, ": keyword %q is another place's (%q)", tokensText(d, hits[k].start, hits[k].end), d.TokenText(hits[k].start-1))
				}
				return true
			}
		}
	}
	if m.spec.Total && kw >= 0 && m.keywordInOtherCountry(d, s, fi, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q is placed in another country than the metric's (\"the death toll in Syria\"; keywordcountry.go)", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && m.countOfOther(d, s, hits, kw) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q is a count of something else (the words after its \"of\")", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && comparedKeywordElsewhere(d, s, fi, hits, kw) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q is the other term of a comparison, which the figure is set beside", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if m.spec.Total && kw >= 0 && m.ownOfForeignCountry(d, s, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q is the own of another country the sentence opens with", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && keywordAsMeans(d, s, fi, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q names how a price was paid (\"a $3 billion deal paid for with military financing\"; paidwith.go)", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && keywordInDayClause(d, s, fi, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q is in a clause dating the figure (\"on the day tanks rolled into Rafah\"; dayclausekeyword.go)", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && m.otherRecipient(d, s, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q gives another country as the recipient (\"sales to Saudi Arabia\")", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 {
		if k := m.otherPeriod(st, s, fi, hits[kw]); k >= 0 {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": dated %q, another period than the metric's", tokensText(d, k, min(k+6, s.TokEnd)))
			}
			return true
		}
	}
	if kw >= 0 && (m.elsewhereInside(d, s, fi, hits[kw]) || m.evacuationBefore(d, s, hits, fi)) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q places it outside the metric's place", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && (m.movedFromInside(d, s, hits[kw]) && !m.evacuationKept(d, s, fi, hits[kw]) || m.movedFromPlaceNoun(d, s, hits, hits[kw])) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q moved out of the metric's place, which it counts those in", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && (m.leftAfterFigure(d, s, fi, hits, kw) || m.leftFramePlace(d, s, fi)) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": people who left the metric's place, told by a verb of leaving after it (\"forced 450,000 people to flee the city\", \"Rafah: 800,000 flee\"; movedframe.go)")
		}
		return true
	}
	if kw >= 0 && m.innerPlaceOwns(d, s, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q is owned by one named place, a part of the metric's (\"Nyala's displaced\"; innerowner.go)", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && (m.namedPlaceMoved(st, s, hits[kw]) || m.innerPlaceLeft(d, s, hits[kw])) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q moved people from or to one named place, a part of the metric's", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if mj := st.modalAfter(s, fi); kw >= 0 && (mj >= 0 && remainderVerb(d, s, mj) < 0 && !clauseSubjectModal(d, s, mj) && (hits[kw].start > mj && !hedgedState(d, s, mj, hits[kw]) || eventSubjectOfModal(d, fi, hits[kw], mj) && !excludedToCome(d, s, hits, mj) || conditionProjection(d, s, hits, hits[kw], fi, mj)) || modalBefore(d, fi, hits[kw])) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": a projection: what keyword %q may come to", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	return false
}

// notePartsOfKeyword notes, for an explanation of a running total, each
// keyword of the sentence that figure fi is a part of, which does not
// count for it.
func (m *metric) notePartsOfKeyword(d *figures.Document, s *figures.Sentence, fi int, hits []hit, tr *tracer) {
	f := &d.Figures[fi]
	fs, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role == roleKeyword && partOfKeyword(d, s, fs, fe, h) {
			// The whole may stand before the figure ("Of the dead,
			// ...") or after it ("... of the displaced").
			tr.noteFigure(NoteRefused, f.Text, ": a part of %q, not the total: keyword %q does not count for it", tokensText(d, min(fe, h.start), max(h.end, fe)), tokensText(d, h.start, h.end))
		}
	}
}

// keywordInExcludedPlace reports whether keyword hits[kw] (kw < 0: none)
// stands in a place an exclude_near word names, noting it in tr. It is
// asked after nearEnough, which an explanation notes first.
func (m *metric) keywordInExcludedPlace(st *docState, s *figures.Sentence, fi int, hits []hit, kw int, tr *tracer) bool {
	d := st.d
	f := &d.Figures[fi]
	if kw >= 0 && m.keywordInExcluded(st, s, hits, fi, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": keyword %q is placed in a place an exclude_near word names", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && m.excludedPlaceOwner(d, s, hits, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": keyword %q is owned by a place noun pointing back to a place an exclude_near word names (\"Mariupol ...; the city's death toll\"; countryref.go)", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true
	}
	if kw >= 0 && keywordInExcludedEvent(d, s, hits, fi, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": keyword %q is placed in an event an exclude_near phrase names (\"killed in Hamas's 7 October attack\")", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return true // keywordevent.go
	}
	return false
}

// countedKeyword returns the keyword hit of the metric of hits[kw] that
// figure fi counts, one word after it ("45,000 Palestinian lives"), or -1.
func countedKeyword(d *figures.Document, fi int, hits []hit, kw int) int {
	_, fe := d.FigureTokens(fi)
	for i, h := range hits {
		if i != kw && h.ref.metric == hits[kw].ref.metric && h.ref.role == roleKeyword && h.start == fe+1 && d.Tokens[fe].IsWord() {
			return i
		}
	}
	return -1
}
