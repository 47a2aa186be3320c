package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A verb of growth whose object is the place and whose "to" gives the
// level reached says what the place holds, as the same verb does with
// the place as its subject ("Rafah swells to N", holds.go): "arrivals
// have swelled Rafah to 1.4 million", "orders to move south have swollen
// the town to some 1.33 million". The object is a name (grownPlaceAt) or
// "the city" (grownCityObject): bare, in a story that names the place
// (describedCity); with a word before the noun ("the border town"), only
// when its sentence or its question names the place (corefHits), since
// "the neighbouring town" may be the one people were sent to. Without
// "to" the figure is the change ("swelled Rafah by 300,000") and nothing
// is read.
// (grown_place_object.yaml)

// grownPlaceAt returns the last token of the name that is the object of
// the lower-case verb of growth at token k when "to" and a figure follow
// the name, or -1.
func grownPlaceAt(d *figures.Document, s *figures.Sentence, k int) int {
	if k+1 >= s.TokEnd || !isLowerWord(d.TokenText(k)) || !figures.GrowthForm(d.LowerTokenText(k)) || !named(d, k+1) {
		return -1
	}
	e := nameEnd(d, s, k+1) - 1
	if !levelAfter(d, s, e+1) {
		return -1
	}
	return e
}

// grownCityObject reports whether the place noun at token k, after its
// determiner (and perhaps one word: placeDeterminer), is the object of a
// lower-case verb of growth right before it with "to" and a figure after
// it: "weeks of orders have swollen the border town to some 1.35 million".
func grownCityObject(d *figures.Document, s *figures.Sentence, k int) bool {
	det := placeDeterminer(d, k)
	if det-1 < s.TokStart || !isLowerWord(d.TokenText(det-1)) || !figures.GrowthForm(d.LowerTokenText(det-1)) {
		return false
	}
	return levelAfter(d, s, k+1)
}

// levelAfter reports whether "to" stands at token t and a figure starts
// right after it, or holds it ("to some 1.33 million", "to more than 1.25
// million"): the level a verb of growth reached.
func levelAfter(d *figures.Document, s *figures.Sentence, t int) bool {
	if t+1 >= s.TokEnd || d.LowerTokenText(t) != "to" {
		return false
	}
	if fi := figureIn(d, s, t+1); fi >= 0 {
		fs, _ := d.FigureTokens(fi)
		return fs == t+1 || fs == t
	}
	return false
}

// placeGrownBetween reports whether a verb of growth among tokens [a, b)
// of sentence s takes a place as its object with the level after "to"
// (grownPlaceAt, grownCityObject): what comes before it ("Evacuation
// orders swell Rafah to 1.5 million") is what filled the place, not what
// emptied it (evacuationBefore).
func placeGrownBetween(d *figures.Document, s *figures.Sentence, a, b int) bool {
	for k := a; k < b && k < s.TokEnd; k++ {
		if grownPlaceAt(d, s, k) >= 0 {
			return true
		}
		for n := k + 2; n <= k+3 && n < s.TokEnd; n++ {
			if placeNoun(d.TokenText(n)) && placeDeterminer(d, n) == k+1 && grownCityObject(d, s, n) {
				return true
			}
		}
	}
	return false
}
