package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total of a country's displaced counts no one town: people who
// fled a city inside it ("Some 200,000 people fled El Geneina", "were
// driven out of Nyala", "fled Wad Madani") are that city's part. The place
// left is a bare name, with no place noun after it (namedPlaceMoved reads
// "fled Zamzam camp"), so it must be one names/within.yaml lists inside
// the metric's own place: "fled RSF attacks" names no place, "fled Sudan"
// the whole, and "fled to Kassala" a place reached. "The capital" is one
// city too ("fled the capital").

// innerPlaceLeft reports whether keyword hit h, a verb of moving for a
// running total that counts no place's inside, names as the place left a
// place inside the metric's own, none of its words in the metric's
// description.
func (m *metric) innerPlaceLeft(d *figures.Document, s *figures.Sentence, h hit) bool {
	if !m.spec.Total || len(m.insideNames) > 0 || len(m.regions) == 0 {
		return false
	}
	if capitalLeft(d, s, h) {
		return true
	}
	k := placeLeft(d, s, h)
	if k < 0 || k >= s.TokEnd || !named(d, k) || m.describes(d, k, k+1) {
		return false
	}
	if m.innerPlaceIn(d, s, k, k+1) {
		return true
	}
	// "El Geneina": the list spells it "Geneina".
	w := d.TokenText(k)
	return (w == "El" || w == "Al") && m.innerPlaceIn(d, s, k+1, k+2)
}

// capitalLeft reports whether keyword hit h, a verb of moving, names the
// country's capital as the place left, by the noun alone: "more than 3.5
// million have since fled the capital", "driven out of the capital". A
// capital is one city inside the country, so those who left it are a
// part, as those who fled a named city are.
func capitalLeft(d *figures.Document, s *figures.Sentence, h hit) bool {
	last := d.LowerTokenText(h.end - 1)
	if !isLowerWord(d.TokenText(h.end-1)) || pluralForm(last) || prepositions[last] || last == "into" || last == "onto" {
		return false // a noun keyword, or one that says where to
	}
	word := sentenceWords(d, s)
	k := h.end
	if word(k) == "of" {
		if last != "out" {
			return false
		}
		k++ // the keyword "driven out", then "of the capital"
	} else if k = pastLeavingPreposition(word, k); k < 0 {
		return false
	}
	return word(k) == "the" && word(k+1) == "capital" && word(k+2) != "'s"
}
