package rules

import (
	"cmp"
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The choice between the figures of a sentence that pass every check for
// a metric that reads keywords: a named number before a vague one, a part
// before a fronted whole, a marked total before its parts, then the figure
// nearest its keyword.

// candidate is the figure byKeyword takes so far (-1: none), its distance
// to its keyword and the index of that keyword's rule.
type candidate struct {
	fig, dist, rule int
}

// prefer weighs figure fi, kwDist from keyword hits[kw], against c, and
// makes it the candidate when it comes first.
func (m *metric) prefer(d *figures.Document, s *figures.Sentence, c *candidate, fi, kwDist int, hits []hit, kw int) {
	f := &d.Figures[fi]
	// Strictly nearer only: on a tie the earlier figure wins, as in
	// "four battalions of thousands of fighters". A vague figure
	// ("tens of thousands") names no number to record: any other
	// figure that fits comes first.
	vague := f.Qualifier == figures.Vague
	if c.fig >= 0 && vague != (d.Figures[c.fig].Qualifier == figures.Vague) {
		if !vague {
			*c = candidate{fi, kwDist, int(hits[kw].ref.index)}
		}
		return
	}
	// A metric that is no total counts a part: a figure of a fronted
	// whole ("Of the 24 battalions ..., four remain") comes after a
	// part that stands for the whole's noun (elidedNoun). A part with
	// words of its own ("some 600,000 have fled") is another count.
	if !m.spec.Total && c.fig >= 0 {
		if whole, bestWhole := inFrontedWhole(d, s, fi), inFrontedWhole(d, s, c.fig); whole && !bestWhole && elidedNoun(d, s, c.fig) {
			return
		} else if !whole && bestWhole && elidedNoun(d, s, fi) {
			*c = candidate{fi, kwDist, int(hits[kw].ref.index)}
			return
		}
	}
	// For a running total, a figure the sentence marks as the whole
	// ("a combined 50,000", "59,259 in all") comes before its parts.
	if m.spec.Total && c.fig >= 0 {
		if marked := totalMarked(d, s, fi); marked != totalMarked(d, s, c.fig) {
			if marked {
				*c = candidate{fi, kwDist, int(hits[kw].ref.index)}
			}
			return
		}
	}
	if kwDist < c.dist || kwDist >= c.dist && restatesBound(d, s, c.fig, fi, kwDist > c.dist, m.spec.Scope) {
		*c = candidate{fi, kwDist, int(hits[kw].ref.index)}
	}
}

// restatesBound reports whether figure fi, as near its keyword as the
// candidate b, gives the count that b, a lower bound, only says it has
// passed: "The toll tops 1,500 again, with the agency counting at least
// 1,533 dead and missing" is 1,533, and the milestone is the headline's
// way of telling it (walk58). fi lies within b's range, above its floor
// and below twice it: a count past the milestone, not another count of
// another size. It states a count, exactly or as a floor: an approximate
// figure is as often another one compared ("well over four thousand dead
// — compared with about four thousand six hundred in the 1998 disaster").
// And it is the same count told again (sameCountTold): a figure compared
// with the milestone ("against 1,900 dead by the same week of 2023",
// "still short of the 2,498 dead recorded in 2016") is another year's or
// place's count of the same size by nature (review59). A figure farther
// from a keyword than the milestone ("deaths top 1,500, as the agency
// counts 1,533": the count's noun is the milestone's) is its count only in
// a clause whose verb counts it (farther).
func restatesBound(d *figures.Document, s *figures.Sentence, b, fi int, farther bool, scope []string) bool {
	if b < 0 || b >= fi {
		return false
	}
	bf, f := &d.Figures[b], &d.Figures[fi]
	if bf.Low == nil || bf.High != nil || f.Low == nil || f.Kind != bf.Kind || f.Unit != bf.Unit || f.Qualifier == figures.Approximately {
		return false
	}
	if f.High != nil && *f.High != *f.Low {
		return false // a range
	}
	return *f.Low >= *bf.Low && f.Value > bf.Value && f.Value < 2*bf.Value && sameCountTold(d, s, b, fi, farther, scope)
}

// sameCountTold reports whether the words between the milestone b and
// figure fi tie fi to the milestone's count, in one of the few shapes news
// uses to give the count a headline verb rounds: a colon, a bracket, a
// dash or a semicolon opening it ("passes 3,000 (3,112 dead ...)"), a
// "with" clause whose verb counts it ("tops 1,500 again, with the agency
// counting at least 1,533"), an "as" clause whose verb counts it, of the
// milestone's tense (boundas.go), or the count standing at it ("the agency's
// count standing at 1,046"). Anything else, another subject ("while the
// eastern route has logged 1,650"), a comparison ("against", "nearing the
// record of", "well under"), a forecast, keeps the milestone (review59).
//
// With farther (the figure farther from a keyword than the milestone),
// only a clause whose verb counts it does: after a colon or a bracket the
// figure may count something else by a noun of its own ("passes 1,000:
// 1,200 migrants were rescued").
func sameCountTold(d *figures.Document, s *figures.Sentence, b, fi int, farther bool, scope []string) bool {
	_, from := d.FigureTokens(b)
	at, _ := d.FigureTokens(fi)
	if at <= from || at <= s.TokStart {
		return false
	}
	gap := strings.TrimSpace(d.Text[d.Tokens[at-1].End:d.Tokens[at].Start])
	prev := strings.ToLower(d.TokenText(at - 1))
	if farther {
		return gap == "" && countedInClause(d, s, b, fi, from, at, prev, scope)
	}
	switch {
	case gap == ";" || gap == "–" || gap == "—" || gap == "--" || gap == "-" ||
		gap == "" && (prev == ";" || prev == "–" || prev == "—"):
		// A semicolon or a dash opens a clause of its own, which may be
		// another year's ("tops 1,500 this year; 2,498 died in 2016").
		return !yearAfter(d, s, fi)
	case gap == ":" || gap == "(" || gap == "" && (prev == ":" || prev == "("):
		return true
	case gap != "":
		return false
	case countedInClause(d, s, b, fi, from, at, prev, scope):
		return true
	case prev == "at" && at-2 >= from:
		p2 := strings.ToLower(d.TokenText(at - 2))
		return p2 == "standing" || p2 == "now"
	}
	return false
}

// countedInClause reports whether figure fi, at token at (prev the word
// before it), is taken by the counting verb of a clause after the
// milestone b (ending at token from): a "with" clause's ("with the agency
// counting at least 1,533") or an "as" clause's of the milestone's tense
// naming no other year ("as the agency counts 1,533", boundas.go).
func countedInClause(d *figures.Document, s *figures.Sentence, b, fi, from, at int, prev string, scope []string) bool {
	switch prev {
	case "counting", "recording", "logging", "tallying":
		for k := from; k < at-1; k++ {
			if strings.EqualFold(d.TokenText(k), "with") {
				return true
			}
		}
		return false
	}
	return asClauseCounts(d, s, b, fi, from, at, scope) && !yearAfter(d, s, fi) // not "as the agency counts 1,870 for the same point in 2023"
}

// yearAfter reports whether a year or a dated figure follows figure fi in
// sentence s: the clause it opens names another time than the milestone's.
func yearAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		if d.Figures[fj].Kind.IsCalendar() {
			return true
		}
	}
	return false
}

// reached is a figure that passed byKeyword's first checks (takes, the
// distance to a keyword): its distance kwDist from keyword hits[kw] of its
// keywords hits.
type reached struct {
	fi, kwDist, kw int
	hits           []hit
}

// chooseFigure is byKeyword's choice without an explanation: the
// candidate that prefer, folded in figure order over the figures no check
// turns away, ends with. Every check only turns a figure away, so they
// are asked lazily: first the cheap ones that give the figure's distance
// to a keyword, then, figure by figure, the costly ones (speakers,
// figureDropped, keywordDropped, keywordInExcludedPlace), and only of a
// figure that would displace the candidate so far; a figure that would not
// changes nothing whatever they answer. Where prefer is a plain order
// (orderedByKey) the figures are taken in that order, so the costly checks
// are asked of the first figure that passes them and of none after it
// (docs/history/performance-rounds.md, speed34).
func (m *metric) chooseFigure(st *docState, s *figures.Sentence, all []hit, g *gates) candidate {
	d := st.d
	c := candidate{fig: -1, dist: far, rule: -1}
	var room [8]reached
	rs := room[:0]
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		// A word of verifying before the figure is its verb, and a
		// verb's compared object after it another count: neither is its
		// keyword (verifiedafter.go).
		var hits []hit
		if m.maySpeakMoney(&d.Figures[fi]) {
			if hits = figureKeywords(d, s, all, fi); !m.takes(d, s, fi, hits, nil) {
				continue
			}
		} else {
			// takes needs no hits for such a figure: the figures it turns
			// away (most of them) never have their keywords picked out.
			if !m.takes(d, s, fi, nil, nil) {
				continue
			}
			hits = figureKeywords(d, s, all, fi)
		}
		kwDist, kw, exDist, ex, ties := st.nearestHits(s, hits, fi, roleKeyword, m.spec.Total, m.window, m.maxValue())
		if len(ties) > 1 {
			kw = m.tiedKeyword(st, s, fi, hits, kwDist, exDist, ex, ties)
		}
		var near bool
		if kwDist, kw, near = m.nearEnough(st, s, fi, hits, kwDist, kw, exDist, ex); !near {
			continue
		}
		rs = append(rs, reached{fi, kwDist, kw, hits})
	}
	if len(rs) > 1 && m.orderedByKey(d, s, rs) {
		slices.SortStableFunc(rs, func(a, b reached) int {
			return cmp.Or(cmp.Compare(vagueRank(d, a.fi), vagueRank(d, b.fi)), cmp.Compare(a.kwDist, b.kwDist), cmp.Compare(a.fi, b.fi))
		})
	}
	for i := range rs {
		r := &rs[i]
		if c.fig >= 0 && r.kw >= 0 && !m.displaces(d, s, c, r.fi, r.kwDist, r.hits, r.kw) {
			continue
		}
		if st.speakers(s, r.fi) || m.figureDropped(st, s, r.fi, r.hits, g, nil) || m.keywordDropped(st, s, r.fi, r.hits, r.kw, nil) {
			continue
		}
		// An exclude_near word as near as the keyword rules the figure
		// out before the place of the keyword is read.
		if g.near && m.keywordInExcludedPlace(st, s, r.fi, r.hits, r.kw, nil) {
			continue
		}
		m.prefer(d, s, &c, r.fi, r.kwDist, r.hits, r.kw)
	}
	return c
}

// vagueRank is 1 for a vague figure, which prefer puts after any other,
// and 0 for the rest.
func vagueRank(d *figures.Document, fi int) int {
	if d.Figures[fi].Qualifier == figures.Vague {
		return 1
	}
	return 0
}

// orderedByKey reports whether prefer, over the figures rs, is the plain
// order of (vagueRank, kwDist, figure): its rules for a fronted whole and
// a marked total never apply among them, and each has a keyword nearer
// than far. Folded
// in figure order over any of them, prefer then ends with the least of
// them in that order.
func (m *metric) orderedByKey(d *figures.Document, s *figures.Sentence, rs []reached) bool {
	for i := range rs {
		r := &rs[i]
		if r.kw < 0 || r.kwDist >= far {
			return false // prefer takes no figure as far as far, whatever its rank
		}
		if !m.spec.Total && inFrontedWhole(d, s, r.fi) {
			return false
		}
		if m.spec.Total && totalMarked(d, s, r.fi) != totalMarked(d, s, rs[0].fi) {
			return false
		}
		if f := &d.Figures[r.fi]; f.Low != nil && f.High == nil && len(rs) > 1 {
			return false // a bound a later figure may restate (restatesBound)
		}
	}
	return true
}

// displaces reports whether prefer would make figure fi, kwDist from
// keyword hits[kw], the candidate in c's place. prefer reads only the
// document and the two figures.
func (m *metric) displaces(d *figures.Document, s *figures.Sentence, c candidate, fi, kwDist int, hits []hit, kw int) bool {
	t := c
	m.prefer(d, s, &t, fi, kwDist, hits, kw)
	return t != c
}
