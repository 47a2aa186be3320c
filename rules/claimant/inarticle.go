package claimant

// "Labour was on 38 per cent in a Savanta poll for the Mirror", "Backing
// for the levy reached 46% in a YouGov opinion poll": findings in a named
// maker's poll, read after "in" and an article, are in their owner's
// terms as "in UN estimates" is (possessed.go inOwnersTerms): a frame
// that covers its clause either side. Only a capitalised owner counts,
// and only a poll or survey, whose figures are its maker's: "killed in a
// Hamas attack", "in a Reuters photo" hold no findings noun, and "in the
// ministry's report" is read by its possessive already.

// inArticleOwner reports whether the findings attribution a's owner
// follows "in" and "a", "an" or "the", is capitalised, and owns a poll or
// a survey.
func (v *view) inArticleOwner(a attr) bool {
	if a.src < 2 || !v.toks[a.src].capital || v.toks[a.src].shouted && a.srcEnd-a.src > 1 || !v.is(a.src-1, wA, wAn, wThe) || !v.isOne(a.src-2, wIn) {
		return false
	}
	switch v.toks[a.anchor].low {
	case "poll", "polls", "survey", "surveys":
		return true
	}
	return false
}
