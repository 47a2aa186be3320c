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
	if kw < 0 {
		return false // every check reads the keyword
	}
	d := st.d
	f := &d.Figures[fi]
	h := hits[kw]
	if tr.droppedByKeyword(NoteRefused, st.keywordBeforePlus(s, fi, h) || !m.spec.Total && st.keywordOfLaterPart(s, fi, h) || keywordBeforeRest(d, s, fi, h), ": keyword %q names another amount of the sentence (before \"plus\" or \"the remaining\", after \"including\")", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, keywordAsBase(st, s, fi, h), ": keyword %q is the base an amount is added to (\"on top of\"), and the figure the total it brings (basekeyword.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, keywordSetApart(d, s, fi, h), ": keyword %q is what the figure is set apart from (\"separate from\", \"on top of\"; basekeyword.go), not what it counts", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, crimeKeyword(d, s, h), ": keyword %q names a crime after a court's words (\"convicted of murder\"; crimekeyword.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, livesKept(d, s, fi, h), ": keyword %q is the object of a verb that keeps or endangers lives (\"saved the lives of\"), no death (liveskept.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.spec.Total && (partPredicateKeyword(d, s, fi, h) || bareWholeAct(d, s, fi, h)), ": keyword %q is the predicate of the part taken of the figure (\"1,200 of the 4,000 civilians trapped died\", \"$600m of $2bn received\"; wholephrase.go), not what the whole counts", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.spec.Total && m.partOfPredicateWhole(st, s, fi, hits, h), ": keyword %q befell a share taken from the whole after it (\"1,200 of the 4,000 civilians trapped died\"; wholephrase.go): that share, no total", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.spec.Total && whoseSubgroup(d, s, fi, hits, kw), ": keyword %q is picked out by a \"whose\" clause (\"the 24,686 dead whose identities ... recorded\"; whosesubgroup.go): a part, not the total", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, livesVerb(d, h), ": keyword %q is the verb \"to live\" (\"Who lives in Gaza?\"), no death (livesverb.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, keywordInShareAside(d, s, fi, h), ": keyword %q tells what a share of them are (\", a quarter of them displaced\"): a part's word, not what the figure counts (shareasidekeyword.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.spec.Total && circumstancePart(d, s, h) && !m.crossingOwnScope(st, s, h), ": keyword %q befell them while doing something (\"killed while trying to reach food\"): a part, not the total", f.Text, d, h) {
		return true // circumstancepart.go
	}
	if tr.droppedByKeyword(NoteRefused, keywordInCircumstance(d, s, fi, h), ": keyword %q tells what they were doing when something else befell them (\"lost while crossing\"): the figure counts that, not the keyword (circumstancekeyword.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.spec.Total && m.incidentPart(st, s, h), ": keyword %q befell them in one incident (\"died when a trawler sank\"): a part, not the total", f.Text, d, h) {
		return true // incidentpart.go
	}
	if tr.droppedByKeyword(NoteRefused, m.spec.Total && sitePart(d, s, h), ": keyword %q befell them at one kind of site (\"killed near aid sites\"): a part, not the total", f.Text, d, h) {
		return true // sitepart.go
	}
	if tr.droppedByKeyword(NoteRefused, !m.spec.Total && includedAfter(d, s, fi, h), ": a part named after \"including\" or \"among them\": keyword %q speaks of the whole before it", f.Text, d, h) {
		return true
	}
	// A running total counts one event in its places: a demonym of
	// another place before its keyword names another place's count
	// ("The Lebanese death toll has passed 3,000"). (Before the words
	// of a flow of money it names the giver: "American military aid".)
	if m.spec.Total && !fromQuestion(s, h) {
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
	if tr.droppedByKeyword(NoteRefused, m.spec.Total && m.keywordInOtherCountry(d, s, fi, h), ": keyword %q is placed in another country than the metric's (\"the death toll in Syria\"; keywordcountry.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.keywordInPart(st, s, hits, fi, h), ": keyword %q is placed in a part of the metric's place (\"the death toll in government-controlled areas\"; keywordplace.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.countOfOther(d, s, hits, kw), ": keyword %q is a count of something else (the words after its \"of\")", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, comparedKeywordElsewhere(d, s, fi, hits, kw), ": keyword %q is the other term of a comparison, which the figure is set beside", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.spec.Total && m.ownOfForeignCountry(d, s, h), ": keyword %q is the own of another country the sentence opens with", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, keywordAsMeans(d, s, fi, h), ": keyword %q names how a price was paid (\"a $3 billion deal paid for with military financing\"; paidwith.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, keywordInDayClause(d, s, fi, h), ": keyword %q is in a clause dating the figure (\"on the day tanks rolled into Rafah\"; dayclausekeyword.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.otherRecipient(d, s, h), ": keyword %q gives another country as the recipient (\"sales to Saudi Arabia\")", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.otherCause(d, s, fi, h), ": keyword %q names a cause of its own the metric does not count (\"died of disease\", \"Starvation has killed\"; othercause.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.countsAway && returnedCount(d, s, fi, hits, h), ": the figure's own predicate is a return (\"have gone back home\", \"returned to their villages\"; returned.go): keyword %q counts them no more", f.Text, d, h) {
		return true
	}
	if k := m.otherPeriod(st, s, fi, h); k >= 0 {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": dated %q, another period than the metric's%s", tokensText(d, k, min(k+6, s.TokEnd)), m.undatedThisYear(st, s, k))
		}
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.elsewhereInside(d, s, fi, h) || m.evacuationBefore(d, s, hits, fi), ": keyword %q places it outside the metric's place", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, (m.movedFromInside(d, s, h) && !m.evacuationKept(d, s, fi, h) || m.movedFromPlaceNoun(d, s, hits, h)) && !deniedMove(d, s, h), ": keyword %q moved out of the metric's place, which it counts those in", f.Text, d, h) {
		return true
	}
	if tr.dropped(NoteRefused, m.leftAfterFigure(d, s, fi, hits, kw) || m.leftFramePlace(d, s, fi), "%q: people who left the metric's place, told by a verb of leaving after it (\"forced 450,000 people to flee the city\", \"Rafah: 800,000 flee\"; movedframe.go)", f.Text) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.displacedByOperation(d, s, fi, h), ": keyword %q is what an operation in the metric's place did: it drove them out (\"Rafah operation displaced 800,000\"; displacedbyoperation.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.innerPlaceOwns(d, s, h), ": keyword %q is owned by one named place, a part of the metric's (\"Nyala's displaced\"; innerowner.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteRefused, m.namedPlaceMoved(st, s, h) || m.innerPlaceLeft(d, s, h), ": keyword %q moved people from or to one named place, a part of the metric's", f.Text, d, h) {
		return true
	}
	mj := st.modalAfter(s, fi)
	return tr.droppedByKeyword(NoteRefused, mj >= 0 && remainderVerb(d, s, mj) < 0 && !clauseSubjectModal(d, s, mj) && (h.start > mj && !hedgedState(d, s, mj, h) || eventSubjectOfModal(d, fi, h, mj) && !excludedToCome(d, s, hits, mj) || conditionProjection(d, s, hits, h, fi, mj)) || modalBefore(d, fi, h), ": a projection: what keyword %q may come to", f.Text, d, h)
}

// notePartsOfKeyword notes, for an explanation of a running total, each
// keyword of the sentence that figure fi is a part of, which does not
// count for it.
func (m *metric) notePartsOfKeyword(d *figures.Document, s *figures.Sentence, fi int, hits []hit, tr *tracer) {
	f := &d.Figures[fi]
	fs, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role == roleKeyword && partOfUnactedKeyword(d, s, fi, fs, fe, h) {
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
	if kw < 0 {
		return false
	}
	d := st.d
	f := &d.Figures[fi]
	h := hits[kw]
	if tr.droppedByKeyword(NoteExcluded, m.keywordInExcluded(st, s, hits, fi, h), ": keyword %q is placed in a place an exclude_near word names", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteExcluded, m.excludedPlaceOwner(d, s, hits, h), ": keyword %q is owned by a place noun pointing back to a place an exclude_near word names (\"Mariupol ...; the city's death toll\"; countryref.go)", f.Text, d, h) {
		return true
	}
	if tr.droppedByKeyword(NoteExcluded, keywordInExcludedEvent(d, s, hits, fi, h), ": keyword %q is placed in an event an exclude_near phrase names (\"killed in Hamas's 7 October attack\")", f.Text, d, h) {
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
