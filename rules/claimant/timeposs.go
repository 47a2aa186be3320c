package claimant

// afterTimePossessive returns where a phrase starts past a possessive of
// time opening it at a ("today's Gaza health ministry update", "Monday's
// bulletin from OCHA"): when the findings came out says nothing of who
// made them, and the time word, read as a date, would end the phrase
// before it began. It returns a when no such possessive opens it.
func (v *view) afterTimePossessive(a, hi int) int {
	if a+2 >= hi || !v.is(a+1, wApostrophe) || !v.is(a+2, wS) {
		return a
	}
	if t := &v.toks[a]; t.has(cDay) || t.has(cTimeWord) || t.has(cTimeNoun) {
		return a + 3
	}
	return a
}
