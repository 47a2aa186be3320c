package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// One episode of a war may be told after the count's verb, not as its
// subject (episodesubject.go): "as many as 25,000 civilians died during
// the siege of Mariupol", "were killed in the battle for Bakhmut", "were
// displaced during the capture of Wad Madani". A preposition of time or
// place right after the verb, an episode's noun (a siege, a battle, an
// occupation, a capture) and a place inside the metric's own
// (names/within.yaml) or one its exclude_near words name, after the noun
// ("the siege of Mariupol") or as its modifier ("the Mariupol siege"),
// make the figure that episode's part. The war, the invasion or the
// conflict ("died during the war", "in the war in Ukraine") names no
// episode, and "Russia's assault on Ukraine" no place inside the whole.
// The episode's length before its noun ("the 86-day siege of Mariupol")
// is no other count.

// episodeVerbGap is how many tokens may stand between a figure and its
// verb ("civilians were killed").
const episodeVerbGap = 4

// episodePhraseWords is how many words may stand between the preposition
// and the episode's noun ("the months-long Russian bombardment").
const episodePhraseWords = 6

// episodeAfter reports whether the keyword verb after figure fi is
// followed by a phrase that names one episode of the war in a part of the
// metric's place.
func (m *metric) episodeAfter(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.start < fe || h.start > fe+episodeVerbGap || h.end >= s.TokEnd {
			continue
		}
		if !isLowerWord(d.TokenText(h.start)) || clauseBreak(d, fe, h.start) {
			continue
		}
		if m.episodePhraseAt(d, s, hits, h.end) {
			return true
		}
	}
	return false
}

// episodePhraseAt reports whether the words from token k are a preposition
// and an episode in a part of the metric's place.
func (m *metric) episodePhraseAt(d *figures.Document, s *figures.Sentence, hits []hit, k int) bool {
	word := sentenceWords(d, s)
	switch word(k) {
	case "during", "in", "amid", "under", "throughout", "at":
	default:
		return false
	}
	start := k + 1
	for t := start; t < s.TokEnd && t < start+episodePhraseWords; t++ {
		if clauseBreak(d, t, t+1) {
			return false // a clause of its own: "died in the city as the army readies a siege of ..."
		}
		w := word(t)
		if episodeAfterNoun(w) && isLowerWord(d.TokenText(t)) {
			// A name right before the noun is where it struck ("the
			// Mariupol siege"); one with "'s" says whose act it was
			// ("Israel's offensive"), not which part.
			name := nameStart(d, start, t)
			return name < t && m.partPlaceIn(d, s, hits, name, t) || m.episodePlaceAfter(d, s, hits, t+1)
		}
		if fj := figureIn(d, s, t); fj >= 0 {
			// A length hyphened before the noun ("the 86-day siege")
			// says how long the episode lasted; any other figure ends
			// the phrase.
			if !spanAdjective(d, fj) {
				return false
			}
			_, fe := d.FigureTokens(fj)
			t = fe + 1
			continue
		}
		if !d.Tokens[t].IsWord() && w != "-" && !isApostrophe(w) {
			return false
		}
	}
	return false
}

// episodePlaceAfter reports whether the words from token k are a
// preposition and a part of the metric's place: "of Mariupol", "for
// Bakhmut", "on Wad Madani", or the place put on the compass ("on
// southern Israel", "of eastern Aleppo"), which is still that place, or
// "the city" (the town) standing for a place named before it.
func (m *metric) episodePlaceAfter(d *figures.Document, s *figures.Sentence, hits []hit, k int) bool {
	word := sentenceWords(d, s)
	switch word(k) {
	case "of", "for", "on", "at", "in", "around", "near":
	default:
		return false
	}
	k++
	if word(k) == "the" {
		k++
		// "the city" points back to the last place the sentence names
		// before it ("Mariupol's exiled mayor estimates that 25,000
		// civilians died during the siege of the city"): the speaker's
		// place is the episode's (fa53b, episode_city_coref.yaml).
		switch {
		case placeNoun(word(k)) && word(k+1) == "of":
			k += 2 // "the siege of the city of Mariupol"
		case placeNoun(word(k)):
			if p := lastName(d, s.TokStart, k-1); p >= 0 {
				return m.partPlaceIn(d, s, hits, nameStart(d, s.TokStart, p), p+1)
			}
			return false
		}
	}
	k = compassEnd(d, k)
	return k < s.TokEnd && named(d, k) && m.partPlaceIn(d, s, hits, k, k+1)
}

// partPlaceIn reports whether a place inside the metric's own or one its
// exclude_near words name starts among tokens from..to.
func (m *metric) partPlaceIn(d *figures.Document, s *figures.Sentence, hits []hit, from, to int) bool {
	for _, h := range hits {
		if h.ref.role == roleNear && h.start >= from && h.start < to && named(d, h.start) {
			return true
		}
	}
	return m.innerPlaceIn(d, s, from, to)
}

// episodeAfterNoun reports whether lower-cased w names one act of a war
// that a count may be told in: a place's siege, battle or occupation. Not
// the war, the invasion or the conflict: those are the whole.
func episodeAfterNoun(w string) bool {
	if episodeNoun(w) {
		return true
	}
	switch strings.TrimSuffix(w, "s") {
	case "siege", "occupation", "assault", "bombardment", "blockade", "encirclement", "defence", "defense", "offensive":
		return true
	}
	return false
}
