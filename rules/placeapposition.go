package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An apposition that calls a place a camp, a town or a city and gives a
// count ("Kosti, a river town now holding some 350,000 uprooted
// Sudanese,", "famine was declared in a camp, a camp of roughly 400,000
// displaced people", "Islahiye, a town that lost some 1,500 people in the
// quake,") counts that place's own people, even when a keyword of the
// metric stands in it: one camp's or one town's people are a part of a
// country's, not its total, and another town than the metric's own place
// holds none of the people it counts. A name the metric scopes ("Rafah, a
// city crammed with N uprooted families") is its own place
// and stays; so does an apposition on a country ("Sudan, a country where
// ..."), whose noun is no place noun. placeSize reads "a city of N" with no
// keyword noun; this reads any apposition whose head is a place noun.

// appositionPlaceWords is how many words may stand between the
// apposition's article and the figure: "a river town now holding some".
const appositionPlaceWords = 8

// placeAppositionPart reports whether figure fi stands in an apposition
// ", a [modifier] PLACE-NOUN ... N" on a name outside the metric's scope,
// on a name a place noun restates ("a camp in Sudan, a camp of ..."), or
// on the same place noun in a sentence naming none of the scope ("in a
// camp, a camp holding ...").
func (m *metric) placeAppositionPart(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	d := st.d
	fs, _ := d.FigureTokens(fi)
	art := -1 // the apposition's article
	for k := fs - 1; k > s.TokStart && d.WordPos(fs)-d.WordPos(k) <= appositionPlaceWords; k-- {
		w := d.TokenText(k)
		if w == "," {
			if k+1 < fs && (d.TokenText(k+1) == "a" || d.TokenText(k+1) == "an") {
				art = k + 1
			}
			break
		}
		if !d.Tokens[k].IsWord() || inFigure(d, k) {
			return false
		}
	}
	if art < 0 {
		return false
	}
	head := -1 // the place noun, within three words of the article
	for k := art + 1; k < fs && k <= art+3; k++ {
		if placeNouns[d.LowerTokenText(k)] && !strings.EqualFold(d.TokenText(k), "state") {
			head = k
			break
		}
	}
	if head < 0 {
		return false
	}
	before := art - 2 // the last word before the apposition's comma
	switch {
	case named(d, before):
		if !m.nameOutsideScope(st, s, before) && !samePlaceNounBefore(d, s, before, head) {
			return false // "Rafah, a city crammed with ..."
		}
	case placeNouns[d.LowerTokenText(before)]:
		// A bare place noun may be the metric's own place told again
		// ("Rafah, the southern city, a city now ..."; "the border
		// province, a region ..."): only the same noun restated, in a
		// sentence that names none of the scope, is another place.
		if !strings.EqualFold(d.TokenText(before), d.TokenText(head)) || m.scopeNamedIn(st, s) {
			return false
		}
	default:
		return false
	}
	return true
}

// samePlaceNounBefore reports whether the place noun at token head stands
// also within the four words before the name that ends at token last:
// "a camp in Sudan, a camp of roughly 400,000" restates the camp, not the
// country the name before the comma gives.
func samePlaceNounBefore(d *figures.Document, s *figures.Sentence, last, head int) bool {
	k := nameStart(d, s.TokStart, last)
	for t := k - 1; t >= s.TokStart && t >= k-4; t-- {
		if strings.EqualFold(d.TokenText(t), d.TokenText(head)) {
			return true
		}
	}
	return false
}
