package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A town or camp inside the metric's own place that holds or shelters
// people gives the people in it, a part of the whole the metric counts:
// "RSF tightens siege of El Fasher, sheltering 500,000 displaced" counts
// El Fasher's displaced, not all of Sudan's, however near the word of
// displacement stands. The holder is read as holds.go reads a place that
// holds people, with the verb "shelter" taking its people as an object
// too; the place is one of names/within.yaml under the metric's own, and
// none of the places the metric counts (m.places: Rafah's own metric
// counts the people Rafah shelters), standing alone as the subject, not
// one of a list of places.

// shelterVerb reports whether lower-case w is a form of "shelter" that
// takes the people sheltered as its object.
func shelterVerb(w string) bool {
	return w == "shelters" || w == "sheltering" || w == "sheltered"
}

// innerHolds reports whether count figure fi of sentence s is the object
// of a word of holding whose subject is a place inside the metric's own
// place that none of its own names names.
func (m *metric) innerHolds(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.regions) == 0 || d.Figures[fi].Kind != figures.Count {
		return false
	}
	t := heldFigureHolder(d, s, fi, true)
	if t < 0 {
		t = relativeHolder(d, s, fi)
	}
	word := sentenceWords(d, s)
	if t < 0 || slices.Contains(m.places, word(t)) || m.insideName(d.TokenText(t)) {
		return false
	}
	// The holder's name may run back over capitalised words and hyphens
	// ("El Fasher", "Deir al-Balah").
	for j := t; j >= s.TokStart && j > t-4; j-- {
		if !named(d, j) && d.TokenText(j) != "-" && !isLowerWord(d.TokenText(j)) {
			break
		}
		if named(d, j) && m.innerPlaceStarts(d, s, j) {
			// A list of places as the subject ("Rafah and Khan Younis are
			// sheltering 1.4 million and 600,000") pairs its figures with
			// its places; this reads one place alone.
			w := word(j - 1)
			return j-1 < s.TokStart || w != "and" && w != "or" && w != "&"
		}
	}
	return false
}

// relativeHolder returns the name a relative clause's word of holding
// is said of when the name is described in apposition before it, the
// figure the word's object: "Zamzam, a camp that had sheltered some
// 500,000 displaced people", "Kalma, a camp which was once home to
// 170,000". The tense does not matter: a town inside the metric's place
// holds a part now or then. It returns -1 when no such clause stands
// right before the figure.
func relativeHolder(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k <= s.TokStart || !isLowerWord(d.TokenText(k)) {
		return -1
	}
	switch w := d.LowerTokenText(k); {
	case holdWord(w) == holdBare || shelterVerb(w) || pastHoldVerb(w):
	case k-1 > s.TokStart && holdWord(d.LowerTokenText(k-1)).completes(w) && isLowerWord(d.TokenText(k-1)):
		k-- // "home to"
	default:
		return -1
	}
	k--
	for k > s.TokStart && isLowerWord(d.TokenText(k)) {
		switch w := d.LowerTokenText(k); w {
		case "had", "has", "have", "was", "is", "once", "long", "now", "still", "already", "been":
			k--
			continue
		default:
			if lyAdverb(d.TokenText(k)) {
				k--
				continue
			}
		}
		break
	}
	if w := d.LowerTokenText(k); w != "that" && w != "which" {
		return -1
	}
	// The apposition: an article and up to two words before the relative
	// ("a camp", "a sprawling camp", "the Darfur city").
	for n := 0; n < 4 && k > s.TokStart; n++ {
		k--
		if d.TokenText(k) == "," {
			if k-1 >= s.TokStart && named(d, k-1) {
				return k - 1
			}
			return -1
		}
		if !isLowerWord(d.TokenText(k)) && !named(d, k) {
			return -1
		}
	}
	return -1
}
