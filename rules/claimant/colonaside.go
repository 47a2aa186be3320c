package claimant

import "strings"

// A speaker named before a colon that opens a quotation may carry an
// aside of where or how the words were said: "UNICEF spokesman Tom
// Arkwright, speaking from Geneva: “...”", "Israel's prime minister, in a
// televised address: “...”", "The mayor, on Telegram: “...”". The aside
// says where the speaker stood or spoke; the speaker is the phrase before
// its comma.

// colonAside reports whether tokens [k, colon) are a comma and a short
// aside of circumstance closing at the colon: a participle of speaking or
// a preposition and a few words, with no figure and no verb of its own.
func (v *view) colonAside(k, colon int) bool {
	if !v.isOne(k, wComma) || colon-k < 3 || colon-k > 8 {
		return false
	}
	first := &v.toks[k+1]
	participle := first.word && !first.capital && len(first.low) > 5 && strings.HasSuffix(first.low, "ing")
	if !participle && !first.has(cPreposition) {
		return false
	}
	for m := k + 2; m < colon; m++ {
		t := &v.toks[m]
		// ("speaking to reporters", "in a statement": people and nouns
		// of saying, not a verb.)
		verb := t.report && !agentNoun(t.low) && !v.toks[m-1].has(cDeterminer)
		if !t.word || t.fig || t.num || verb || t.has(cClause|cBetween|cPronoun) {
			return false
		}
	}
	return true
}
