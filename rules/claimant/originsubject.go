package claimant

// A subject headed by a findings noun may hold the figure and take a verb
// that gives its origin: "The estimate of 8,000 deaths came from the
// Sudan Doctors Network", "the estimate that 85 per cent of Gaza's
// population is displaced was from UNRWA", "Figures in tonight's report,
// including the 1,700 homes damaged, came from the regional prosecutor's
// office", "Editor's note: The figure of 70 dead ... was provided by the
// Hamas-run health ministry" (a passive of making or giving out a figure,
// originVerbs, read here past a label's colon too). A correction or an
// editor's note says whose a figure is so; the
// figure is the origin's, as after a next sentence's "The figure came from
// X" (pointer.go) or a relative clause's "which comes from X"
// (figureorigin.go). Things and people come from places ("The 40 trucks
// came from Egypt", "A crowd of 2,000 came from the villages"): only a
// findings noun's origin is a source.

// originSubjects appends the source such a clause names in tokens
// [lo, hi): its subject opening the sentence (past a label's colon or a
// footnote's number), a that-clause or a clause after a semicolon.
func (v *view) originSubjects(lo, hi int, out []attr) []attr {
	// Most sentences have no "from" and no "by": their subjects are not
	// read.
	if !v.words.has(wFrom) && !v.words.has(wBy) {
		return out
	}
	for s := lo; s < hi; s++ {
		if s > lo && !v.is(s-1, wColon, wSemicolon, wThat) && v.toks[s-1].low != "]" {
			continue
		}
		n := s
		if v.toks[n].has(cDeterminer) {
			n++
		}
		if n >= hi || !v.toks[n].word || !v.toks[n].has(cFindingNoun) && !v.toks[n].backNoun() {
			continue
		}
		if a, ok := v.originAfter(n, hi, true); ok {
			out = append(out, a)
		}
	}
	return out
}

// originAfter reads the subject headed by the findings noun at n for a
// figure (when withFigure), then its verb of origin, "comes from", "came
// from" or a copula and "from", and the source after it: the attribution
// reaching back to the noun.
func (v *view) originAfter(n, hi int, withFigure bool) (attr, bool) {
	fig := false
	for k := n + 1; k+2 < hi && k <= n+24; k++ {
		t := &v.toks[k]
		switch {
		case t.fig:
			fig = true
			continue
		case v.isOne(k, wSemicolon):
			return attr{}, false
		}
		// "came from X", "was from X"; "was provided by X" (originVerbs:
		// a participle of making or giving out a figure).
		src := 0
		switch {
		case v.isOne(k+1, wFrom) && v.is(k, wComes, wCame, wCome, wIs, wWas, wAre, wWere):
			src = k + 2
		case v.is(k, wIs, wWas, wAre, wWere) && originVerbs[v.toks[k+1].low] && v.isOne(k+2, wBy):
			src = k + 3
		default:
			continue
		}
		if fig != withFigure {
			return attr{}, false
		}
		x, y := v.npAfter(src, hi)
		// ("from researchers at Ghent University": people at a body.)
		if y <= x || !v.toks[x].capital && !v.toks[x].has(cDeterminer) && !v.toks[x].agent() {
			return attr{}, false
		}
		at := attr{src: x, srcEnd: y, anchor: src - 1, kind: kFrame, back: true, reach: n + 1}
		// "came from the U.S. special envoy, Daniel Marsh, not the U.N.":
		// the office's holder beside it.
		v.appositiveAfter(&at, hi)
		return at, true
	}
	return attr{}, false
}

// announcedOrigin reads sentence si, which announces figures without
// giving one, for the origin its findings subject names: "The data in
// this section come from the Famine Early Warning Systems Network.",
// "The figures below are from the IOM.": the next sentence's figures are
// that source's, not the subject's ("The data" is no claimant).
func (c *call) announcedOrigin(si int) (Claimant, bool) {
	v := c.view(si)
	if !v.words.has(wFrom) {
		return Claimant{}, false
	}
	n := v.labelOpening(v.skipDateline(0), len(v.toks))
	if n < len(v.toks) && v.toks[n].has(cDeterminer) {
		n++
	}
	if n >= len(v.toks) || !v.toks[n].word || !v.toks[n].has(cFindingNoun) && !v.toks[n].backNoun() {
		return Claimant{}, false
	}
	a, ok := v.originAfter(n, len(v.toks), false)
	if !ok {
		return Claimant{}, false
	}
	cl, ok := c.name(v, a)
	cl.How = Previous
	return cl, ok
}
