package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// droppedAsEpisodeOrWiderPlace goes on figureDropped's chain: a figure counted
// by one episode of the event or the attack it began with, a share's value, a
// remainder, and a figure of a list of places or a place wider than the
// metric's, or one an exclude_near word's place keeps.
func (m *metric) droppedAsEpisodeOrWiderPlace(st *docState, s *figures.Sentence, fi int, hits []hit, g *gates, tr *tracer, apart int) bool {
	d := st.d
	f := &d.Figures[fi]
	if mk := st.frontMarks(s); tr.dropped(NoteRefused, besideFronted(d, s, hits, fi, mk.besideFrom, mk.besideComma, m.yearly), "%q: a count put beside the sentence's own (\"Alongside the ...,\"), not it", f.Text) {
		return true
	}
	if m.traits {
		if tr.dropped(NoteRefused, m.spec.Total && m.episodeSubject(d, s, hits, fi), "%q: counted by one episode of the event, the subject of its verb (\"the capture of ... in October displaced\"), a part", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.startEventClause(d, s, hits, fi), "%q: counted by a clause on the event the count began with (\"began when ... attacked ..., killing\"), that day's dead", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && shareValue(d, s, fi) && !m.ownShare(st, s, fi), "%q: the value given a share (\"Turkey's share of the 50,000 dead exceeds 44,000\"), a part (shareof.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && m.speakerOwnDead(st, s, hits, fi), "%q: told by another country opening the sentence as its speaker, of another side's attacks, with none of the metric's places named: its own dead (speakerowndead.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && m.startEventSubject(d, s, hits, fi), "%q: counted by the attack the count began with, dated by its day as the subject of the verb (\"the raid of 7 October 2023 killed\"), that day's dead (startsubject.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && m.episodeAfter(d, s, hits, fi), "%q: counted in one episode of the event told after its verb (\"died during the siege of ...\"), a part", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Unit == "people" && !m.ownServed && servedCount(d, s, fi), "%q: people an aid service reached (\"reached by water trucking\"), the service's measure (servedcount.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && derivedRemainder(d, s, fi), "%q: what another amount \"would leave\", a remainder derived from it (remainder.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && otherPlacesPart(d, s, fi), "%q: placed in a list of places that ends \"and other cities\", a part of the whole (otherplaces.go)", f.Text) {
			return true
		}
	}
	if tr.dropped(NoteRefused, g.onlyListed, "%q: the metric's place named only as one of several in a list, a share of a wider whole", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, g.trailingPart >= 0 && firstTok(d, fi) < g.trailingPart, "%q: the whole of a closing part phrase that alone names the metric's place (\", many of them ... Rafah\": trailingpart.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, g.onlyFrontedEvent, "%q: the metric's place named only as the operation a fronted phrase of time names, the clause placing its people elsewhere (\"After the Rafah offensive, Deir al-Balah ... absorbed\": placelist.go)", f.Text) {
		return true
	}
	// A money metric may have no trait at all (keywords of a vocabulary
	// alone), so this check is asked outside the traits group.
	if tr.dropped(NoteRefused, (m.spec.Total || m.spec.Kind == "money") && shareApposition(d, s, hits, fi), "%q: a share's count in apposition (\"more than half of the displaced, about 5 million\"), a subgroup's", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, len(m.valueNames) == 0 && len(m.keywords) > 0 && valuesOtherNoun(d, s, hits, fi), "%q: the value an aside of valuation gives a phrase with no keyword (\"the diaspora, estimated at 500,000 people,\": valuednoun.go)", f.Text) {
		return true
	}
	if m.traits {
		if m.spec.Total && m.countFrom > 0 {
			if k := priorSpan(d, s, fi, m.countFrom); k >= 0 {
				if tr != nil {
					tr.noteFigure(NoteRefused, f.Text, ": counted over a span of years that began before the metric's (%q)", tokensText(d, k, min(k+5, s.TokEnd)))
				}
				return true
			}
		}
		if tr.dropped(NoteRefused, m.frontedOtherWar(d, s, fi), "%q: the count of another country's war, which a phrase opening the sentence names (\"In South Sudan's civil war,\")", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && shareValued(d, s, hits, fi), "%q: a share's count through a verb of valuation (\"the Syrian share of the dead put at\"), a subgroup's (sharevalued.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.excludedPlaceReports(d, s, fi), "%q: what a place the exclude_near words rule out reports as its own count (\"while Syria has reported 5,900 deaths\"; partreports.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.countOfExcludedPart(d, s, fi) || m.countOwnedByOtherPlace(d, s, fi), "%q: the value of a tally kept by a part the exclude_near words rule out, or by another place than the metric's (\"after Turkish authorities raised their count to\", \"Malawi says its deaths fell to\"; partowner.go, ownedcount.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.crossedBorder(d, s, hits, fi), "%q: counts people who crossed a border, a part the exclude_near words rule out", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, len(m.spec.Scope) > 0 && m.widerPlace(d, s, st.placePhraseAfter(s, fi)), "%q: counts a list of places wider than the metric's", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.acrossWider(d, s, fi) || m.ofWiderWhole(d, s, fi), "%q: spread across a place that holds the metric's, or that place's whole a sentence opens with (\"across Gaza\", \"Of the 1.9 million displaced Gazans,\"; widerarea.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.worldwideFigure(d, s, fi, hits) || m.worldwideKeyword(d, s, fi, hits) || m.worldwideFronted(d, s, fi) || m.worldwideAntecedent(d, s, fi, hits) || m.allRecipientsBefore(d, s, fi), "%q: said of the whole world (\"worldwide\", \"to all countries\"), not of the metric's place", f.Text) {
			return true
		}
		if m.scopeOnlyOutside(st, s, fi) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": placed outside %s (\"outside\", \"beyond\"), the only place the sentence names it", strings.Join(m.spec.Scope, ", "))
			}
			return true
		}
		if m.scopeOnlyLandmark(st, s) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": %s named only to place another (\"north of\", \", not\"), the only place the sentence names it (landmark.go)", strings.Join(m.spec.Scope, ", "))
			}
			return true
		}
		if m.elidedWhole(st, s, hits, fi) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": the whole a later clause's bare figure takes its noun from; %s stands in that clause", strings.Join(m.spec.Scope, ", "))
			}
			return true
		}
	}
	return false
}
