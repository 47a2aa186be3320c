package rules

// Why: a count its keeper is still revising, or will revise, still stands
// until a new one replaces it: "That toll of roughly 56,000 across both
// countries, still being revised as bodies are identified, makes the
// quake one of the deadliest of the century"; "a figure of 4,333, likely
// to be revised upward". supersededfigure.go drops the subject's figure
// when the predicate says the count was replaced or revised; a revision
// told in the progressive ("being revised") or as one to come ("to be
// revised", "will be revised") has not replaced it yet.

// revisionToCome reports whether the form of "be" at token k, read by
// word, tells a revision under way or to come: "being", or "be" after
// "to" or a modal.
func revisionToCome(word func(int) string, k int) bool {
	switch word(k) {
	case "being":
		return true
	case "be":
		p := word(k - 1)
		return p == "to" || modalWord(p)
	}
	return false
}
