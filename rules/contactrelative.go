package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// contactRelative reports whether keyword hit h is the verb of a relative
// clause with no "who" or "that" on the figure's noun: "the more than 12
// million people the war back home has driven from their homes", "the
// more than 30,000 Palestinians health officials say have been killed".
// "the" marks the figure's noun phrase as one a clause defines; the noun
// follows the figure, a subject of the clause's own follows the noun, and
// the keyword comes within clauseWords words with no punctuation or other
// figure between. What the clause says is done to the noun's people is
// what the figure counts, however far its verb stands.
func contactRelative(d *figures.Document, s *figures.Sentence, fs, fe int, h hit) bool {
	const clauseWords = 9
	if fs <= s.TokStart || h.start <= fe+1 || fe+1 >= s.TokEnd {
		return false
	}
	switch d.LowerTokenText(fs - 1) {
	case "the", "those", "these":
	default:
		return false
	}
	noun := fe
	if !peopleNoun(d, noun) {
		return false
	}
	if !opensSubject(d, noun+1) || prepositions[d.LowerTokenText(noun+1)] || actsOrSpeaks[d.LowerTokenText(noun+1)] {
		return false
	}
	if d.WordPos(h.start)-d.WordPos(noun) > clauseWords {
		return false
	}
	for t := noun + 1; t < h.start; t++ {
		if !d.Tokens[t].IsWord() && !ownerMark(d, t) || figureIn(d, s, t) >= 0 {
			return false
		}
	}
	return true
}

// peopleNoun reports whether token k is a plural noun or a people's name
// ("Sudanese" has no plural form) that a figure before it counts.
func peopleNoun(d *figures.Document, k int) bool {
	var buf [64]byte
	if k >= len(d.Tokens) || !d.Tokens[k].IsWord() || clauseStop(d.LowerTokenText(k)) {
		return false
	}
	w := d.TokenText(k)
	return pluralNoun(string(lowerInto(&buf, w))) || pluralDemonym(w) || demonymShape(w) && strings.HasSuffix(w, "ese")
}

// reducedRelativeVerb reports whether keyword hit h is a past participle
// right after the figure's noun, or the phrase right after one, a relative
// clause cut to its verb: "12.5 million Sudanese driven from home by the
// war". It says what the figure
// counts as nearly as the noun itself.
func reducedRelativeVerb(d *figures.Document, fe int, h hit) bool {
	if h.start != fe+1 && h.start != fe+2 || !peopleNoun(d, fe) || fe+1 >= len(d.Tokens) || !isLowerWord(d.TokenText(fe+1)) {
		return false
	}
	w := d.TokenText(fe + 1) // the participle itself, or the one before the keyword ("driven from home")
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}
