package claimant

// A time phrase beside a name: when a thing was said or done is no part
// of who did it, whether the phrase opens the name's phrase ("Last week
// Amnesty International published": afterTimePhrase) or closes it
// ("according to the Red Cross this morning": beforeTimePhrase), and
// whether the words after a token say when (timeAfter: "by late April").
// Split from span.go.

// timeAfter reports whether the few words after token i say when ("by
// late April", "by the end of March"), not who or how.
func (v *view) timeAfter(i, hi int) bool {
	for m := i + 1; m < hi && m <= i+3; m++ {
		if t := &v.toks[m]; t.has(cDay) || t.has(cTimeNoun) || t.num {
			return true
		}
	}
	return false
}

// afterTimePhrase returns where a name starts in the phrase [s, e) past a
// time phrase opening it: "Last week Amnesty International published",
// "Earlier this month the WFP said", "Yesterday UNICEF said". When a
// thing happened is no part of who did it.
func (v *view) afterTimePhrase(s, e int) int {
	n := s
	if n >= e || n >= len(v.toks) {
		return s // an empty phrase: "by August" closing a headline
	}
	switch {
	case v.is(n, wLast, wThis, wNext, wEarlier, wLater) && n+1 < e && v.toks[n+1].has(cTimeNoun|cDay):
		n += 2
	case v.is(n, wEarlier, wLater) && v.is(n+1, wThis, wLast) && n+2 < e && v.toks[n+2].has(cTimeNoun):
		n += 3
	case v.toks[n].has(cTimeWord) || v.toks[n].has(cDay) && !v.toks[n].shouted:
		n++
	default:
		return s
	}
	for n < e-1 && v.toks[n].has(cDeterminer) {
		n++
	}
	if n >= e || !v.toks[n].capital || !v.toks[n].word {
		return s
	}
	return n
}

// beforeTimePhrase returns where a name ends in the phrase [s, e) before a
// time phrase closing it: "confirmed by the Aberdeen Turkish Community
// Association last night", "according to the Red Cross this morning",
// "figures released by Oxfam yesterday", "released by the interior ministry
// last month". When a thing was said is no part
// of who said it, after the name as before it (afterTimePhrase).
func (v *view) beforeTimePhrase(s, e int) int {
	n := e
	switch {
	case e-2 > s && v.is(e-2, wLast, wThis, wEarlier) && !v.toks[e-2].capital && v.toks[e-1].has(cTimeNoun|cDay) && !v.toks[e-1].capital:
		n = e - 2
	case e-1 > s && v.toks[e-1].has(cTimeWord) && !v.toks[e-1].capital && v.toks[e-1].word:
		n = e - 1
	default:
		return e
	}
	// ("released by the interior ministry last month": a body named by
	// its kind in lower case ends before the time too.)
	if p := &v.toks[n-1]; !p.word || !p.capital && !p.has(cBody) || p.has(cDay) {
		return e
	}
	return n
}
