package claimant

// Agency copy often sets the day between a subject and its verb: "The
// National Disaster Management Authority on Thursday released an update",
// "Ukraine's air force on Monday said", "The ministry late on Sunday
// confirmed". The day says when; the subject ends before it.

// So does a time noun after "last", "this" or "at the": "Syria's health
// ministry at the time put the toll at 1,414", "The army last week said".

// timeBeforeVerb returns where the subject ends when tokens up to j, right
// before a verb, close on a day after "on" ("on Thursday", "late on
// Monday"), on a word of when ("yesterday", "overnight") or on a time noun
// after "last", "this" or "at the" ("last week", "at the time"); j
// otherwise.
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
	if j-2 > lo && !v.toks[j].capital && v.toks[j].has(cTimeNoun) {
		switch p := v.toks[j-1].low; {
		case p == "last" || p == "this":
			return j - 2
		case p == "the" && j-3 > lo && v.toks[j-2].low == "at":
			return j - 3
		}
	}
	return j
}
