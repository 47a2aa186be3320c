package figures

import "strings"

// A suffix qualifier may follow the counted noun rather than the figure:
// "250,000 villagers or more", "a million Sudanese or more", "9,000
// displaced residents or so". It bounds the figure as it would right after
// it (suffixQualifiers). Only the phrases that open with "or" are read
// there: after a noun, "and more" and "plus" add others to the count
// ("40,000 people and more are leaving") as often as they bound it.

// nounSuffixWords is how many words of a counted noun may stand between a
// figure and its suffix qualifier: "displaced residents".
const nounSuffixWords = 2

// nounSuffixQualifier returns the qualifier of an "or" suffix phrase
// that follows the figure ending at token end past one or two words of its
// noun, and whether there is one. The phrase must close its noun phrase:
// a clause's end, a word of the closed classes (an article, a preposition,
// a conjunction, an auxiliary) or a past verb in -ed after it. A number
// ("or more likely 60,000"), "than" ("or more than a third") or any other
// word after it ("or more often", "or more tents") reads as something
// else.
func (p *parser) nounSuffixQualifier(end int) (Qualifier, bool) {
	k := end
	for n := 0; n < nounSuffixWords && p.isWord(k) && !p.toks[k].Break; n++ {
		if p.has(k, fMinor) || p.lowerIsAny(k, auxiliaries) || p.wordNumberAt(k) {
			return Exact, false
		}
		k++
		if p.lowerIs(k, "or") && !p.toks[k].Break {
			ph, k2 := p.matchPhrase(k, true)
			if ph == nil || !p.closesNounPhrase(k2) {
				return Exact, false
			}
			return ph.q, true
		}
	}
	return Exact, false
}

// closesNounPhrase reports whether token k may follow a suffix qualifier
// that ends a noun phrase: see nounSuffixQualifier.
func (p *parser) closesNounPhrase(k int) bool {
	if p.clauseEnd(k) {
		return true
	}
	if !p.isWord(k) || p.lowerIs(k, "than") || p.wordNumberAt(k) {
		return false
	}
	if p.has(k, fMinor) || p.lowerIsAny(k, auxiliaries) {
		return true
	}
	w := p.str(k)
	return !p.capitalised(k) && len(w) > 4 && strings.HasSuffix(w, "ed")
}
