package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// droppedAsPlaceMeasure goes on figureDropped's chain: what measures a place
// or a crowd rather than the count (a density, a gathering, an audience, a
// vote, a place's size or past people, another country's people or holdings)
// and units another owner keeps or sends.
func (m *metric) droppedAsPlaceMeasure(st *docState, s *figures.Sentence, fi int, hits []hit, g *gates, tr *tracer, apart int) bool {
	d := st.d
	f := &d.Figures[fi]
	if tr.dropped(NoteRefused, m.includesPriorPart(d, s, fi), "%q: said to include people counted before the metric's start (\"includes about 2.3 million who had fled earlier conflicts\"), a stock of every period (priorincluded.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.spec.Kind != "money" && st.perArea(s, fi), "%q: people set against one unit of area (\"per square kilometre\", \"share a single hectare\"), a density, not the count (density.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.wordMarks(s).gathering && gatheringSize(d, s, fi), "%q: the size of a gathering (a drawing verb's object, \"N people marched\", \"estimated the crowd at N\"), not the count (gathering.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, audienceSize(d, s, fi), "%q: an audience, the agent of a verb of watching or reading (\"seen by N people\"), not the count (audience.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.wordMarks(s).bits&rmVote != 0 && voteTally(d, s, fi), "%q: one side of a vote's tally (\"voted 79 to 18\"), not the count (votetally.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, placeSize(d, s, hits, fi), "%q: the size of a place (\", a city of N\", \"a city of N now holds\"), not the count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.spec.Total && m.demonymSpeakerOwnCount(st, s, fi), "%q: opens what another country's body, named by its demonym, says as the sentence's speaker, with no place of the metric's named (\"the Lebanese health ministry says 3,000 killed\"): its own count (demonymspeaker.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.accordingOwnToll(st, s, hits, fi), "%q: opens what an excluded country fronted with \"According to\" tells, with no place of the metric's named: its own count (accordingspeaker.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.wordMarks(s).bits&rmThreat != 0 && threatenedWith(d, s, hits, fi), "%q: people said to face what the keyword after it names (\"face 'slaughter'\", \"risk death\"; threatened.go), not those it befell", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.hostSubject(d, s, hits, fi), "%q: the subject of a verb of hosting (\"have taken in\", \"have been joined by\"; hostsubject.go), the hosts, not those who came", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.residentsBefore(s, fi), "%q: what a place was home to before the event (\"Before the war, ... was home to\"), not the count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, !keywordNoun(d, hits, fi) && st.placeSizeThen(s, fi), "%q: a place's people at a past time of the place (\"when it had\", \"in its heyday\"), not the count", f.Text) {
		return true
	}
	if m.traits {
		if tr.dropped(NoteRefused, m.hostReceives(d, s, fi) || d.Figures[fi].Kind == figures.Count && m.hostReceivesGapped(d, s, fi), "%q: what another country received (people, or money), not the metric's", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.hostHolds(d, s, fi), "%q: what another country holds or is home to (\"South Sudan, itself home to\"; hostholds.go), not the metric's", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.frontedPlacedInside(d, s, fi), "%q: the count of a fronted place an apposition sets inside the metric's own (\"In Tal al-Sultan, in western Rafah,\"; placedinside.go), a part", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.innerHolds(d, s, fi), "%q: what a place inside the metric's own holds or shelters (\"El Fasher, sheltering\"; innerholds.go), a part", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.foreignSideOf(d, s, fi), "%q: counts another country's side of the place (\"the Egyptian side of Rafah, home to\"; foreignside.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.otherPossessor(d, s, fi), "%q: another place's people, its name the owner right before the figure (\"Nigeria's\", \"Borno's own\"; possessorplace.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.innerPlaceElsewhere(st, s, fi), "%q: its clause names another place inside the metric's, whose own place stands only after it, as where people came from or in a clause of its own", f.Text) {
			return true
		}
		if m.widerPeopleElsewhere(st, s, fi) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, " counts a wider place's people; %s stands only in a clause of its own", strings.Join(m.spec.Scope, ", "))
			}
			return true
		}
		if m.unitsSent(d, s, hits, fi) || m.unitsDeployed(st, s, hits, fi) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": units a subject sent into a place or deployed, its own, not the %s ones", m.unitOwner)
			}
			return true
		}
	}
	// Both notes quote the sentence's own exclude_near word, found again
	// only when explaining.
	if g.near && st.predicateExcludes(s, fi, hits) && !unrealizedSubject(d, s, fi) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": what its clause says of it, %q, is an exclude_near word (excludedpredicate.go)", nearHitText(d, hits, st.predicateAt(s, fi)))
		}
		return true
	}
	if g.near {
		if k := relativePredicateAt(d, s, fi); nearHitAt(hits, k) {
			if tr != nil {
				tr.noteFigure(NoteExcluded, f.Text, ": what a restrictive relative clause on it says of it, %q, is an exclude_near word, a subset (relativesubset.go)", nearHitText(d, hits, k))
			}
			return true
		}
	}
	if m.traits {
		if m.otherOwner(st, s, fi) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": units a named subject keeps, its own, not the %s ones", m.unitOwner)
			}
			return true
		}
		if tr.dropped(NoteRefused, m.formationOfOther(st, s, hits, fi), "%q: units of another owner's formation (\"three battalions of its Nahal Brigade\"), not the owner's (formationowner.go)", f.Text) {
			return true
		}
	}
	if tr.dropped(NoteRefused, m.placePart(st, s, hits, fi), "%q: a part of the place's people (\"N of PLACE's\", \"NAME alone\", a named camp, \"in the NAME region\", \"in northern NAME\" with side_parts, \"NAME region's\", \"in NAME, where\", \"NAME (N)\" in a list of places), not their number", f.Text) {
		return true
	}
	// Noted only when explaining: the note's arguments would cost an
	// allocation per figure.
	if g.near && m.reporterInPart(d, s, hits, fi) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": said by a speaker placed in a part an exclude_near word names (\"rescuers in the rebel-held northwest reported\"), its clause naming no place of its own")
		}
		return true
	}
	// Noted only when explaining: the note's arguments would cost an
	// allocation per figure.
	if m.labelledPart(d, s, hits, fi) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": in a statement an exclude_near place labels before a colon (\"Syria: deaths ... stand at 5,900\")")
		}
		return true
	}
	return false
}
