package tracker

import (
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// Whose word a candidate is against the accepted value's, moved from
// decide.go verbatim (desk55b, to keep that file readable in one sitting):
// another side's incompatible figure within the window is a conflict, the
// same side's is its update.

// otherClaimant reports whether two claimants are known to differ: an
// unattributed side may be either.
func otherClaimant(a, b string) bool {
	return a != "" && b != "" && a != b
}

// otherSide reports whether a candidate that cannot be true with the
// accepted value is another side's word, which within the conflict window
// is a conflict, rather than the accepted side's own next figure, which
// moves the value. Two claimants may publish incompatible figures through
// one outlet (the ministry's toll and the outlet's own count): another
// side. Two outlets quoting one named claimant at different times are one
// side: a utility's outage count falling hour by hour, or a ministry's
// toll carried by a wire and then by a broadcaster, is the claimant
// updating its figure, and the later is its update (the earlier, read
// late, is stale). Only when they give it as of the same moment
// (sameMoment) do the outlets disagree about what the claimant said
// (ConflictWithinClaimant), unless the candidate's sentence names the
// accepted value as the claimant's figure before it (namesAccepted). An
// unattributed side may be anyone's word: its
// outlet decides.
func otherSide(cur *State, c Candidate) bool {
	switch {
	case otherClaimant(cur.Claimant, c.Claimant):
		return true
	case cur.Claimant != "" && cur.Claimant == c.Claimant && namesAccepted(cur, c):
		return false // "up from the 61,250 it gave this morning": its update (ownearlier.go)
	case cur.Claimant != "" && cur.Claimant == c.Claimant && !sameMoment(c.Published, cur.Published):
		return false
	}
	return c.Outlet != cur.Outlet
}

// sameMoment reports whether two publication times cannot be told apart
// at the precision the coarser of them is given in: a page dated by its
// day alone (midnight) says nothing of which of that day's figures came
// later, nor a time to the minute of which came later within the minute.
// Two outlets' figures of one claimant that cannot be ordered are two
// reports of one statement, and differ only if one misreports it.
func sameMoment(a, b time.Time) bool {
	p := max(precision(a), precision(b))
	return a.Truncate(p).Equal(b.Truncate(p))
}

// precision is how finely a time is given: a day when it falls at
// midnight UTC (as the scrapers store a bare date; a date at midnight in
// another zone reads as to the minute, which only narrows sameMoment), a
// minute when it falls on one, else a second.
func precision(t time.Time) time.Duration {
	switch {
	case t.Truncate(24 * time.Hour).Equal(t):
		return 24 * time.Hour
	case t.Truncate(time.Minute).Equal(t):
		return time.Minute
	}
	return time.Second
}

// ConflictScope says what a conflict between the accepted value and a
// candidate is between (model.ConflictClaimants and so on).
func ConflictScope(cur *State, c Candidate) string {
	switch {
	case cur == nil || cur.Claimant == "" || c.Claimant == "":
		return model.ConflictOutlets
	case cur.Claimant != c.Claimant:
		return model.ConflictClaimants
	}
	return model.ConflictWithinClaimant
}
