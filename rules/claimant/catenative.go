package claimant

import "strings"

// catenative reports whether w is a verb of habit, liking or choice that
// takes another verb after "to" and leaves the claim to it: "Ottawa likes
// to say it has resettled 1,400", "the ministry continues to report 40 a
// day", "officials prefer to cite 300". Verbs of refusal or intent ("declined
// to say", "wants to confirm") are left out: they say nothing yet.
func catenative(w string) bool {
	for _, p := range [...]string{"like", "love", "prefer", "tend", "continu", "hasten", "chose", "choos"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
