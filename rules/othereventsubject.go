package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The subject that opens a sentence may be another place's event, placed
// after its noun: "The quake that struck Morocco's High Atlas on Friday
// night has killed at least 2,946 people, ... the world's deadliest since
// the February disaster in Turkey and Syria", "The floods in Pakistan have
// displaced some 8 million". A later mention of the metric's own event, in
// a comparison, keeps the sentence from being another event's throughout
// (otherEvent); the figure in the subject's own clause, before any comma,
// is still the opening event's count. eventOfOtherPlace reads back a dozen
// tokens from the figure; a subject with a long relative clause ("that
// struck Morocco's High Atlas on Friday night") stands farther.

// subjectEventWords is how many tokens may open the sentence before the
// event's noun: an article, an ordinal or a year ("The 2023 quake").
const subjectEventWords = 3

// subjectOtherEvent reports whether sentence s opens with an event's noun
// placed in a place the metric does not name (placedAfter), and the figure
// at token fs stands in that subject's clause, with no comma or break
// between.
func (m *metric) subjectOtherEvent(d *figures.Document, s *figures.Sentence, fs int) bool {
	word := sentenceWords(d, s)
	start := afterStamp(d, s)
	for k := start; k < start+subjectEventWords && k < fs; k++ {
		w := word(k)
		if !isLowerWord(d.TokenText(k)) || !eventNoun(w) && !naturalDisaster(w) {
			continue
		}
		if !m.placedAfter(d, s, k, naturalDisaster(w)) {
			return false
		}
		for j := k + 1; j < fs; j++ {
			switch d.TokenText(j) {
			case ",", ";", ":", "—", "–", "(":
				return false
			}
		}
		return true
	}
	return false
}
