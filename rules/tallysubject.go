package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure that completes a tally's noun phrase ("the current toll of
// roughly 47,000", "a tally of some 12,000") already has what it counts:
// the tally's. A word in -s right after it is then the phrase's verb when
// what follows that word is what follows a verb, not a noun: a negation, an
// adverb or an indefinite pronoun as its object ("the toll of roughly 47,000 represents not a difference of
// degree", "a total of 12,000 now stands", "a toll of 40,000 dwarfs
// anything"). A noun would be followed by
// its own verb, a preposition or the clause's end ("a tally of 300 trucks
// waiting", "the count of 500 tents in Rafah"), and is still read as what
// the figure counts.

// tallySubjectVerb reports whether token t, the word in -s right after
// figure fi, is the verb of the tally phrase the figure completes.
func tallySubjectVerb(d *figures.Document, s *figures.Sentence, fi, t int) bool {
	fs, fe := d.FigureTokens(fi)
	if t != fe || t+1 >= s.TokEnd || fs-2 < s.TokStart {
		return false
	}
	if strings.ToLower(d.TokenText(fs-1)) != "of" || !tallyNoun(strings.ToLower(d.TokenText(fs-2))) {
		return false
	}
	if !d.Tokens[t+1].IsWord() || d.LowerTokenText(t+1) == "like" {
		// A clause that "what" or "how" opens puts its verb last: "we
		// know what a toll of 40,000 means", "what a toll of 40,000
		// looks like" (tune35_tally_wh_clause.yaml).
		return whOpensTally(d, s, fs-2)
	}
	n := strings.ToLower(d.TokenText(t + 1))
	switch n {
	case "not", "never", "no", "only", "just", "also", "still", "now", "already", "alone",
		"anything", "everything", "nothing", "something":
		return n != "alone" // "the toll of 47,000 civilians alone" has its noun
	}
	return strings.HasSuffix(n, "ly") && len(n) > 4 && n != "family" && n != "only"
}

// whOpensTally reports whether the tally noun at token k of sentence s
// opens, behind at most a determiner and two modifiers, a clause that
// "what" or "how" opens: "what a toll of 40,000 means", "how the grim
// toll of 40,000 feels".
func whOpensTally(d *figures.Document, s *figures.Sentence, k int) bool {
	for j := k - 1; j >= s.TokStart && j >= k-4; j-- {
		if w := d.LowerTokenText(j); w == "what" || w == "how" {
			return true // "What a toll of 40,000 means ..." too
		}
		if !isLowerWord(d.TokenText(j)) {
			return false
		}
	}
	return false
}
