package claimant

// Agency copy often sets the day between a subject and its verb: "The
// National Disaster Management Authority on Thursday released an update",
// "Ukraine's air force on Monday said", "The ministry late on Sunday
// confirmed". The day says when; the subject ends before it.

// timeBeforeVerb returns where the subject ends when tokens up to j, right
// before a verb, close on a day after "on" ("on Thursday", "late on
// Monday") or on a word of when ("yesterday", "overnight"); j otherwise.
func (v *view) timeBeforeVerb(j, lo int) int {
	if j-1 > lo && v.toks[j].has(cDay) && v.toks[j].capital && v.isOne(j-1, wOn) {
		j -= 2
		if j > lo && v.is(j, wLate, wEarly) {
			j--
		}
		return j
	}
	if j-1 > lo && !v.toks[j].capital && v.toks[j].has(cTimeWord) && v.toks[j-1].word && !v.toks[j-1].has(cPreposition|cClause|cDeterminer|cBetween) {
		return j - 1
	}
	return j
}
