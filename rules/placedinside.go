package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence may open on a place it then sets inside the metric's own:
// "In Tal al-Sultan, in western Rafah, about 100,000 displaced people were
// living in tents", "In Jabalia, in the north of Gaza, ...", "In Antakya, a
// city in southern Turkey, ...". The apposition says where the fronted
// name lies, and the name, not the metric's place, frames the count: a
// neighbourhood's or a town's, a part. Names the engine already knows as
// inside the metric's place are read by within.go; this reads the ones a
// sentence places there itself. A fronted name that is one of the metric's
// own places, set inside a wider one ("In Rafah, in southern Gaza, 1.4
// million people shelter"), is the metric's and stays.

// placedInsideWords is how many tokens a fronted name, or the apposition
// after it, may hold: "Tal al-Sultan", "a district in the west of".
const placedInsideWords = 7

// frontedPlacedInside reports whether sentence s opens on "In" and a name
// that an apposition after its comma places inside one of the metric's
// own places, with figure fi after the apposition's closing comma.
func (m *metric) frontedPlacedInside(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.places) == 0 {
		return false
	}
	word := sentenceWords(d, s)
	start := sentenceOpening(d, s)
	if word(start) != "in" {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	comma, name := -1, false
	for k := start + 1; k < fs && k <= start+placedInsideWords; k++ {
		w := word(k)
		if w == "," {
			comma = k
			break
		}
		// A name, perhaps with a lower-case article of its own: "Tal
		// al-Sultan", "al-Mawasi".
		name = name || named(d, k)
		if slices.Contains(m.places, w) || figureAt(d, k) >= 0 {
			return false // the metric's own place fronted: "In Rafah, in southern Gaza,"
		}
	}
	if comma < 0 || !name {
		return false
	}
	end := m.placingApposition(d, s, comma+1, word)
	return end > 0 && end < fs
}

// placingApposition returns the comma that closes an apposition opened at
// token k placing the name before it in one of the metric's places ("in
// western Rafah,", "a neighbourhood of Rafah,", "in the north of
// Gaza,"), or 0 when none does: a preposition of place or an article,
// lower-case words, the place, and a comma right after it.
func (m *metric) placingApposition(d *figures.Document, s *figures.Sentence, k int, word func(int) string) int {
	switch word(k) {
	case "in", "a", "an", "the":
	default:
		return 0
	}
	for t := k + 1; t < s.TokEnd && t <= k+placedInsideWords; t++ {
		w := word(t)
		if slices.Contains(m.places, w) {
			if word(t+1) == "," {
				return t + 1
			}
			return 0
		}
		if !isLowerWord(d.TokenText(t)) && d.TokenText(t) != "-" {
			return 0
		}
	}
	return 0
}
