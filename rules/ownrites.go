package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Funerals and graves count the dead ("60,000 funerals in a month"), but
// not when one person tells the rites they led or the graves they dug:
// "I have led 4,000 funerals", "she has sung at 1,500 funerals" count that
// person's work over a life or a war, not the event's dead. The subject
// of such a count is a singular personal pronoun, a few words before the
// figure; a place's or a people's funerals ("the province has held 9,000
// funerals") are its dead (dead_nouns_other_metric.yaml). "they" and "we"
// are left out on purpose: a crew's or a town's graves may be all the dead
// there are. A verb of saying or counting in the stretch ("I counted",
// "he said") reports the dead, and the rites stay theirs.

// ownRitesWords is how many words may stand between the pronoun and the
// figure: "she has sung at", "I alone have dug".
const ownRitesWords = 4

// ownRites reports whether figure fi of sentence s counts rites of the
// dead (funerals, burials, graves) that one person performed.
func ownRites(d *figures.Document, s *figures.Sentence, fi int) bool {
	t := countedNoun(d, s, fi)
	if t < 0 {
		return false
	}
	switch d.LowerTokenText(t) {
	case "funerals", "burials", "graves":
	default:
		return false
	}
	if t+1 < s.TokEnd && (auxiliary(d.LowerTokenText(t+1)) || modalWord(d.LowerTokenText(t+1))) {
		// "he said 41,000 funerals had been held": the rites are the
		// subject of a clause of their own, which the pronoun reports.
		return false
	}
	fs, _ := d.FigureTokens(fi)
	for k := fs - 1; k >= s.TokStart && k >= fs-1-ownRitesWords; k-- {
		if !d.Tokens[k].IsWord() {
			return false
		}
		switch w := d.TokenText(k); {
		case w == "I", strings.EqualFold(w, "he"), strings.EqualFold(w, "she"):
			return true
		case !isLowerWord(w):
			return false
		default:
			if lw := strings.ToLower(w); speakingVerb(lw) || reportingVerb(lw) || estimateVerb(lw) {
				// "I counted 41,000 graves", "she says 3,000 funerals":
				// the person observes or reports the dead, not rites of
				// their own.
				return false
			}
		}
	}
	return false
}
