package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// sentenceLabelColon returns the colon that closes a label opening at token
// k of sentence s, or -1: a word, then at most frontedLabelWords tokens of
// words, a name's or lower-case, possessives included, before a colon with
// a token after it. Speakers' labels ("CORRESPONDENT:"), newsletters' ("The
// number to know:"), live blogs' ("Recap:") and readers' ("Listener's
// question:") are one shape; each reader asks what follows the colon. A
// headline's short label of names is labels.go's labelColon and labelWords.
func sentenceLabelColon(d *figures.Document, s *figures.Sentence, k int) int {
	if k >= s.TokEnd || !d.Tokens[k].IsWord() {
		return -1
	}
	for t := k + 1; t < s.TokEnd-1 && t <= k+frontedLabelWords; t++ {
		if d.TokenText(t) == ":" {
			return t
		}
		if !d.Tokens[t].IsWord() && !isApostrophe(d.TokenText(t)) {
			return -1
		}
	}
	return -1
}
