package tracker

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules"
)

// Two outlets give one claimant's figures of the same moment (sameMoment:
// two pages dated to the minute, or by the day alone), 61,250 and 62,010:
// read alone, the outlets disagree about what the claimant said. But the
// later sentence often says what the figure changed: "62,010, up from the
// 61,250 it gave this morning", "revised from 61,250", "raising its
// earlier count of 61,250", or that it is the claimant's own later word
// ("raised its toll to", "in a later statement"). The rules read that with
// the sentence (rules/ownword.go: Observation.Before, Updates), the store
// keeps it with the figure (a replay judges it as it was judged when
// read), and a claimant whose new figure names the one it gave before has
// changed it: its update, not a disagreement (otherSide).

// namesAccepted says the candidate's sentence names the accepted value as
// where its count stood before (Candidate.Before): every value it names
// so is one the accepted readings allow. A sentence that names none may
// still tell the claimant's own later word (Candidate.Updates).
func namesAccepted(cur *State, c Candidate) bool {
	if len(c.Before) == 0 {
		return c.Updates
	}
	for _, v := range c.Before {
		if !slices.ContainsFunc(cur.Readings, func(r rules.Value) bool { return r.Contains(v) }) {
			return false
		}
	}
	return true
}
