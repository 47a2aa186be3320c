package tracker

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/figures"
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

// ownRevision says a lower total is its claimant's own revision of the
// accepted value: the same claimant gave the accepted value, and the
// candidate's sentence names it as where the count stood before ("IOM has
// revised its count to 1,498, down from 1,517", "revised its toll down to
// 398 from 412"). The claimant withdrew the figure it gave: the revision
// replaces it (Revised), posted once as the claimant's, and the next rise
// counts from it. A lower figure that names no earlier value, or another
// value than the accepted one ("down from 1,517" when 1,533 is accepted),
// or that another claimant or nobody gives, stays a possible correction.
//
// The value named is the accepted figure's own number (or, of an
// approximate one, within its rounding): an accepted "at least 1,517"
// allows 1,600, but "down from 1,600" names another figure than the one
// the desk accepted (review59).
func ownRevision(cur *State, c Candidate) bool {
	if cur.Claimant == "" || cur.Claimant != c.Claimant || len(c.Before) == 0 {
		return false
	}
	for _, v := range c.Before {
		if !slices.ContainsFunc(cur.Readings, func(r rules.Value) bool {
			return r.Value == v || r.Qualifier == figures.Approximately && r.Contains(v)
		}) {
			return false
		}
	}
	return true
}
