package claimant

import "strings"

// "Polls have closed across Senegal.", "Polling ends in the second phase
// in Bihar.": polls that open, close or end are the vote, no survey's
// findings, and announce no figure of the next sentence ("Some 7,371,890
// voters were registered", "7,800 polling stations"). A poll that finds,
// shows or puts is a survey and still announces.

// votingPolls reports whether token i is "poll", "polls" or "polling"
// whose verb, perhaps after "have" or "has", opens, closes or ends.
func (v *view) votingPolls(i int) bool {
	if w := v.toks[i].low; w != "polls" && w != "poll" && w != "polling" {
		return false
	}
	k := i + 1
	if v.is(k, wHave, wHas, wHad) {
		k++
	}
	if k >= len(v.toks) {
		return false
	}
	w := v.toks[k].low
	for _, stem := range []string{"clos", "open", "end"} {
		if strings.HasPrefix(w, stem) && len(w) <= len(stem)+3 {
			return true
		}
	}
	return false
}
