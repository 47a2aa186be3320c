package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Two keywords may stand as near a figure as each other. nearestHits
// gives them all (its ties), and the checks after it (nearEnough,
// keywordDropped, keywordInExcludedPlace, regionOwnerPart) read one.
// Once that was the first in hits, and hits found at one token come in
// the order the metric writes its keywords: "634 migrants crossed the
// Channel yesterday" read "crossed" (a verb the day dates: yesterday's
// count, left) or "crossed the Channel" (its last word no verb: taken)
// as the metric listed them first (bug48).
//
// Now: the first tied hit found is the nearest keyword, as before: hits
// come in the order of the sentence's tokens (findHits), then of the
// readers that add hits after it, an order of the text and the engine
// that no order of the rule file moves ("The number of people killed ...
// has now passed twenty thousand — more than died in ..." reads "killed").
// Only hits found at one token come in the order the keywords are written,
// and they are one mention read at several widths ("crossed", "crossed
// the Channel"): every one of them is read, and the figure is left when
// any reading leaves it. Reading only the wider of two
// (bug48's first try) took the day's count; only the narrower cost seven
// dev misses, among them keywords either side of a figure; keeping a
// figure any tied hit keeps took two dev false alarms ("deaths in Gaza
// over the past month numbered about 1,600, according to a tally of ...
// ministry figures"). This reading moves no dev answer.

// tiedKeyword returns the keyword of ties (indexes in hits, all at
// distance kwDist from figure fi, as nearestHits gives them) that the
// checks after nearestHits read: of those that start where the first
// does (sameStartTies), the first
// that one of the checks leaves the figure by, else the one nearEnough
// brings nearest (the first of those in hits: which rule is credited
// with one reading may follow the order the keywords are written in).
func (m *metric) tiedKeyword(st *docState, s *figures.Sentence, fi int, hits []hit, kwDist, exDist, ex int, ties []int) int {
	// A check may ask nearestHits again, which reuses the memo ties is.
	var buf [8]int
	ties = sameStartTies(hits, append(buf[:0], ties...))
	if len(ties) < 2 {
		return ties[0]
	}
	tr := st.trace
	st.trace = nil // only the reading chosen is explained, by the caller
	defer func() { st.trace = tr }()
	near := hasRole(hits, roleNear)
	pass, best := -1, far+1
	for _, k := range ties {
		d, kk, ok := m.nearEnough(st, s, fi, hits, kwDist, k, exDist, ex)
		if !ok || m.keywordDropped(st, s, fi, hits, kk, nil) || near && m.keywordInExcludedPlace(st, s, fi, hits, kk, nil) {
			return k
		}
		if d < best {
			pass, best = k, d
		}
	}
	return pass
}

// tiedAny reports whether test holds for any of ties that start where the
// first does (see tiedKeyword).
func tiedAny(hits []hit, ties []int, test func(int) bool) bool {
	if len(ties) == 0 {
		return false
	}
	var buf [8]int
	for _, k := range sameStartTies(hits, append(buf[:0], ties...)) {
		if test(k) {
			return true
		}
	}
	return false
}

// sameStartTies keeps, of ties, those that start where the first of them
// (nearestHits' at) starts.
func sameStartTies(hits []hit, ties []int) []int {
	from := hits[ties[0]].start
	out := ties[:0]
	for _, k := range ties {
		if hits[k].start == from {
			out = append(out, k)
		}
	}
	return out
}
