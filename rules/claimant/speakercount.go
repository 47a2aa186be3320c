package claimant

import "strings"

// A count written in words before the people who speak, opening their
// clause, is part of who they are: "Two Egyptian officials with knowledge
// of the talks told Afriwire ...", "Three aid workers in Goma said ...".
// The labels keep it ("two Egyptian officials", "two hospital officials"),
// as the finder did after a comma or "citing", where the phrase is read
// forwards; read back from the verb, npBefore stopped at any number and
// cut it. Only a count word (two to twelve, a few, several are not
// numbers) with a people noun in the three words after it is kept: "2024
// officials" or a figure in digits stays out. "One" before one person
// after a clause's opening word is kept: "As one mother in Rafah told me"
// is "one mother in Rafah" (opening its sentence, "One official said" is
// the official; "One estimate" counts findings: oneof.go).

// speakerCounts are the count words kept before people.
var speakerCounts = set("two three four five six seven eight nine ten eleven twelve")

// speakerCount reports whether the number at token i, in a phrase read
// back from end, counts the people after it and opens their clause.
func (v *view) speakerCount(i, lo, end int) bool {
	// "As one nurse in El Fasher wrote to me": "one" before one person.
	if v.isOne(i, wOne) {
		return i > 0 && v.toks[i-1].has(cClause) && v.onePerson(i, end)
	}
	if !v.toks[i].has(cSpeakerCount) {
		return false
	}
	// "The two nations said", "the two governments said on Sunday": a
	// pair of states or sides named before speaks jointly, and "the" and
	// the count say which pair (claim58).
	joint := i > lo && v.isOne(i-1, wThe) && (i-1 == lo || i-1 == 0 || v.boundary(i-2))
	if !(i == lo || i == 0 || v.boundary(i-1)) && !joint {
		return false
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		t := &v.toks[k]
		if !t.word || t.has(cPreposition) {
			return false
		}
		if agentNoun(t.low) && (strings.HasSuffix(t.low, "s") || t.low == "people") || joint && jointNouns[t.low] {
			return true
		}
	}
	return false
}

// jointNouns are the plurals a pair of states or sides is taken up by
// after "the" and a count: "the two nations", "the three governments",
// "the two sides".
var jointNouns = set("countries nations governments states sides parties")

// onePerson reports whether a person's noun, in the singular, follows
// "one" at token i within three words: "one nurse", "one aid worker", "one
// mother".
func (v *view) onePerson(i, end int) bool {
	for k := i + 1; k < end && k <= i+3; k++ {
		t := &v.toks[k]
		if !t.word || t.has(cPreposition) {
			return false
		}
		if (agentNoun(t.low) || personNoun(t.low) || kin[t.low]) && !strings.HasSuffix(t.low, "s") {
			return true
		}
	}
	return false
}
