package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total's keyword owned by a named region ("Donetsk region's
// civilian dead top 5,000", "the Hatay province's toll") counts that
// region's part: the kind of place after the name says it is one division
// of a wider place, as "in the Zaporizhzhia region" does after the figure
// (namedPart). A name holding a scope word is the metric's own place
// ("Rafah governorate's 1.4 million").

// regionOwnerPart reports whether the keyword nearest figure fi of
// sentence s is owned by a name and a kind of place ("Donetsk region's")
// whose name holds none of the metric's scope words.
func (m *metric) regionOwnerPart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	_, kw, _, _, ties := st.nearestHits(s, hits, fi, roleKeyword, m.spec.Total, m.window, m.maxValue())
	if kw < 0 {
		return false
	}
	return tiedAny(hits, ties, func(kw int) bool { return m.regionOwns(st, s, hits[kw]) })
}

// regionOwns reports whether keyword hit k of sentence s is owned by a
// name and a kind of place whose name holds none of the metric's scope
// words (regionOwnerPart).
func (m *metric) regionOwns(st *docState, s *figures.Sentence, k hit) bool {
	d := st.d
	// The owner's 's ends at most three modifying words before the
	// keyword (ownsKeyword): look back that far for it.
	for t := k.start - 1; t >= s.TokStart+3 && t >= k.start-5; t-- {
		if !ownsNext(d, hit{start: t - 2, end: t - 1}) || !ownsKeyword(d, t+1, k) {
			continue
		}
		// "The city's death toll" points back to a place, naming none.
		kind := t - 2
		return placeKindNoun(d.LowerTokenText(kind)) && named(d, kind-1) && !determiner(d.LowerTokenText(kind-1)) && m.nameOutsideScope(st, s, kind-1)
	}
	return false
}
