package claimant

import "strings"

// A closing verb of claim followed by when it spoke, "after" or "before" a
// time: ", the returning officer announced just before midnight.", ",
// the ministry said just after dawn", ", police said before noon". The
// phrase says when the verb was said, as "on Sunday" does, and leaves the
// verb closing its clause; "before" here opens no clause of its own
// (", the army said before the strikes began" still does: no time noun
// follows it).

// whenAfterVerb reports whether "after" or "before" at token k, at most one
// adverb after the verb at i ("shortly", "just", "soon", "well"), opens a
// time: a time noun ("midnight", "noon", "dawn"), a day or a time word,
// with perhaps a determiner before it ("before the weekend").
func (v *view) whenAfterVerb(i, k, hi int) bool {
	if !v.is(k, wAfter, wBefore) || k+1 >= hi || k > i+2 {
		return false
	}
	if k == i+2 {
		a := &v.toks[i+1]
		if !a.word || a.capital || !(a.low == "just" || a.low == "soon" || a.low == "well" || a.low == "long" || len(a.low) > 4 && strings.HasSuffix(a.low, "ly")) {
			return false
		}
	}
	n := k + 1
	if v.isOne(n, wThe) && n+1 < hi {
		n++
	}
	t := &v.toks[n]
	if !t.word || !t.has(cTimeNoun|cTimeWord|cDay) {
		return false
	}
	// ("before midnight's count": a time noun owning the next noun is
	// another thing's phrase.)
	return !t.poss && (n+1 >= hi || v.boundary(n+1) || !v.toks[n+1].word || v.toks[n+1].has(cPreposition))
}

// agoEnd returns the token after a span of time closing on "ago",
// "earlier" or "later" that opens at k, right after a verb: "said a few
// hours ago", "said some two hours earlier". k when there is none.
// The span says when the verb was said, and is no clause of its own.
func (v *view) agoEnd(k, hi int) int {
	for m := k; m < hi && m <= k+4; m++ {
		t := &v.toks[m]
		if m > k && v.is(m, wAgo, wEarlier, wLater) && !t.capital {
			if m-1 > k || v.toks[k].has(cTimeNoun|cTimeHead) || singular(v.toks[k].low) == "minute" || singular(v.toks[k].low) == "hour" {
				return m + 1
			}
			return k
		}
		if !(t.word && !t.capital && !t.report || t.num) || t.has(cClause|cPreposition) {
			return k
		}
	}
	return k
}
