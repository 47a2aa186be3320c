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
	first := start + 1
	if word(start) != "in" {
		if !named(d, start) || determiner(word(start)) {
			return false
		}
		first = start // the name as the sentence's subject: "Tal al-Sultan, a district in western Rafah, holds"
	}
	fs, _ := d.FigureTokens(fi)
	comma, name := -1, false
	for k := first; k < fs && k <= start+placedInsideWords; k++ {
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
	if end := kindApposition(d, s, comma+1, word); end > 0 {
		return end < fs && !clauseBetween(word, end+1, fs)
	}
	if first == start {
		return false
	}
	end := m.placingApposition(d, s, comma+1, word)
	return end > 0 && end < fs
}

// clauseBetween reports whether a mark or a word that joins a clause
// (clauseJoiner: "and", "as", "while") stands in tokens [k, fs): the figure
// is then in another clause than the one the name fronts or opens
// ("Khartoum, a city of perhaps 6m, has emptied as the number displaced
// nationwide passed 10m").
func clauseBetween(word func(int) string, k, fs int) bool {
	for ; k < fs; k++ {
		if w := word(k); w == "," || w == "as" || isClauseMark(w) || clauseJoiner(w) {
			return true
		}
	}
	return false
}

// kindApposition returns the comma that closes an apposition opened at
// token k that gives the name before it a kind of place below a country
// ("a town of 40,000,", "a district in western Rafah,", "a farming
// village near the border,"), or 0 when none does: "a" or "an", up to two
// lower-case modifiers, a kind of place (apposedPlaceKind), and what follows
// it up to a comma with no clause mark. A kind of place is a part of any
// whole a metric counts: the name is a town's, not the metric's place. A
// subject that opens the sentence is read only so ("Hamas, the group that
// runs Gaza, says ..." names no kind of place). (negs39_kind_apposition.yaml)
func kindApposition(d *figures.Document, s *figures.Sentence, k int, word func(int) string) int {
	if w := word(k); w != "a" && w != "an" {
		return 0
	}
	t := k + 1
	for n := 0; n < 2 && t < s.TokEnd && isLowerWord(d.TokenText(t)) && !apposedPlaceKind(word(t)); n++ {
		t++
	}
	if !apposedPlaceKind(word(t)) {
		return 0
	}
	for t++; t < s.TokEnd && t <= k+placedInsideWords+2; t++ {
		switch w := word(t); {
		case w == ",":
			return t
		case isClauseMark(w) || w == "who" || w == "which" || w == "where" || w == "that":
			return 0
		}
	}
	return 0
}

// apposedPlaceKind reports whether lower-cased w is a kind of place smaller
// than a country that an apposition may give a name: a town, a district,
// a camp (settlementNoun, residentsbefore.go, and the kinds of place a
// name may carry, placeKindNoun, but a state or an area, which may be
// wider than a town).
func apposedPlaceKind(w string) bool {
	switch w {
	case "neighbourhood", "neighborhood", "suburb", "quarter", "township", "municipality":
		return true
	}
	return settlementNoun(w) || placeKindNoun(w) && w != "state" && w != "area"
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
