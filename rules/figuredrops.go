package rules

import (
	"slices"
	"strings"

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
// notes first.
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
	if g.later >= 0 && sinceGoverns(d, s, g.later, fi) {
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
		if tr.dropped(NoteRefused, m.spec.Total && newIncrement(d, s, fi), "%q: new ones of a period (\"1,140 new cases this week\"), added to a count, not the total", f.Text) {
			return true
		}
	}
	// Asked of every metric, with traits or none: what was added, when the
	// sentence goes on to the total it makes, is not the level
	// (TestTraitlessChecksSkipped).
	if tr.dropped(NoteRefused, !m.spec.Total && st.increment(fi) && carriedToTotal(d, s, fi), "%q: added to the level, which the sentence carries on to (\"an additional $10m, bringing its total allocation to $25m\"): not the level (incrementtotal.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, sourceOne(d, s, fi), "%q: names a source (\"by one count\", \"according to one estimate\"), not a count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.chanceOf(s, fi), "%q: what a chance is given of, not a count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.wordMarks(s).modal && modalComparativeRestated(d, s, fi), "%q: restates a modal's guess that a count is higher than the one given (\"could be several times higher, perhaps ...\"), not a count", f.Text) {
		return true
	}
	if v := st.projection(s, fi); v >= 0 && !m.lossEstimate(d, s, fi, v) {
		if tr != nil {
			// The word that projects may also stand after the figure
			// ("... 70,000, and it will").
			fs, _ := d.FigureTokens(fi)
			tr.noteFigure(NoteRefused, f.Text, ": a projection (%q), not a count", tokensText(d, min(v, fs), max(v+1, fs)))
		}
		return true
	}
	if m.traits {
		if m.spec.Since.Year != 0 && inComparison(d, s, fi, m.spec.Since.Year) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": the figure of an earlier event it is compared with (since %d)", m.spec.Since.Year)
			}
			return true
		}
		if tr.dropped(NoteRefused, len(m.require) > 0 && requireOwnedElsewhere(d, s, hits, fi), "%q: the require words of the sentence describe another figure", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, len(m.require) > 0 && requireBeside(d, s, hits, fi), "%q: the require words name what it is set beside (\"on top of the annual allocation\"), not it", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, len(m.parts) > 0 && besidePartSum(d, s, hits, fi), "%q: set beside a part's sum (\"$3.5bn in FMF on top of the\"), of the part's kind, not the whole", f.Text) {
			return true
		}
	}
	if tr.dropped(NoteRefused, tr != nil && sampleOf(d, s, fi), "%q: what a sample or a subset holds (\"a sample of\"), not the count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, askedSum(d, s, fi, hits) && !asksInKeyword(d, hits), "%q: a sum asked for (\"requires $640m\", \"the $640m sought\"), not given; a metric of requests names one in a keyword (askedsum.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, f.Kind == figures.Money && partOfExcludedWhole(d, s, hits, fi), "%q: a part of a whole an exclude_near word names (\"$3.3bn of the $14bn supplemental\"), that sum's (partofexcluded.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, addedMoney(d, s, fi), "%q: an amount added to another (\"$3.5bn more\"), not the level (addedmoney.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.wordMarks(s).capacity && capacityFigure(d, s, fi), "%q: a capacity (\"room for\", \"built for\"), what a place can hold, not a count (capacity.go)", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, st.perEach(s, fi), "%q: counted per unit by a distributive opening its clause (\", each built from\", \"Each brigade fields\"), not the whole", f.Text) {
		return true
	}
	// A sum named by a keyword of its own is the metric's amount, whatever
	// share of it the sentence spends (keywordedwhole.go).
	if tr.dropped(NoteRefused, st.wholeOfShare(fi) && !(f.Kind == figures.Money && keywordedWhole(d, hits, fi)) && !(m.spec.Total && countedByKeyword(d, s, hits, fi)) && !(!m.spec.Total && keywordPhraseWhole(d, s, hits, fi)) && !m.marksWholeOfParts(d, hits, fi), "%q: the whole a share is taken of (\"half of\", \"a third of\"), not the count", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.partOfPlacedWhole(st, s, fi, hits), "%q: a part of the crowd its place's keyword names (\"900,000 of those sheltering in Rafah\"; partofplaced.go), not the crowd", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, m.wholeOfKeywordShare(st, s, hits, fi) && !m.marksWholeOfParts(d, hits, fi), "%q: the whole a keyword's part makes up a share of (\"FMF makes up most of the $3.8bn\"; sharewhole.go), not the part", f.Text) {
		return true
	}
	if m.traits {
		if tr.dropped(NoteRefused, m.eventOfOtherPlace(st, s, fi), "%q: the count of another place's event", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.outsideFronted(st, s, fi), "%q: counted outside the place the sentence opens by setting aside (\"Beyond Rafah,\")", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.frontedCountry(st, s, fi), "%q: in a sentence the opening \"In\" places in another country (\"In eastern Congo, ...\")", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.askedCountry(st, s, fi), "%q: answers a short question about another country just before (\"Remember Nepal? Nine thousand dead\")", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.pointedCountry(st, s, fi), "%q: placed by a \"there\" that points back to another country the sentence before names (\"compare with Syria? The war there killed\")", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.inOtherCountry(st, s, fi), "%q: placed in another country than the metric's (\"killed in Ukraine\", \"at the height of Syria's war\", \"In Lebanon it's ...\", \"South Sudan, itself receiving\"), its count (othercountry.go, countryaside.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && m.battleOfOtherPlace(d, s, hits, fi), "%q: its verb's subject is the battle or siege of one place, not the metric's whole (\"the battle for that city killed\", \"The siege of Sarajevo killed\"; placebattle.go)", f.Text) {
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && m.namedEventAfter(d, s, fi), "%q: placed in another event than the metric's, a name its words do not give names it (\"dead in the Boko Haram insurgency\", \"killed in the Rwandan genocide\"; namedeventafter.go)", f.Text) {
			return true
		}
	}
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
	if tr.dropped(NoteExcluded, g.near && st.predicateExcludes(s, fi, hits) && !unrealizedSubject(d, s, fi), "%q: what its clause says of it is an exclude_near word (\"have been, quote, dismantled\")", f.Text) {
		return true
	}
	if tr.dropped(NoteExcluded, g.near && nearHitAt(hits, relativePredicateAt(d, s, fi)), "%q: what a restrictive relative clause on it says of it is an exclude_near word (\"the 24,686 dead who have been fully identified\"; relativesubset.go), a subset", f.Text) {
		return true
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
	if tr.dropped(NoteRefused, m.placePart(st, s, hits, fi), "%q: a part of the place's people (\"N of PLACE's\", \"NAME alone\", a named camp, \"in the NAME region\", \"NAME region's\", \"in NAME, where\", \"NAME (N)\" in a list of places), not their number", f.Text) {
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
	if tr.dropped(NoteRefused, ownPredicate(d, s, hits, fi), "%q: the subject of a clause of its own that holds no keyword (\"24.6 million people ... face acute food insecurity\"), another measure", f.Text) {
		return true
	}
	if k := st.otherTime(m, s, fi); k >= 0 {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": placed at another time than the metric's by %q", tokensText(d, k, min(k+4, s.TokEnd)))
		}
		return true
	}
	if tr.dropped(NoteRefused, m.spec.Total && (pronounWhole(d, s, fi) || partOfEarlier(d, s, fi) || wholeOfLaterPartitive(d, s, fi, hits) || m.sideOfPlace(d, s, fi)), "%q: a part (of a whole a pronoun stands for, or one side of it), or the whole a later partitive takes its part of (\"Clinics saw 4,000 people; of them, 52 have died\"; partofearlier.go), not the total", f.Text) {
		return true
	}
	if tr.dropped(NoteRefused, !m.spec.Total && (st.wholeOfPart(s, fi) || remnantWhole(d, fi)) && !m.marksWholeOfParts(d, hits, fi) && !(f.Kind == figures.Money && keywordedWholeNoun(d, hits, fi)), "%q: the whole a figure before it takes a part of (\"four of its 24\"), not the count", f.Text) {
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
		if !m.spec.Total && m.partElsewhere(st, s, fi) {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": a part (\"20 of its 24\") whose phrase names none of %s: not the place's", strings.Join(m.spec.Scope, ", "))
			}
			return true
		}
		if tr.dropped(NoteRefused, m.spec.Total && includedPart(d, s, fi) && !m.noWholeBefore(d, s, fi), "%q: a part or a detail of an earlier figure (\"including\", \"among them\", \", with\", a dash aside), not the total", f.Text) {
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
