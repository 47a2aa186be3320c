package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// subjectBefore walks back from the verb at token v of sentence s past the
// words that may stand between a verb and its subject, as between reports
// them (given each word lower-cased and as written), and returns the token
// where the walk stops: the subject's last word when the sentence has one
// there ("South Sudan has so far received", "Hamas still keeps"). The
// sentence's first token is never passed over. The readers of a verb's
// subject differ in what may stand between (an article before "home to",
// an auxiliary before "received"), not in how they walk.
func subjectBefore(d *figures.Document, s *figures.Sentence, v int, between func(w, raw string) bool) int {
	t := v - 1
	for t > s.TokStart && between(d.LowerTokenText(t), d.TokenText(t)) {
		t--
	}
	return t
}

// lyAdverb reports whether raw, as written, is a lower-case adverb in -ly
// of more than three letters ("reportedly", "currently"; not "fly").
func lyAdverb(raw string) bool {
	return len(raw) > 3 && isLowerWord(raw) && strings.HasSuffix(raw, "ly")
}
