package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// "Lives lost" and "souls lost" count the dead as a noun and its
// participle ("the 45,000 souls lost in both countries"). "Lost" with an
// object after it is the finite verb of someone who lost something: "a
// town of 40,000 souls lost its water supply" counts no dead.

// lostWithObject reports whether the phrase ending at token end ends in
// "lost" and a determiner opens an object right after it. A determiner
// that opens a count is the count's own words, and the count is what was
// lost: "the town has lost nearly all of 900 residents", "lost a million
// people" (lost_count_article.yaml).
func lostWithObject(d *figures.Document, s *figures.Sentence, end int) bool {
	if end-1 <= s.TokStart || end >= s.TokEnd || !strings.EqualFold(d.TokenText(end-1), "lost") {
		return false
	}
	if !determiner(d.LowerTokenText(end)) {
		return false
	}
	if fi := figureIn(d, s, end); fi >= 0 && firstTok(d, fi) == end && d.Figures[fi].Kind == figures.Count {
		return false
	}
	return true
}
