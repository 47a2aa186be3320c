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
		// ("in his nightly address": the speaker's own, a possessive
		// and its noun; the noun of saying may have modifiers.)
		poss := v.is(m, wHis, wHer, wIts, wTheir)
		verb := t.report && !agentNoun(t.low) && !v.toks[m-1].has(cDeterminer) && !v.possessedNoun(m, k+1)
		if !t.word || t.fig || t.num || verb || t.has(cClause|cBetween) || t.has(cPronoun) && !poss {
			return false
		}
	}
	return true
}

// possessedNoun reports whether the word at m follows a possessive
// pronoun at most two lower-case words before it, from lo on: "his
// nightly address", "her weekly briefing".
func (v *view) possessedNoun(m, lo int) bool {
	for j := m - 1; j >= lo && j >= m-3; j-- {
		if v.is(j, wHis, wHer, wIts, wTheir) {
			return true
		}
		if t := &v.toks[j]; !t.word || t.capital {
			return false
		}
	}
	return false
}
