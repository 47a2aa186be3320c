package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// far is a distance no window reaches.
const far = 1 << 30

// restatedGap is how far a keyword in a clause that restates a figure
// ("N, that's what ...") stands from it: near, but no nearer than a
// keyword right by another figure of the sentence that says the same
// ("Thirty-two thousand, that's the figure ..., thirty-two thousand
// people killed" takes the second, which names its source).
const restatedGap = 2

// namedNoun is the distance nearestHits gives an exclude_near word that
// names what the figure counts: nearer than any keyword.
const namedNoun = -1

// evaluate applies metric mi to sentence s. Every decision it makes is
// noted in st.trace when an explanation was asked for.
func (e *Engine) evaluate(st *docState, s *figures.Sentence, mi int, hits []hit) (Observation, bool) {
	m := e.metrics[mi]
	d := st.d
	tr := st.trace
	if tr != nil {
		tr.metric(m.spec.ID)
		e.noteHits(st, s, hits)
	}
	if len(m.scope) > 0 && !e.inScope(st, s, mi) {
		if tr != nil {
			where := "article"
			if m.spec.ScopeIn == "sentence" {
				where = "sentence"
			}
			if where == "sentence" {
				where = "sentence (nor a question just before it)"
			}
			tr.note("left: scope word missing: the %s mentions none of %s", where, strings.Join(m.spec.Scope, ", "))
		}
		return Observation{}, false
	}
	if m.otherEvent(st, s) {
		if tr != nil {
			tr.note("left: the sentence names the event of another place (%s)", strings.Join(m.spec.Scope, ", "))
		}
		return Observation{}, false
	}
	// An exclude word rules the sentence out; one in a clause of its own
	// after a semicolon rules out only the figures from that clause on,
	// when the metric reads keywords ("12,000 civilians have been killed;
	// in Mariupol alone, thousands more").
	excludedFrom := -1         // the first token of the clause an exclude word rules out
	var termFrom, termTo []int // comparisons' other terms an exclude word opens (comparedterm.go)
	var labelOut []int         // list items whose own label holds an exclude word
	for _, h := range hits {
		if h.ref.role != roleExclude || excepted(d, h) || frontedManner(d, s, h) {
			continue
		}
		// A list item's label says what its own figure counts: "refugees
		// in Chad alone: 700,000+" rules out that item, not the list.
		if g := labelHolding(d, s, h); g >= 0 && len(m.keywords) > 0 && hasLabels(d, s) {
			labelOut = append(labelOut, g)
			if tr != nil {
				tr.note("%q: in a list item's label, which rules out only its own figure", tokensText(d, h.start, h.end))
			}
			continue
		}
		if from, to, ok := comparedTerm(d, s, h); ok && len(m.keywords) > 0 && len(m.patterns) == 0 && len(m.valueNames) == 0 {
			if figureWithin(d, s, from, to) {
				termFrom, termTo = append(termFrom, from), append(termTo, to)
			}
			if tr != nil {
				tr.note("%q: the other term of a comparison, which rules out only its own figures", tokensText(d, h.start, h.end))
			}
			continue
		}
		if c := clauseStartWithSubject(d, s, h.start); len(m.keywords) > 0 && len(m.patterns) == 0 && len(m.valueNames) == 0 && c > s.TokStart {
			if excludedFrom < 0 || c < excludedFrom {
				excludedFrom = c
			}
			continue
		}
		if tr != nil {
			tr.note("left: excluded by %q (%s)", tokensText(d, h.start, h.end), e.phraseOf(h.ref).rule)
		}
		return Observation{}, false
	}
	if len(m.require) > 0 && !hasRole(hits, roleRequire) {
		if tr != nil {
			tr.note("left: the sentence holds none of require (%s)", strings.Join(m.spec.Require, ", "))
		}
		return Observation{}, false
	}
	// The tokens of earlier years that rule out every figure but one in a
	// clause of the metric's own (ownclause.go): an earlier event's and an
	// earlier start's.
	earlierAt, startAt := -1, -1
	if m.spec.Since.Year != 0 {
		if fi := earlierEvent(d, s, m.spec.Since.Year); fi >= 0 {
			if earlierAt = firstTok(d, fi); !m.ownClauseKept(d, s, earlierAt) {
				if tr != nil {
					tr.note("left: %q names an event before %d (since)", d.Figures[fi].Text, m.spec.Since.Year)
				}
				return Observation{}, false
			}
			if tr != nil {
				tr.note("%q names an event before %d (since): only a clause of the metric's own is read", d.Figures[fi].Text, m.spec.Since.Year)
			}
		}
		if fi := askedEarlierEvent(d, s, m.spec.Since.Year); fi >= 0 {
			if tr != nil {
				tr.note("left: answers a question about an event before %d (%q, since)", m.spec.Since.Year, d.Figures[fi].Text)
			}
			return Observation{}, false
		}
		// A pair of values is a deal, not a count over a period: "since
		// 2019" dates something else ("a nephew held since 2019").
		if fi := earlierStart(d, s, m.spec.Since.Year); fi >= 0 && len(m.valueNames) == 0 {
			if startAt = firstTok(d, fi); !m.ownClauseKept(d, s, startAt) {
				if tr != nil {
					tr.note("left: %q counts from a year before %d (since)", tokensText(d, firstTok(d, fi)-1, firstTok(d, fi)+1), m.spec.Since.Year)
				}
				return Observation{}, false
			}
			if tr != nil {
				tr.note("%q counts from a year before %d (since): only a clause of the metric's own is read", tokensText(d, firstTok(d, fi)-1, firstTok(d, fi)+1), m.spec.Since.Year)
			}
		}
	}
	// Patterns first: they are the precise form.
	amounts := -1
	for pi, cp := range m.patterns {
		if earlierAt >= 0 || startAt >= 0 {
			break // a pattern binds the figures it finds, the earlier event's too
		}
		if len(cp.anchors) > 0 && !hasPatternHit(hits, pi) {
			if tr != nil {
				tr.note("%s: not tried: none of its words (%s) is here", cp.rule, strings.Join(cp.anchors, ", "))
			}
			continue
		}
		if amounts < 0 {
			amounts = countAmounts(d, s)
		}
		if amounts < len(cp.names) {
			if tr != nil {
				tr.note("%s: not tried: it binds %d figures and the sentence has %d", cp.rule, len(cp.names), amounts)
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
	if len(m.valueNames) > 0 {
		if !exchangeTold(d, s) {
			if tr != nil {
				tr.note("left: the sentence tells no release, trade or offer of one (exchangetold.go)")
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
	if len(m.keywords) == 0 {
		return Observation{}, false
	}
	best, bestDist, bestKw := -1, far, -1
	later := -1 // a "since" that opens a later period than the metric's
	if m.spec.Since.Year != 0 {
		later = m.laterStart(d, s)
	}
	// The metric's place named only inside a list of places holds for the
	// sentence, whatever its figure: read once, not per figure.
	onlyListed := m.scopeOnlyListed(st, s)
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		f := &d.Figures[fi]
		if !m.takes(d, s, fi, hits, tr) || st.speakers(s, fi) {
			continue
		}
		// Without an explanation to write, the distance to a keyword is
		// asked first: it turns many figures away (a fifth with 100
		// metrics on dense text, a third with 1,000), and each check below
		// works out facts of the figure that such a figure never needs.
		// Every check is an answer about the figure alone, so their order
		// changes only which an explanation would note first.
		kwDist, kw, exDist, ex := far, -1, far, -1
		if tr == nil {
			kwDist, kw, exDist, ex = st.nearestHits(s, hits, fi, roleKeyword, m.spec.Total, m.window)
			var near bool
			if kwDist, near = m.nearEnough(st, s, fi, hits, kwDist, kw, exDist, ex); !near {
				continue
			}
		}
		if earlierAt >= 0 && !ownClauseApart(d, s, earlierAt, fi, m.spec.Since.Year) ||
			startAt >= 0 && !ownClauseApart(d, s, startAt, fi, m.spec.Since.Year) {
			if tr != nil {
				tr.note("%q: not in a clause of the metric's own beside the earlier year", f.Text)
			}
			continue
		}
		if tr.dropped(slices.Contains(labelOut, fi), "%q: its list item's label holds an exclude word", f.Text) {
			continue
		}
		if tr.dropped(inTerm(d, fi, termFrom, termTo), "%q: the figure of a comparison's other term, which an exclude word names", f.Text) {
			continue
		}
		if tr.dropped(m.spec.Total && comparedTermFigure(d, s, fi), "%q: counts the other term of a comparison with an earlier figure (\"three times as many as ..., in which about 3,400 died\")", f.Text) {
			continue
		}
		if fs, _ := d.FigureTokens(fi); tr.dropped(excludedFrom >= 0 && fs >= excludedFrom, "%q: its clause holds an exclude word", f.Text) {
			continue
		}
		if w := m.countsExcludedKind(d, s, fi); w != "" {
			if tr != nil {
				tr.note("%q counts %s, a kind an exclude_near compound rules out", f.Text, w)
			}
			continue
		}
		if later >= 0 && sinceGoverns(d, s, later, fi) {
			if tr != nil {
				tr.note("%q: counts %q, a later period than the metric's (since %s)", f.Text, tokensText(d, later, sinceEnd(d, s, later)), m.spec.Since)
			}
			continue
		}
		// Three checks that read the figure and its sentence alone are
		// answered once per figure (withdrawn); an explanation asks each
		// in its place, to note which.
		if tr == nil && st.withdrawn(s, fi) {
			continue
		}
		if tr.dropped(tr != nil && corrected(d, s, fi), "%q: withdrawn by a spoken correction (\"— correction,\", \"sorry\", \"I mean\") before the figure that replaces it", f.Text) {
			continue
		}
		if tr.dropped(tr != nil && earlierVersion(d, s, fi), "%q: what an earlier version of the outlet's text said, withdrawn by a correction", f.Text) {
			continue
		}
		if tr.dropped(tr != nil && counterfactual(d, s, fi), "%q: what would have been had an unreal condition held (\"Had ... held, ... would still be alive\"), not a count", f.Text) {
			continue
		}
		if tr.dropped(tr != nil && rejectedClaim(d, s, fi), "%q: what a claim said that the sentence rejects (\"a post claiming that ... is false\")", f.Text) {
			continue
		}
		if tr.dropped(st.changeBy(fi), "%q: how much a count changed (\"grown by\"), not the count", f.Text) {
			continue
		}
		if tr.dropped(m.spec.Total && studyEstimate(d, s, fi), "%q: what a study estimated (\"a study in The Lancet estimated\"), not the tally a total counts", f.Text) {
			continue
		}
		if tr.dropped(m.spec.Total && increment(d, fi), "%q: added to a count (\"another\", \"a further\"), not the total", f.Text) {
			continue
		}
		if tr.dropped(st.chanceOf(fi), "%q: what a chance is given of, not a count", f.Text) {
			continue
		}
		if v := st.projection(fi); v >= 0 {
			if tr != nil {
				fs, _ := d.FigureTokens(fi)
				tr.note("%q: a projection (%q), not a count", f.Text, tokensText(d, v, fs))
			}
			continue
		}
		if m.spec.Since.Year != 0 && inComparison(d, s, fi, m.spec.Since.Year) {
			if tr != nil {
				tr.note("%q: the figure of an earlier event it is compared with (since %d)", f.Text, m.spec.Since.Year)
			}
			continue
		}
		if tr.dropped(len(m.require) > 0 && requireOwnedElsewhere(d, s, hits, fi), "%q: the require words of the sentence describe another figure", f.Text) {
			continue
		}
		if tr.dropped(len(m.require) > 0 && requireBeside(d, s, hits, fi), "%q: the require words name what it is set beside (\"on top of the annual allocation\"), not it", f.Text) {
			continue
		}
		if tr.dropped(tr != nil && sampleOf(d, s, fi), "%q: what a sample or a subset holds (\"a sample of\"), not the count", f.Text) {
			continue
		}
		if tr.dropped(st.wholeOfShare(fi), "%q: the whole a share is taken of (\"half of\", \"a third of\"), not the count", f.Text) {
			continue
		}
		if tr.dropped(m.eventOfOtherPlace(st, s, fi), "%q: the count of another place's event", f.Text) {
			continue
		}
		if tr.dropped(m.outsideFronted(st, s, fi), "%q: counted outside the place the sentence opens by setting aside (\"Beyond Rafah,\")", f.Text) {
			continue
		}
		if tr.dropped(m.frontedCountry(st, s, fi), "%q: in a sentence the opening \"In\" places in another country (\"In eastern Congo, ...\")", f.Text) {
			continue
		}
		if tr.dropped(m.inOtherCountry(st, s, fi), "%q: placed in another country than the metric's (\"killed in Ukraine\", \"at the height of Syria's war\", \"In Lebanon it's ...\"), its count (othercountry.go)", f.Text) {
			continue
		}
		if mk := st.frontMarks(s); tr.dropped(besideFronted(d, s, hits, fi, mk.besideFrom, mk.besideComma), "%q: a count put beside the sentence's own (\"Alongside the ...,\"), not it", f.Text) {
			continue
		}
		if tr.dropped(m.spec.Total && m.episodeSubject(d, s, hits, fi), "%q: counted by one episode of the event, the subject of its verb (\"the capture of ... in October displaced\"), a part", f.Text) {
			continue
		}
		if tr.dropped(m.startEventClause(d, s, hits, fi), "%q: counted by a clause on the event the count began with (\"began when ... attacked ..., killing\"), that day's dead", f.Text) {
			continue
		}
		if tr.dropped(m.spec.Total && m.episodeAfter(d, s, hits, fi), "%q: counted in one episode of the event told after its verb (\"died during the siege of ...\"), a part", f.Text) {
			continue
		}
		if tr.dropped(m.spec.Unit == "people" && servedCount(d, s, fi), "%q: people an aid service reached (\"reached by water trucking\"), the service's measure (servedcount.go)", f.Text) {
			continue
		}
		if tr.dropped(m.spec.Total && derivedRemainder(d, s, fi), "%q: what another amount \"would leave\", a remainder derived from it (remainder.go)", f.Text) {
			continue
		}
		if tr.dropped(m.spec.Total && otherPlacesPart(d, s, fi), "%q: placed in a list of places that ends \"and other cities\", a part of the whole (otherplaces.go)", f.Text) {
			continue
		}
		if tr.dropped(onlyListed, "%q: the metric's place named only as one of several in a list, a share of a wider whole", f.Text) {
			continue
		}
		if m.spec.Total && m.countFrom > 0 {
			if k := priorSpan(d, s, fi, m.countFrom); k >= 0 {
				if tr != nil {
					tr.note("%q: counted over a span of years that began before the metric's (%q)", f.Text, tokensText(d, k, min(k+5, s.TokEnd)))
				}
				continue
			}
		}
		if tr.dropped(m.frontedOtherWar(d, s, fi), "%q: the count of another country's war, which a phrase opening the sentence names (\"In South Sudan's civil war,\")", f.Text) {
			continue
		}
		if tr.dropped(m.spec.Total && shareApposition(d, s, hits, fi), "%q: a share's count in apposition (\"more than half of the displaced, about 5 million\"), a subgroup's", f.Text) {
			continue
		}
		if tr.dropped(m.crossedBorder(d, s, hits, fi), "%q: counts people who crossed a border, a part the exclude_near words rule out", f.Text) {
			continue
		}
		if tr.dropped(m.widerPlace(d, s, st.placePhraseAfter(s, fi)), "%q: counts a list of places wider than the metric's", f.Text) {
			continue
		}
		if m.scopeOnlyOutside(st, s, fi) {
			if tr != nil {
				tr.note("%q: placed outside %s (\"outside\", \"beyond\"), the only place the sentence names it", f.Text, strings.Join(m.spec.Scope, ", "))
			}
			continue
		}
		if m.elidedWhole(st, s, hits, fi) {
			if tr != nil {
				tr.note("%q: the whole a later clause's bare figure takes its noun from; %s stands only in that clause", f.Text, strings.Join(m.spec.Scope, ", "))
			}
			continue
		}
		if tr.dropped(placeSize(d, s, hits, fi), "%q: the size of a place in an apposition (\", a city of N\"), not the count", f.Text) {
			continue
		}
		if tr.dropped(st.residentsBefore(s, fi), "%q: what a place was home to before the event (\"Before the war, ... was home to\"), not the count", f.Text) {
			continue
		}
		if tr.dropped(!keywordNoun(d, hits, fi) && st.placeSizeThen(s, fi), "%q: a place's people at a past time of the place (\"when it had\", \"in its heyday\"), not the count", f.Text) {
			continue
		}
		if tr.dropped(m.hostReceives(d, s, fi), "%q: the people another country received, not the metric's", f.Text) {
			continue
		}
		if m.widerPeopleElsewhere(st, s, fi) {
			if tr != nil {
				tr.note("%q counts a wider place's people; %s stands only in a clause of its own", f.Text, strings.Join(m.spec.Scope, ", "))
			}
			continue
		}
		if m.unitsSent(d, s, hits, fi) {
			if tr != nil {
				tr.note("%q: units a subject sent into a place, its own, not the %s ones", f.Text, m.unitOwner)
			}
			continue
		}
		if tr.dropped(nearHitAt(hits, st.predicateAt(s, fi)), "%q: what its clause says of it is an exclude_near word (\"have been, quote, dismantled\")", f.Text) {
			continue
		}
		if m.otherOwner(st, s, fi) {
			if tr != nil {
				tr.note("%q: units a named subject keeps, its own, not the %s ones", f.Text, m.unitOwner)
			}
			continue
		}
		if tr.dropped(m.placePart(st, s, hits, fi), "%q: a part of the place's people (\"N of PLACE's\", \"NAME alone\", a named camp), not their number", f.Text) {
			continue
		}
		if m.shareOfWhole(st, s, fi) {
			if tr != nil {
				tr.note("%q: a whole a later clause gives %s a share of (\"half of it\")", f.Text, strings.Join(m.spec.Scope, ", "))
			}
			continue
		}
		if m.otherSideAgent(d, s, fi) || m.otherSideSubject(d, s, hits, fi) {
			if tr != nil {
				tr.note("%q: killed by an agent of the other side than %s's", f.Text, m.actor)
			}
			continue
		}
		if m.otherPeople(d, s, fi) {
			if tr != nil {
				_, fe := d.FigureTokens(fi)
				tr.note("%q counts %s, a people the metric's words do not name", f.Text, tokensText(d, fe, min(fe+1, s.TokEnd)))
			}
			continue
		}
		if tr.dropped(m.otherGroup(d, s, hits, fi), "%q counts another group than the metric's (\"Hamas operatives\", \"military deaths\", \"Lebanese\")", f.Text) {
			continue
		}
		if m.spec.Total {
			if k := laterRange(d, s, fi, m.spec.Since.Year); k >= 0 {
				if tr != nil {
					tr.note("%q: counted over a range of dates that opens after the metric's start (%q), a part", f.Text, tokensText(d, k, min(k+6, s.TokEnd)))
				}
				continue
			}
		}
		if tr.dropped(ownPredicate(d, s, hits, fi), "%q: the subject of a clause of its own that holds no keyword (\"24.6 million people ... face acute food insecurity\"), another measure", f.Text) {
			continue
		}
		if k := st.otherTime(m, s, fi); k >= 0 {
			if tr != nil {
				tr.note("%q: placed at another time than the metric's by %q", f.Text, tokensText(d, k, min(k+4, s.TokEnd)))
			}
			continue
		}
		if tr.dropped(m.spec.Total && (pronounWhole(d, s, fi) || m.sideOfPlace(d, s, fi)), "%q: a part (of a whole a pronoun stands for, or one side of it), not the total", f.Text) {
			continue
		}
		if tr.dropped(!m.spec.Total && st.wholeOfPart(s, fi) && !m.marksWholeOfParts(d, hits, fi), "%q: the whole a figure before it takes a part of (\"four of its 24\"), not the count", f.Text) {
			continue
		}
		if tr.dropped(!m.spec.Total && m.frontedWholeElsewhere(st, s, fi), "%q: the whole (\"Of the 24 ...,\") whose parts after it name the metric's place", f.Text) {
			continue
		}
		if !m.spec.Total && m.partElsewhere(st, s, fi) {
			if tr != nil {
				tr.note("%q: a part (\"20 of its 24\") whose phrase names none of %s: not the place's", f.Text, strings.Join(m.spec.Scope, ", "))
			}
			continue
		}
		if tr.dropped(m.spec.Total && includedPart(d, s, fi), "%q: a part or a detail of an earlier figure (\"including\", \"among them\", \", with\", a dash aside), not the total", f.Text) {
			continue
		}
		if tr.dropped(m.spec.Total && disowned(d, s, fi), "%q: a later clause says it is not the whole (\"that was ..., not the overall toll\")", f.Text) {
			continue
		}
		if tr.dropped(inApposition(st, s, hits, roleKeyword, fi), "%q: in an apposition on a name (\", a city of ...,\"), not the count", f.Text) {
			continue
		}
		if tr.dropped(st.earlierValue(s, fi), "%q: the value a change started from (from ... to), not the figure now", f.Text) {
			continue
		}
		if tr != nil {
			kwDist, kw, exDist, ex = st.nearestHits(s, hits, fi, roleKeyword, m.spec.Total, m.window)
		}
		if kw >= 0 && (st.keywordBeforePlus(s, fi, hits[kw]) || !m.spec.Total && st.keywordOfLaterPart(s, fi, hits[kw])) {
			if tr != nil {
				tr.note("%q: keyword %q names another amount of the sentence (before \"plus\", after \"including\")", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
			}
			continue
		}
		if !m.spec.Total && kw >= 0 && includedAfter(d, s, fi, hits[kw]) {
			if tr != nil {
				tr.note("%q: a part named after \"including\" or \"among them\": keyword %q speaks of the whole before it", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
			}
			continue
		}
		// A running total counts one event in its places: a demonym of
		// another place before its keyword names another place's count
		// ("The Lebanese death toll has passed 3,000"). (Before the words
		// of a flow of money it names the giver: "American military aid".)
		if m.spec.Total && kw >= 0 && !fromQuestion(s, hits[kw]) && hits[kw].start > s.TokStart && m.foreignDemonym(d.TokenText(hits[kw].start-1)) {
			if tr != nil {
				tr.note("%q: keyword %q is another place's (%q)", f.Text, tokensText(d, hits[kw].start, hits[kw].end), d.TokenText(hits[kw].start-1))
			}
			continue
		}
		if m.spec.Total && kw >= 0 && m.ownOfForeignCountry(d, s, hits[kw]) {
			if tr != nil {
				tr.note("%q: keyword %q is the own of another country the sentence opens with", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
			}
			continue
		}
		if kw >= 0 && m.otherRecipient(d, s, hits[kw]) {
			if tr != nil {
				tr.note("%q: keyword %q gives another country as the recipient (\"sales to Saudi Arabia\")", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
			}
			continue
		}
		if kw >= 0 {
			if k := m.otherPeriod(st, s, fi, hits[kw]); k >= 0 {
				if tr != nil {
					tr.note("%q: dated %q, another period than the metric's", f.Text, tokensText(d, k, min(k+6, s.TokEnd)))
				}
				continue
			}
		}
		if kw >= 0 && (m.elsewhereInside(d, s, fi, hits[kw]) || m.evacuationBefore(d, s, hits, fi)) {
			if tr != nil {
				tr.note("%q: keyword %q places it outside the metric's place", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
			}
			continue
		}
		if kw >= 0 && m.movedFromInside(d, s, hits[kw]) {
			if tr != nil {
				tr.note("%q: keyword %q moved out of the metric's place, which it counts those in", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
			}
			continue
		}
		if kw >= 0 && (m.namedPlaceMoved(st, s, hits[kw]) || m.innerPlaceLeft(d, s, hits[kw])) {
			if tr != nil {
				tr.note("%q: keyword %q moved people from or to one named place, a part of the metric's", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
			}
			continue
		}
		if mj := st.modalAfter(fi); kw >= 0 && (mj >= 0 && remainderVerb(d, s, mj) < 0 && (hits[kw].start > mj || eventSubjectOfModal(d, fi, hits[kw], mj) || conditionProjection(d, s, hits, hits[kw], fi, mj)) || modalBefore(d, fi, hits[kw])) {
			if tr != nil {
				tr.note("%q: a projection: what keyword %q may come to", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
			}
			continue
		}
		if tr != nil && m.spec.Total {
			fs, fe := d.FigureTokens(fi)
			for _, h := range hits {
				if h.ref.role == roleKeyword && partOfKeyword(d, s, fs, fe, h) {
					// The whole may stand before the figure ("Of the dead,
					// ...") or after it ("... of the displaced").
					tr.note("%q: a part of %q, not the total: keyword %q does not count for it", f.Text, tokensText(d, min(fe, h.start), max(h.end, fe)), tokensText(d, h.start, h.end))
				}
			}
		}
		if tr != nil {
			var near bool
			if kwDist, near = m.nearEnough(st, s, fi, hits, kwDist, kw, exDist, ex); !near {
				continue
			}
		}
		// After nearEnough, which an explanation notes first: an
		// exclude_near word as near as the keyword rules the figure out
		// before the place of the keyword is read.
		if kw >= 0 && m.keywordInExcluded(st, s, hits, fi, hits[kw]) {
			if tr != nil {
				tr.note("%q: keyword %q is placed in a place an exclude_near word names", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
			}
			continue
		}
		// Strictly nearer only: on a tie the earlier figure wins, as in
		// "four battalions of thousands of fighters". A vague figure
		// ("tens of thousands") names no number to record: any other
		// figure that fits comes first.
		vague := f.Qualifier == figures.Vague
		if best >= 0 && vague != (d.Figures[best].Qualifier == figures.Vague) {
			if !vague {
				best, bestDist, bestKw = fi, kwDist, hits[kw].ref.index
			}
			continue
		}
		// A metric that is no total counts a part: a figure of a fronted
		// whole ("Of the 24 battalions ..., four remain") comes after a
		// part that stands for the whole's noun (elidedNoun). A part with
		// words of its own ("some 600,000 have fled") is another count.
		if !m.spec.Total && best >= 0 {
			if whole, bestWhole := inFrontedWhole(d, s, fi), inFrontedWhole(d, s, best); whole && !bestWhole && elidedNoun(d, s, best) {
				continue
			} else if !whole && bestWhole && elidedNoun(d, s, fi) {
				best, bestDist, bestKw = fi, kwDist, hits[kw].ref.index
				continue
			}
		}
		// For a running total, a figure the sentence marks as the whole
		// ("a combined 50,000", "59,259 in all") comes before its parts.
		if m.spec.Total && best >= 0 {
			if marked := totalMarked(d, s, fi); marked != totalMarked(d, s, best) {
				if marked {
					best, bestDist, bestKw = fi, kwDist, hits[kw].ref.index
				}
				continue
			}
		}
		if kwDist < bestDist {
			best, bestDist, bestKw = fi, kwDist, hits[kw].ref.index
		}
	}
	if best < 0 {
		if tr != nil {
			tr.note("left: no figure fits")
		}
		return Observation{}, false
	}
	if first := repeatedFigure(d, s, best); first != best {
		if tr != nil {
			tr.note("%q says %q again: the figure as first said", d.Figures[best].Text, d.Figures[first].Text)
		}
		best = first
	}
	vals := st.figureValue(s, best)
	if m.spokenMoney(d, s, best, hits) {
		vals = append(st.valueSlice(1), Value{Name: "value", Figure: m.asMoney(&d.Figures[best])})
	}
	if tr != nil {
		tr.took("took %q: the figure nearest a keyword", d.Figures[best].Text)
	}
	return m.observation(d, s, vals, m.keywords[bestKw].rule), true
}
