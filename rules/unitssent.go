package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Units a subject sends, moves or orders into a place are the subject's
// own: "The IDF sent two more battalions into Rafah" counts the army's
// battalions, not those of the metric's owner (owner: Hamas, of "Hamas
// battalions Israel says remain in Rafah"). The owner
// moving its own units ("Hamas has moved four battalions into Rafah")
// stays the metric's, and so do units that are in the place.

// unitsSent reports whether figure fi of sentence s is the object of a
// verb and counts a keyword noun moved "into", "to" or "toward" a name
// ("sent two more battalions into Rafah", "ordered four battalions into
// eastern Rafah", "moves three battalions toward the Rafah crossing"), and
// the metric's unit owner is not in the clause before it.
func (m *metric) unitsSent(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if m.unitOwner == "" {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if fs-1 <= s.TokStart {
		return false
	}
	if v := word(fs - 1); !isLowerWord(d.TokenText(fs-1)) || nonVerbWord(v) {
		return false
	}
	noun := -1
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start >= fe && h.start <= fe+2 && isLowerWords(d, fe, h.start) {
			noun = h.end
			break
		}
	}
	if noun < 0 {
		return false
	}
	switch word(noun) {
	case "into", "to", "toward", "towards", "onto":
	default:
		return false
	}
	place := noun + 1
	if article(word(place)) {
		place++ // "toward the Rafah crossing"
	}
	if place < s.TokEnd && isLowerWord(d.TokenText(place)) {
		place++ // "into eastern Rafah"
	}
	if place >= s.TokEnd || !named(d, place) {
		return false
	}
	return !m.ownerInClause(d, s, fs)
}

// isLowerWords reports whether every token in [from, to) is a lower-case
// word.
func isLowerWords(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if !isLowerWord(d.TokenText(k)) {
			return false
		}
	}
	return true
}

// nonVerbWord reports whether lower-cased w, right before a figure, is a
// word no verb is: a preposition, a determiner, or "and", "or", "than"
// ("sent two battalions", not "than two battalions").
func nonVerbWord(w string) bool {
	return prepositions[w] || determiner(w) || w == "and" || w == "or" || w == "than"
}
