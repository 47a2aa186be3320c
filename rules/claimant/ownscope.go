package claimant

// A sentence may open on a scope whose noun carries the writer's own
// clause: "Of the 300 clinics we visited, 41 had no running water", "In
// 9 of the 12 towns we surveyed, ...", "Across the 60 schools I visited,
// ...". What the sentence counts was counted among what the writer
// visited or examined, so the count is the writer's (convention 3): the
// clause's first person is the source, of a figure in the scope or in
// the clause it opens, as "by our count" would make it. A scope with no
// such clause ("Of the 300 clinics in the district,") or another's ("the
// clinics they visited") names none by it.

// ownScopes appends the first person of an opening scope's own clause,
// when no attribution already read names a source past the scope. It is
// called after the sentence's other attributions are read.
func (v *view) ownScopes(lo, hi int, out []attr) []attr {
	// Only a sentence holding "we" or "I" is walked.
	if !v.words.has(wWe) && !v.words.has(wI) {
		return out
	}
	s := v.pastStamp(lo)
	if s >= hi || !(v.toks[s].has(cPreposition) || v.isOne(s, wOf)) || !v.toks[s].capital {
		return out
	}
	for k := s + 2; k+1 < hi && k <= s+12; k++ {
		if v.comma(k) || v.boundary(k) {
			return out
		}
		if !v.is(k, wWe, wI) {
			continue
		}
		// The noun before ("clinics we"), a verb of the writer's after
		// ("we visited", "we have examined"), and the scope closed by a
		// comma before the clause it opens.
		n, x := &v.toks[k-1], &v.toks[k+1]
		if !n.word || n.capital || n.fig || n.num || n.has(cPreposition|cDeterminer|cPronoun|cLink|cClause) {
			return out
		}
		if !x.word || x.capital || x.has(cPreposition|cDeterminer|cPronoun|cLink) {
			return out
		}
		for j := k + 2; j < hi && j <= k+5; j++ {
			if v.comma(j) {
				// A source the clause after names itself (", the
				// regional health office said") is the figure's.
				for _, a := range out {
					if a.anchor > j || a.src > j {
						return out
					}
				}
				// Anchored at the comma, it reaches back over the scope
				// ("In 9 of the 12 towns we surveyed") and on over the
				// clause it opens.
				return append(out, attr{src: k, srcEnd: k + 1, anchor: j, kind: kFrame})
			}
			if v.boundary(j) || !v.toks[j].word {
				return out
			}
		}
		return out
	}
	return out
}
