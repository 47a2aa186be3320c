package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// droppedAsPartOrEarlierLevel ends figureDropped's chain: a target sought, a
// figure of another side or group, another time or range of dates, a part
// or the whole a part is taken of, and an earlier level of the count than
// the one the sentence gives.
func (m *metric) droppedAsPartOrEarlierLevel(st *docState, s *figures.Sentence, fi int, hits []hit, g *gates, tr *tracer, apart int) bool {
	d := st.d
	f := &d.Figures[fi]
	// Noted only when explaining: the note's arguments would cost an
	// allocation per figure.
	if st.soughtChange(s, fi) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": the target of a change sought or proposed (\"propose raising ... to $5bn\")")
		}
		return true
	}
	if m.traits {
		if m.shareOfWhole(st, s, fi) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": a whole a later clause gives %s a share of (\"half of it\")", strings.Join(m.spec.Scope, ", "))
			}
			return true
		}
		if m.otherSideAgent(d, s, fi) || m.otherSideSubject(d, s, hits, fi) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": killed by an agent of the other side than %s's", m.actor)
			}
			return true
		}
		if m.otherPeople(d, s, fi) {
			if tr != nil {
				_, fe := d.FigureTokens(fi)
				tr.noteFigure(NoteRefused, f.Text, " counts %s, a people the metric's words do not name", tokensText(d, fe, min(fe+1, s.TokEnd)))
			}
			return true
		}
	}
	if tr.dropped(NoteRefused, m.otherGroup(d, s, hits, fi), "%q counts another group than the metric's (\"Hamas operatives\", \"military deaths\", \"Lebanese\")", f.Text) {
		return true
	}
	if m.traits {
		if m.spec.Total {
			if k := laterRange(d, s, fi, m.spec.Since.Year); k >= 0 {
				if tr != nil {
					tr.noteFigure(NoteRefused, f.Text, ": counted over a range of dates that opens after the metric's start (%q), a part", tokensText(d, k, min(k+6, s.TokEnd)))
				}
				return true
			}
		}
	}
	if tr.dropped(NoteExcluded, g.near && sharedEventSetting(d, s, hits, fi), "%q: a bare figure's clause after \"and\" that shares the event an exclude_near word sets the clause before in (\"240 were seized during the October 7 attack, and about 1,200 were killed\")", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.otherPlaceRelative(st, s, fi), "%q opens a \"whose\" or \"where\" clause on a place the metric does not count (\"Khan Younis, whose 400,000 residents\"): that place's people (relativeplace.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, strongGroupSize(d, s, hits, fi), "%q: the size of a group (\"a 2,000-strong community\") whose phrase holds no keyword of the metric, not what befell it (stronggroup.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, ownPredicate(d, s, hits, fi), "%q: the subject of a clause of its own that holds no keyword (\"24.6 million people ... face acute food insecurity\"), another measure", f.Text) {
		return true
	}
	if k := st.otherTime(m, s, fi); k >= 0 {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": placed at another time than the metric's by %q", tokensText(d, k, min(k+4, s.TokEnd)))
		}
		return true
	}
	if k := st.toldThenAt(s, fi); k >= 0 {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": told at a past time (%q after a verb that gives it; toldthen.go), an old reading", tokensText(d, k, min(k+3, s.TokEnd)))
		}
		return true
	}
	if tr.dropped(NoteRefused, m.spec.Total && (pronounWhole(d, s, fi) || partOfEarlier(d, s, fi) || wholeOfLaterPartitive(d, s, fi, hits) || m.sideOfPlace(d, s, fi)), "%q: a part (of a whole a pronoun stands for, or one side of it), or the whole a later partitive takes its part of (\"Clinics saw 4,000 people; of them, 52 have died\"; partofearlier.go), not the total", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, !m.spec.Total && (st.wholeOfPart(s, fi) || remnantWhole(d, fi)) && !m.marksWholeOfParts(d, hits, fi) && !(f.Kind == figures.Money && (keywordedWholeNoun(d, hits, fi) || givenWholeClause(d, s, hits, fi)) && !bareWholeActHit(d, s, hits, fi)), "%q: the whole a figure before it takes a part of (\"four of its 24\"), not the count", f.Text) {
		return true
	}
	if m.traits {
		if tr.dropped(NoteRefused, m.wholeOfLaterPart(st, s, fi), "%q: the whole a part clause after it takes a share of (\", of whom ... in Rafah\"), the metric's place named only in the part", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, !m.spec.Total && m.frontedWholeElsewhere(st, s, fi), "%q: the whole (\"Of the 24 ...,\") whose parts after it name the metric's place", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, !m.spec.Total && m.relativeWholeElsewhere(st, s, fi), "%q: the whole a partitive relative (\", of whom\") takes a part of, whose clause names the metric's place", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, !m.spec.Total && m.remainderElsewhere(st, s, fi), "%q: a remainder (\"the remaining three, in Khan Younis\") another place holds, or the whole before a remainder that names its place (remainderplace.go)", f.Text) {
			return true
		}
		if !m.spec.Total && m.partElsewhere(st, s, fi) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": a part (\"20 of its 24\") whose phrase names none of %s: not the place's", strings.Join(m.spec.Scope, ", "))
			}
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && m.wholeOfPlacedPart(st, s, fi), "%q: the whole a part placed in the metric's own place is taken from (\"..., including 34,000 in Gaza\"; placedpartwider.go): a wider count", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && m.wholeOfPredicatePlacedPart(st, s, hits, fi), "%q: the whole of a part its predicate places in the metric's own place (\"4,100 of the 5,000 killed ... died in Derna\"; placedpartwider.go): a wider count", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && includedPart(d, s, fi) && !m.noWholeBefore(d, s, fi) && !(f.Kind == figures.Money && actOnExcludedWhole(d, s, hits, fi)) && !m.frontedCrowdWhole(st, s, hits, fi) && !m.placedPartOfWider(st, s, fi) && m.predicatePlacedWhole(st, s, hits, fi) < 0, "%q: a part or a detail of an earlier figure (\"including\", \"among them\", \", with\", a dash aside), not the total", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && disowned(d, s, fi), "%q: a later clause says it is not the whole (\"that was ..., not the overall toll\")", f.Text) {
			return true
		}
	}
	if tr.dropped(NoteRefused, inApposition(st, s, hits, roleKeyword, fi), "%q: in an apposition on a name (\", a city of ...,\"), not the count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.earlierValue(s, fi), "%q: the value a change started from (from ... to), not the figure now", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, restatedInAside(d, s, fi), "%q: an aside right after it says the same count more precisely (\"more than a million — roughly 1.4 million, UN agencies say —\"; preciseaside.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.spec.Total && st.wordMarks(s).restating && pastRemark(d, s, fi), "%q: a remark on it places it in the past (\"— a figure that seemed enormous then\"; pastremark.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.wordMarks(s).now && fi+1 < s.FigEnd && m.thenNowEarlier(d, s, fi), "%q: an earlier level of the count, beside its level now in a later clause (\"when the toll stood at about 10,000; it is now more than 40,000\"; thennow.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.wordMarks(s).earlier && earlierReport(d, s, fi), "%q: what a keeper reported before (\"had reported\", \"a day after it reported\", \"used to say\") beside a newer figure", f.Text) {
		return true
	}
	return false
}
