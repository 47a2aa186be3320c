package rules

import (
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
		tr.note("found here: %s", e.describeHits(st, hits))
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
	excludedFrom := -1 // the first token of the clause an exclude word rules out
	for _, h := range hits {
		if h.ref.role != roleExclude || excepted(d, h) {
			continue
		}
		if c := clauseOf(d, s, h.start); len(m.keywords) > 0 && len(m.patterns) == 0 && len(m.valueNames) == 0 && c > s.TokStart {
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
	if m.spec.Since != 0 {
		if fi := earlierEvent(d, s, m.spec.Since); fi >= 0 {
			if tr != nil {
				tr.note("left: %q names an event before %d (since)", d.Figures[fi].Text, m.spec.Since)
			}
			return Observation{}, false
		}
		if fi := earlierStart(d, s, m.spec.Since); fi >= 0 {
			if tr != nil {
				tr.note("left: %q counts from a year before %d (since)", tokensText(d, firstTok(d, fi)-1, firstTok(d, fi)+1), m.spec.Since)
			}
			return Observation{}, false
		}
	}
	// Patterns first: they are the precise form.
	amounts := -1
	for pi, cp := range m.patterns {
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
	if m.spec.Since != 0 {
		later = m.laterStart(d, s)
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		f := &d.Figures[fi]
		if !m.takes(d, s, fi, tr) || st.speakers(s, fi) {
			continue
		}
		if fs, _ := d.FigureTokens(fi); excludedFrom >= 0 && fs >= excludedFrom {
			if tr != nil {
				tr.note("%q: its clause holds an exclude word", f.Text)
			}
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
				tr.note("%q: counts %q, a later period than the metric's (since %d)", f.Text, tokensText(d, later, sinceEnd(d, s, later)), m.spec.Since)
			}
			continue
		}
		if st.changeBy(fi) {
			if tr != nil {
				tr.note("%q: how much a count changed (\"grown by\"), not the count", f.Text)
			}
			continue
		}
		if m.spec.Total && increment(d, fi) {
			if tr != nil {
				tr.note("%q: added to a count (\"another\", \"a further\"), not the total", f.Text)
			}
			continue
		}
		if st.chanceOf(fi) {
			if tr != nil {
				tr.note("%q: what a chance is given of, not a count", f.Text)
			}
			continue
		}
		if v := st.projection(fi); v >= 0 {
			if tr != nil {
				fs, _ := d.FigureTokens(fi)
				tr.note("%q: a projection (%q), not a count", f.Text, tokensText(d, v, fs))
			}
			continue
		}
		if m.spec.Since != 0 && inComparison(d, s, fi, m.spec.Since) {
			if tr != nil {
				tr.note("%q: the figure of an earlier event it is compared with (since %d)", f.Text, m.spec.Since)
			}
			continue
		}
		if len(m.require) > 0 && requireOwnedElsewhere(d, s, hits, fi) {
			if tr != nil {
				tr.note("%q: the require words of the sentence describe another figure", f.Text)
			}
			continue
		}
		if st.wholeOfShare(fi) {
			if tr != nil {
				tr.note("%q: the whole a share is taken of (\"half of\", \"a third of\"), not the count", f.Text)
			}
			continue
		}
		if m.eventOfOtherPlace(st, s, fi) {
			if tr != nil {
				tr.note("%q: the count of another place's event", f.Text)
			}
			continue
		}
		if !m.spec.Total && st.wholeOfPart(s, fi) {
			if tr != nil {
				tr.note("%q: the whole a figure before it takes a part of (\"four of its 24\"), not the count", f.Text)
			}
			continue
		}
		if !m.spec.Total && m.partElsewhere(st, s, fi) {
			if tr != nil {
				tr.note("%q: a part (\"20 of its 24\") whose phrase names none of %s: not the place's", f.Text, strings.Join(m.spec.Scope, ", "))
			}
			continue
		}
		if m.spec.Total && includedPart(d, s, fi) {
			if tr != nil {
				tr.note("%q: a part or a detail of an earlier figure (\"including\", \"among them\", \", with\"), not the total", f.Text)
			}
			continue
		}
		if inApposition(d, s, hits, roleKeyword, fi) {
			if tr != nil {
				tr.note("%q: in an apposition on a name (\", a city of ...,\"), not the count", f.Text)
			}
			continue
		}
		if st.earlierValue(s, fi) {
			if tr != nil {
				tr.note("%q: the value a change started from (from ... to), not the figure now", f.Text)
			}
			continue
		}
		kwDist, kw, exDist, ex := nearestHits(st, s, hits, fi, roleKeyword, m.spec.Total, m.window)
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
		if mj := st.modalAfter(fi); kw >= 0 && (mj >= 0 && (hits[kw].start > mj || eventSubjectOfModal(d, fi, hits[kw], mj)) || modalBefore(d, fi, hits[kw])) {
			if tr != nil {
				tr.note("%q: a projection: what keyword %q may come to", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
			}
			continue
		}
		if tr != nil && m.spec.Total {
			fs, fe := d.FigureTokens(fi)
			for _, h := range hits {
				if h.ref.role == roleKeyword && partOfKeyword(d, s, fs, fe, h) {
					tr.note("%q: a part of %q, not the total: keyword %q does not count for it", f.Text, tokensText(d, fe, h.end), tokensText(d, h.start, h.end))
				}
			}
		}
		if kwDist > m.window && kw >= 0 && !fromQuestion(s, hits[kw]) {
			// A relative clause between keyword and figure is an aside:
			// its words do not part them ("The toll in Gaza, which Israel
			// disputes, has climbed to 43,000").
			n := asideWords(d, hits[kw], fi) + subjectPhraseWords(d, hits[kw], fi)
			if fs, _ := d.FigureTokens(fi); hits[kw].end <= fs {
				n += changeSpanWords(d, fs) // "risen by 112 in the past 24 hours to 33,091"
			}
			if n > 0 && kwDist-n <= m.window {
				if tr != nil {
					tr.note("%q: keyword %q is %s away past an aside of %s", f.Text, tokensText(d, hits[kw].start, hits[kw].end), words(kwDist), words(n))
				}
				kwDist -= n
			}
		}
		if kwDist > m.window && kw >= 0 {
			if fs, _ := d.FigureTokens(fi); relativeValue(d, hits[kw], fs) {
				if tr != nil {
					tr.note("%q: the value a relative clause gives keyword %q (\"which he put at\")", f.Text, tokensText(d, hits[kw].start, hits[kw].end))
				}
				kwDist = 1
				// What the main clause goes on to say of the noun, past the
				// relative clause, is not the figure's: "..., which the IDF
				// numbers at four, are destroyed".
				if _, fe := d.FigureTokens(fi); ex >= 0 && hits[ex].start > fe && d.TokenText(fe) == "," {
					exDist = far
				}
			}
		}
		if kwDist > m.window {
			if tr != nil {
				tr.note("%q: %s", f.Text, describeFar(d, hits, kw, kwDist, m.window))
			}
			continue
		}
		if exDist == namedNoun {
			if tr != nil {
				tr.note("%q: counts %q (exclude_near), not what the metric counts", f.Text, tokensText(d, hits[ex].start, hits[ex].end))
			}
			continue
		}
		if exDist <= kwDist {
			if tr != nil {
				tr.note("%q: excluded by %q (exclude_near) %s away, no farther than keyword %q (%s)",
					f.Text, tokensText(d, hits[ex].start, hits[ex].end), words(exDist), tokensText(d, hits[kw].start, hits[kw].end), words(kwDist))
			}
			continue
		}
		if tr != nil {
			asked := ""
			if fromQuestion(s, hits[kw]) {
				asked = ", in the question this answers"
			}
			tr.note("%q: keyword %q %s away (window %d)%s", f.Text, tokensText(d, hits[kw].start, hits[kw].end), words(kwDist), m.window, asked)
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
	vals := st.figureValue(s, best)
	if tr != nil {
		tr.took("took %q: the figure nearest a keyword", d.Figures[best].Text)
	}
	return m.observation(d, s, vals, m.keywords[bestKw].rule), true
}

// nearestHits finds, for figure fi, the nearest hit of role r and the
// nearest exclude_near hit: their distances in words and their indexes in
// hits (-1 when none). For a running total, a keyword the figure is a part
// of ("14,000 of the dead") is not the figure's: a part is never the total.
// in is the sentence being read, fi one of its figures. A keyword of the
// question in answers (question.go) counts when none of its own stands
// within window words.
func nearestHits(st *docState, in *figures.Sentence, hits []hit, fi int, r role, total bool, window int) (dist, at, exDist, ex int) {
	d := st.d
	fs, fe := d.FigureTokens(fi)
	fn := st.near(in, fi)
	s, labels, wholeFrom, wholeTo := fn.s, fn.labels, fn.wholeFrom, fn.wholeTo
	dist, at, exDist, ex = far, -1, far, -1
	counted, asked := -1, -1
	restated := restatedFrom(d, in, fe)
	taking := st.takingTotal(fi, fs) // "..., taking the total to N"
	// A lone label names its figure as a list's labels do: "Sales approved
	// to Israel since Oct 7, per officials: north of 100."
	ownFrom, ownTo := -1, -1
	if !labels && s != nil {
		ownFrom, ownTo = figureLabel(d, s, fi)
	}
	for i, h := range hits {
		if fromQuestion(in, h) {
			if h.ref.role == r && asked < 0 {
				asked = i
			}
			continue
		}
		if labels && (h.ref.role == r || h.ref.role == roleNear) {
			if !labelled(d, s, fi, h) {
				// The list's whole ("total: 50,132", "combined – 50,132")
				// counts what its parts' labels and its opening count.
				if h.ref.role == r && dist > 1 && wholeLabel(d, s, fi) {
					dist, at = 1, i
				}
				// The list's opening frames every item: "Key figures,
				// Kharkiv region: civilians killed – 2,004 / ...".
				if h.ref.role == roleNear && exDist > 0 && inListOpening(d, s, h) && !joinedPlace(d, h) {
					exDist, ex = 0, i
				}
				continue
			}
			if ls, _ := figureLabel(d, s, fi); ls >= 0 {
				// A label names what its figure counts, however long.
				if h.ref.role == r && dist > 0 {
					dist, at = 0, i
				} else if h.ref.role == roleNear && counted < 0 && !joinedPlace(d, h) {
					// A place joined to another ("dead (Turkey and
					// Syria)") makes the whole, not a part.
					counted = i
				}
				continue
			}
		}
		switch h.ref.role {
		case r:
			elided := st.elidedNoun(in, fi) && nounOfFigure(d, in, fi, h)
			if r == roleKeyword && (ownedAcrossConjunction(d, fi, h) && !elided && !(total && totalMarked(d, in, fi)) || total && partOfKeyword(d, in, fs, fe, h)) {
				continue
			}
			if wholeFrom >= 0 && h.start >= wholeFrom && h.end <= wholeTo && (total || !ofThem(d, fe)) {
				// The whole's keyword: "$3.8bn in military aid, $3.3bn of
				// it". A part "of them" counts the whole's plural noun, and
				// a metric that is no running total takes it: "six
				// battalions, four of them in Rafah".
				continue
			}
			g := wordGap(d, fs, fe, h.start, h.end)
			if ownFrom >= 0 && ownFrom <= h.start && h.end <= ownTo {
				g = 0
			}
			if g > 0 && h.end <= fs && elided {
				g = 0 // the noun the figure leaves out: "24 battalions, and four remain"
			}
			if g > window && askedInSentence(d, in, h, fi) {
				// The figure answers the question the keyword is in:
				// as far from it as from the start of its clause.
				g = answerDistance(d, in, fi)
			}
			if restated >= 0 && h.start >= restated && g > restatedGap {
				g = restatedGap // the clause that says what the figure is: "..., that's what"
			}
			if taking >= 0 && h.end <= taking {
				// The total of what the sentence counts: "..., taking the
				// total to": as near as the verb that makes it.
				g = min(g, d.WordPos(fs)-d.WordPos(taking)-1)
			}
			if g < dist {
				dist, at = g, i
			}
		case roleNear:
			if taking >= 0 && h.end <= taking {
				continue // the change's words: "... last month alone, which takes the total to"
			}
			// The verb after a whole and its part is the part's: "two of
			// the 100 sales ... were notified".
			if namesCounted(d, fe, h) || predicateOf(d, fe, h) && !st.wholeOfPart(in, fi) {
				// The figure counts the excluded noun itself: "14,000
				// Hamas fighters", "35,000 civilian casualties".
				counted = i
				continue
			}
			g := wordGap(d, fs, fe, h.start, h.end)
			if s != nil && sourceOrDateline(d, s, h) || otherClause(d, fe, h) || excepted(d, h) || inAside(d, h, fs) ||
				agentInSubjectPhrase(d, hits, h, r, fi) {
				continue
			}
			framing := s != nil && placeOfSentence(d, s, h)
			if framing && total && ownerHit(d, h) && wholeNamed(d, in, hits, fi) {
				continue // "India's weather office says ... a combined 2,600"
			}
			if framing || ownFrom >= 0 && ownFrom <= h.start && h.end <= ownTo {
				g = 0 // the sentence's place, or a word of the figure's own label
			}
			if kg, ok := placeOfKeyword(d, hits, h, r, fs, fe); ok && kg < g {
				g = kg
			}
			if kg, ok := inKeyword(d, hits, h, r, fs, fe); ok && kg < g {
				g = kg
			}
			if g < exDist && !ownedByOther(d, fi, h) && !ownedAcrossConjunction(d, fi, h) && !includedIn(d, fe, h) && (framing || !joinedPlace(d, h)) {
				exDist, ex = g, i
			}
		}
	}
	if asked >= 0 && dist > window {
		// The answer holds no keyword of its own within the window: the
		// question's name what it counts.
		if g := answerDistance(d, in, fi); g < dist {
			dist, at = g, asked
		}
	}
	if counted >= 0 {
		return dist, at, namedNoun, counted
	}
	return dist, at, exDist, ex
}
