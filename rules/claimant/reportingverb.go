package claimant

import "strings"

// ReportingVerb reports whether lower-cased w is a finite form of one of
// the finder's reporting verbs (reportStems): "said", "insisted",
// "confirmed", "announced". Other readers that must tell the day a body
// said something from the day of what it said ("Hamas said on Tuesday
// ...": rules' event reading, the tracker's as-of date) ask this, so that
// one list of verbs of saying serves them all.
func ReportingVerb(w string) bool {
	if len(w) < 3 || strings.HasSuffix(w, "ing") || !unstemmed[w] && !stemStart(w) {
		return false
	}
	return reportStems[stem(w)]
}
