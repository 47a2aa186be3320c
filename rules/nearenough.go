package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// nearEnough applies the distance from figure fi of sentence s to its
// nearest keyword (kw, kwDist words away, from nearestHits) and exclude_near
// word (ex, exDist): the words of an aside, a restatement (", or") and a
// relative clause do not part a keyword from its figure. It returns the
// distance that counts, and false when the figure is too far from the
// keyword or an exclude_near word is as near.
func (m *metric) nearEnough(st *docState, s *figures.Sentence, fi int, hits []hit, kwDist, kw, exDist, ex int) (int, int, bool) {
	d, tr := st.d, st.trace
	f := &d.Figures[fi]
	if kw >= 0 && st.contrastApart(s, fi, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q stands in a contrasting clause after it (\", while\"), of another subject", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return kwDist, kw, false
	}
	if kw >= 0 && m.spec.Total && placeNounAfter(d, s, hits[kw]) && onlyPlaceKeywords(d, s, hits) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, ": keyword %q names a place by its noun after it (\"displacement camps\"), not what a figure counts", tokensText(d, hits[kw].start, hits[kw].end))
		}
		return kwDist, kw, false // keywordplacenoun.go
	}
	if kw >= 0 && st.keywordCountsOther(s, fi, hits[kw], hits, m.countNouns) {
		k, n := keywordBeyondAside(d, s, hits, kw, fi)
		if k < 0 || n > m.window {
			if tr != nil {
				tr.noteFigure(NoteRefused, f.Text, ": keyword %q counts the figure right before it, which stands between them", tokensText(d, hits[kw].start, hits[kw].end))
			}
			return kwDist, kw, false
		}
		if tr != nil {
			tr.noteFigure(NoteNear, f.Text, ": keyword %q counts the figure of an aside after it; keyword %q past the aside is %s away", tokensText(d, hits[kw].start, hits[kw].end), tokensText(d, hits[k].start, hits[k].end), words(n))
		}
		kw, kwDist = k, n // asidekeyword.go
	}
	if fs, _ := d.FigureTokens(fi); kw >= 0 && m.peopleOfUnits(d, fs) {
		if tr != nil {
			tr.noteFigure(NoteRefused, f.Text, " names the units of the people before \"of\" (\"the commanders of two battalions\"): no count of them")
		}
		return kwDist, kw, false
	}
	if kwDist > m.window && kw >= 0 && !fromQuestion(s, hits[kw]) {
		// A relative clause between keyword and figure is an aside:
		// its words do not part them ("The toll in Gaza, which Israel
		// disputes, has climbed to 43,000").
		// Breakdowns and a change's span too: "risen by 112 in the past
		// 24 hours to 33,091" (asideGap).
		n := st.asideGap(s, hits[kw], fi)
		if n > 0 && kwDist-n <= m.window {
			if tr != nil {
				tr.noteFigure(NoteNear, f.Text, ": keyword %q is %s away past an aside of %s", tokensText(d, hits[kw].start, hits[kw].end), words(kwDist), words(n))
			}
			kwDist -= n
		}
	}
	// The two readers below count only for a figure beyond its keyword's
	// window, so they are asked only there: asked first, they had read
	// every (metric, figure) pair (speed40).
	if kwDist > m.window && kw >= 0 {
		if g := restatedByOr(d, s, fi); g >= 0 {
			// ", or $3.8 billion per year": as near the keyword as the
			// figure it restates.
			if gs, _ := d.FigureTokens(g); hits[kw].end <= gs {
				if n := wordGap(d, hits[kw].start, hits[kw].end, gs, gs+1); n <= m.window {
					if tr != nil {
						tr.noteFigure(NoteNear, f.Text, " restates %q (\", or\"): keyword %q is %s from that", d.Figures[g].Text, tokensText(d, hits[kw].start, hits[kw].end), words(n))
					}
					kwDist = n
				}
			}
		}
	}
	if kwDist > m.window && kw >= 0 {
		if g := replacedFigure(d, s, fi); g >= 0 {
			// "forty-four thousand, no, forty-five thousand": as near the
			// keyword as the figure it replaces (replacing.go).
			if gs, ge := d.FigureTokens(g); hits[kw].end <= gs {
				if n := wordGap(d, hits[kw].start, hits[kw].end, gs, ge) - st.asideGap(s, hits[kw], g); n <= m.window {
					if tr != nil {
						tr.noteFigure(NoteNear, f.Text, " replaces %q, withdrawn: keyword %q is %s from that", d.Figures[g].Text, tokensText(d, hits[kw].start, hits[kw].end), words(n))
					}
					kwDist = n
				}
			}
		}
	}
	if kwDist > m.window && kw >= 0 {
		if fs, _ := d.FigureTokens(fi); st.relativeValue(hits[kw], fi, fs) {
			if tr != nil {
				tr.noteFigure(NoteNear, f.Text, ": the value a relative clause gives keyword %q (\"which he put at\")", tokensText(d, hits[kw].start, hits[kw].end))
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
	if kwDist > m.window && kw >= 0 {
		if open := pointedCountClause(d, s, hits[kw], fi); open >= 0 {
			if tr != nil {
				tr.noteFigure(NoteNear, f.Text, ": the value a later clause gives a count noun that points back to keyword %q", tokensText(d, hits[kw].start, hits[kw].end))
			}
			kwDist = 1 // clausecount.go
			if ex >= 0 && ruledOutAt(d, hits, hits[kw]) {
				exDist = 1 // what the keyword's own phrase rules out: "those displaced inside Sudan ..."
			}
			if ex >= 0 && hits[ex].start >= hits[kw].end && hits[ex].end <= open && markBetween(d, hits[kw].end, hits[ex].start) {
				// A count the metric rules out named in a clause of its own
				// after the keyword's, nearer the noun: "counts the dead, but
				// it also counts the injured, and that number is now over a
				// hundred thousand"; not a word of the keyword's own clause
				// ("The death toll given earlier left out Syria; across both
				// countries it is 46,387").
				exDist = 1
			}
		}
	}
	if kwDist > m.window && kw >= 0 && st.definedAmount(s, fi, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteNear, f.Text, ": the amount a dash gives the subject a definition names (keyword %q)", tokensText(d, hits[kw].start, hits[kw].end))
		}
		kwDist = 1
	}
	if kwDist > m.window && kw >= 0 && glossedCount(d, s, fi, hits[kw]) {
		if tr != nil {
			tr.noteFigure(NoteNear, f.Text, ": keyword %q stands in the gloss right after it (\"— the number of ...\")", tokensText(d, hits[kw].start, hits[kw].end))
		}
		kwDist = 1 // glossedcount.go
	}
	if kwDist > m.window && kw >= 0 && subjectTally(d, s, fi, hits[kw]) && !excludedInSubject(d, hits, hits[kw], fi) {
		if tr != nil {
			tr.noteFigure(NoteNear, f.Text, ": the value, set off by commas, of the subject's tally that keyword %q stands in (\"The number of ..., N by one count, ...\")", tokensText(d, hits[kw].start, hits[kw].end))
		}
		kwDist = 1 // subjecttally.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun {
		if fs, _ := d.FigureTokens(fi); inSubjectAside(d, hits[kw], hits[ex], fs) || inFigureNounAside(d, hits[kw], hits[ex], fi) || inInterruptingAside(d, hits[kw], hits[ex], fs) {
			if tr != nil {
				tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q stands in the aside between the subject and its verb (keyword %q)", tokensText(d, hits[ex].start, hits[ex].end), tokensText(d, hits[kw].start, hits[kw].end))
			}
			exDist = far
		}
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && insideJoinedToOut(d, s, hits[ex]) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q names one side of an inside and an outside joined, the whole", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = far
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && excludeSetting(d, s, hits, ex, fi) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q names the sentence's setting (a source's name, where the war began), not what it counts", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = far // excludesetting.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && m.spec.Total && nationwideKeyword(d, s, hits[kw], hits[ex]) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": keyword %q is marked as the whole country's right after it; exclude_near %q before it names a part", tokensText(d, hits[kw].start, hits[kw].end), tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = far // nationwidekeyword.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && d.Figures[fi].Kind == figures.Money && labelNamesWhole(d, s, hits, hits[ex], hits[kw], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q in the label before its colon names the whole the figure is a part of, whose own act is keyword %q", tokensText(d, hits[ex].start, hits[ex].end), tokensText(d, hits[kw].start, hits[kw].end))
		}
		exDist = far // labelNamesWhole, barewhole.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && headingNamesWhole(d, s, hits, hits[ex], hits[kw], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q heads a list whose items divide it, and keyword %q is the figure's own item", tokensText(d, hits[ex].start, hits[ex].end), tokensText(d, hits[kw].start, hits[kw].end))
		}
		exDist = far // headingwhole.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && asOfReading(d, s, hits[ex]) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q follows \"as of\": it dates the running total's reading, not a part", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = far // asofreading.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && statedPeriod(d, s, fi, hits[ex]) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q dates a statement (\"said this week\", \"the IOM's figure this week\"), not a part", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = far // statedperiod.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && levelReadAt(d, s, fi, hits[ex]) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q dates when the running total stood at the figure, not a part", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = far // levelreadat.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && frontedWithApart(d, s, hits[kw], hits[ex], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q stands in the main clause after a fronted \"With\" phrase that holds the figure and keyword %q", tokensText(d, hits[ex].start, hits[ex].end), tokensText(d, hits[kw].start, hits[kw].end))
		}
		exDist = far // frontedwith.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && frontedWithScene(d, s, hits[ex], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q stands in a fronted \"With\" phrase with a count of its own, which it names", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = far // frontedwith.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && shareOwnerOverWhole(d, s, hits[ex], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q owns a share of the figure, which is the whole (\"Turkey's share of the 50,000 dead\")", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = far // shareof.go
	}
	if ex >= 0 && kw >= 0 && exDist <= kwDist && exDist != namedNoun && m.partOfMarkedWhole(d, hits, kw, ex, fi) {
		if tr != nil {
			tr.noteFigure(NoteExcludeLifted, f.Text, ": exclude_near %q names the part the figure is the whole of (\"FMF makes up most of the $3.8bn\")", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = far // wholehits.go
	}
	if ex >= 0 && kw >= 0 && exDist > kwDist && exDist <= m.window && limitedObjectOf(d, hits[ex], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": exclude_near %q is the verb whose object it is, past a limiting adverb (\"has identified only\")", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = kwDist // excludeverbobject.go
	}
	if ex >= 0 && kw >= 0 && exDist > kwDist && exDist <= m.window && complementOf(d, hits[ex], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": exclude_near %q is the verb whose complement it is, after the object it addresses (\"notified Congress of\")", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = kwDist // excludeverbobject.go
	}
	if ex >= 0 && kw >= 0 && exDist > kwDist && exDist <= m.window && frontedPartOf(d, s, hits[kw], hits[ex], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": keyword %q names the whole a fronted \"Of\" takes it from; exclude_near %q names the part it is", tokensText(d, hits[kw].start, hits[kw].end), tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = kwDist // frontedwhole.go
	}
	if kw >= 0 && exDist > kwDist && kwDist <= m.window {
		if fs, _ := d.FigureTokens(fi); hits[kw].end <= fs {
			if i := modifierOfKeyword(d, hits, hits[kw]); i >= 0 {
				if tr != nil {
					tr.noteFigure(NoteExcluded, f.Text, ": exclude_near %q modifies keyword %q right after it, naming what it counts", tokensText(d, hits[i].start, hits[i].end), tokensText(d, hits[kw].start, hits[kw].end))
				}
				exDist, ex = kwDist, i // excludedmodifier.go
			}
		}
	}
	if ex >= 0 && kw >= 0 && exDist > kwDist && exDist <= m.window && underFrameKeyword(d, s, hits, hits[kw], hits[ex], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": keyword %q stands only in an \"under\" phrase after it, the framework; exclude_near %q before it names what it is", tokensText(d, hits[kw].start, hits[kw].end), tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = kwDist // underframe.go
	}
	if ex >= 0 && kw >= 0 && exDist > kwDist && exDist <= m.window && renamedByExclude(d, s, hits[kw], hits[ex], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": exclude_near %q renames the phrase keyword %q closes, in an apposition after it (\", that FMF,\")", tokensText(d, hits[ex].start, hits[ex].end), tokensText(d, hits[kw].start, hits[kw].end))
		}
		exDist = kwDist // renamedexclude.go
	}
	if ex >= 0 && kw >= 0 && exDist > kwDist && exDist <= m.window && m.ownTollSpeaker(st, s, hits[ex], fi) {
		if tr != nil {
			tr.noteFigure(NoteExcluded, f.Text, ": exclude_near %q speaks of its own count, with no place of the metric's named", tokensText(d, hits[ex].start, hits[ex].end))
		}
		exDist = kwDist // speakers.go
	}
	// An exclude_near word as near as the keyword leaves the figure
	// whatever the window (namedNoun is below any distance), so an
	// explanation names it before a keyword too far: widening the window
	// would not take the figure, and the window follows as "also".
	excluded := ex >= 0 && kw >= 0 && exDist <= kwDist
	if excluded && tr != nil {
		if exDist == namedNoun {
			tr.noteFigure(NoteExcluded, f.Text, ": counts %q (exclude_near), not what the metric counts", tokensText(d, hits[ex].start, hits[ex].end))
		} else {
			tr.noteFigure(NoteExcluded, f.Text, ": excluded by %q (exclude_near) %s away, no farther than keyword %q (%s)",
				tokensText(d, hits[ex].start, hits[ex].end), words(exDist), tokensText(d, hits[kw].start, hits[kw].end), words(kwDist))
		}
	}
	if kwDist > m.window {
		if tr != nil {
			tr.noteFigure(NoteTooFar, f.Text, ": %s", describeFar(d, hits, kw, kwDist, m.window))
			if excluded {
				tr.markAlso(len(tr.current().Notes) - 1)
			}
		}
		return kwDist, kw, false
	}
	if excluded {
		return kwDist, kw, false
	}
	if tr != nil {
		asked := ""
		if fromQuestion(s, hits[kw]) {
			asked = ", in the question this answers"
		}
		tr.noteFigure(NoteNear, f.Text, ": keyword %q %s away (window %d)%s", tokensText(d, hits[kw].start, hits[kw].end), words(kwDist), m.window, asked)
	}
	return kwDist, kw, true
}

// markBetween reports whether a clause mark (a comma, a semicolon, a
// colon, a dash) stands among the tokens [from, to).
func markBetween(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if isClauseMark(d.TokenText(k)) {
			return true
		}
	}
	return false
}
