package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An aside between a subject and its verb that names whose reckoning the
// count is may be long, for a source's name is: "Syria's civil war, by the
// reckoning of the Syrian Observatory for Human Rights, killed ...". It
// says where the count comes from, nothing of whose event it is, so the
// subject before it is read as after a short aside (subjectAsideOpen).

// sourceAsideWords is how many words an aside that names a source may
// hold; other asides keep the eight of subjectAsideOpen.
const sourceAsideWords = 14

// sourceAsideOpens reports whether the aside opening at token k names a
// source: "according to", or "by", "on" or "in" and, within three words,
// a noun of reckoning ("by the reckoning of", "on the estimates of", "in
// the count of", "by UN figures").
func sourceAsideOpens(d *figures.Document, k int) bool {
	switch d.LowerTokenText(k) {
	case "according":
		return k+1 < len(d.Tokens) && d.LowerTokenText(k+1) == "to"
	case "by", "on", "in":
	default:
		return false
	}
	for t := k + 1; t <= k+3 && t < len(d.Tokens); t++ {
		if reckoningNoun(d.LowerTokenText(t)) {
			return true
		}
	}
	return false
}

// reckoningNoun reports whether w names a source's reckoning of a count.
func reckoningNoun(w string) bool {
	switch w {
	case "reckoning", "count", "counts", "estimate", "estimates", "tally", "tallies", "figures", "numbers",
		"calculation", "calculations", "account", "accounts", "data":
		return true
	}
	return false
}
