package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An exclude_near name that owns the count noun opening its clause says
// whose count the figure in the copula's predicate is: "Kyiv's own
// estimate, which includes occupied areas the UN cannot reach, is closer
// to 40,000 civilians dead", "Ankara's tally is about 48,000", "Damascus's
// latest count, covering only areas it controls, stands at 6,100". The
// name frames the clause, as a fronted place does (nearest.go), however
// far an aside pushes the verb from it. The noun may carry up to two
// words before it ("own", "latest official"); the copula is "is", "was",
// "stands" or "stood", and the figure follows it at once or after "at",
// "now" or a qualifier ("closer to").

// ownedEstimateAside is how many tokens an aside between the noun and the
// copula may hold: ", which includes occupied areas the UN cannot reach,".
const ownedEstimateAside = 14

// ownedEstimateSubject reports whether exclude_near hit h of sentence s
// owns the count noun that opens its clause as the subject of a copula
// whose predicate holds the figure starting at token fs.
func ownedEstimateSubject(d *figures.Document, s *figures.Sentence, h hit, fs int) bool {
	k := -1
	switch {
	case ownerHit(d, h):
		k = h.end
	case ownsNext(d, h):
		k = h.end + 2
	default:
		return false
	}
	if k >= fs || !named(d, h.start) || !opensRankedClause(d, s, h.start) {
		return false
	}
	for n := 0; n < 3 && k < fs; n, k = n+1, k+1 {
		if subjectCountNoun(d.LowerTokenText(k)) {
			break
		}
		if n == 2 || !isLowerWord(d.TokenText(k)) {
			return false
		}
	}
	k++
	if k < fs && d.TokenText(k) == "," {
		// An aside on the noun, closed by its own comma.
		e := k + 1
		for ; e < fs && e <= k+ownedEstimateAside && d.TokenText(e) != ","; e++ {
			if figureAt(d, e) >= 0 || !d.Tokens[e].IsWord() {
				return false
			}
		}
		if e >= fs || d.TokenText(e) != "," {
			return false
		}
		k = e + 1
	}
	switch d.LowerTokenText(k) {
	case "is", "was", "stands", "stood":
	default:
		return false
	}
	for t := k + 1; t < fs; t++ {
		switch d.LowerTokenText(t) {
		case "at", "now", "still":
		default:
			return false
		}
	}
	return true
}

// subjectCountNoun reports whether lower-cased w is a noun for a count
// that an owner's name may own: "estimate", "count", "tally", "figure".
func subjectCountNoun(w string) bool {
	switch w {
	case "estimate", "count", "tally", "figure", "toll", "number":
		return true
	}
	return false
}
