package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total of a country's displaced counts no one town: people who
// fled a city inside it ("Some 200,000 people fled El Geneina", "were
// driven out of Nyala", "fled Wad Madani") are that city's part. The place
// left is a bare name, with no place noun after it (namedPlaceMoved reads
// "fled Zamzam camp"), so it must be one names/within.yaml lists inside
// the metric's own place: "fled RSF attacks" names no place, "fled Sudan"
// the whole, and "fled to Kassala" a place reached.

// innerPlaceLeft reports whether keyword hit h, a verb of moving for a
// running total that counts no place's inside, names as the place left a
// place inside the metric's own, none of its words in the metric's
// description.
func (m *metric) innerPlaceLeft(d *figures.Document, s *figures.Sentence, h hit) bool {
	if !m.spec.Total || len(m.insideNames) > 0 || len(m.regions) == 0 {
		return false
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
