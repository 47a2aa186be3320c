package rules

import "strings"

// countedModifier reports whether word w (text as written, lower its
// lower-cased form) says how a whole is counted or whose it is, as a
// modifier between a determiner and the whole's noun: "of its recorded
// deaths", "among the identified dead", "of Gaza's confirmed dead", "of
// the ministry's own count". A lower-case participle in -ed (or a word of
// reporting: "known") modifies the noun; a part "N of" or "among" such a
// whole is still a part of it, the participle a manner of counting, not a
// noun of its own.
func countedModifier(w, lower string) bool {
	if !isLowerWord(w) {
		return false
	}
	return lower == "own" || reportingParticiple(lower) || strings.HasSuffix(lower, "ed") && len(lower) > 4
}
