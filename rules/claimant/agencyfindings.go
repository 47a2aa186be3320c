package claimant

// An agency that writes its own name in lower case ("dpa") names its own
// findings so: "a dpa survey of the states' ministries found", "the dpa
// count". Read as written, the word is no name, and the phrase is kept
// whole as its source; as the agency's initials in capitals would be
// ("a Reuters survey", "an AFP tally"), it is the outlet's own findings
// (convention 3), written as in the text. Only a wire service's name
// (wirecredit.go wireAgencies) after an article and before a findings
// noun is read so: no English word stands there in those spellings.

// agencyFindings marks such a lower-case agency's name as capitals.
func (v *view) agencyFindings() {
	for i := 1; i+1 < len(v.toks); i++ {
		t := &v.toks[i]
		if !t.word || t.capital || t.num || len(t.low) < 3 || !wireAgencies[t.low] {
			continue
		}
		if v.is(i-1, wA, wAn, wThe) && v.toks[i+1].word && !v.toks[i+1].capital && v.toks[i+1].has(cFindingNoun) {
			t.capital, t.shouted = true, true
		}
	}
}
