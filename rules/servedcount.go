package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A count of people an aid service reached is the service's measure, not
// the people a metric counts by where they are or what befell them: "500,000+
// people in Rafah reached by water trucking since Monday", "1.1 million
// displaced people served with hot meals in Rafah", "some 600,000 children
// vaccinated against polio". The participle of serving stands on the
// counted people, right after their noun and a place phrase, perhaps after
// "have been" or "were". A participle of counting ("verified by the UN",
// "recorded", "registered") says who counted the metric's own people, and
// stays.

// servedCount reports whether figure fi of sentence s counts people a
// participle of serving stands on.
func servedCount(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	_, fe := d.FigureTokens(fi)
	k := fe
	if w := word(k); w == "+" {
		k++ // "500,000+"
	}
	for n := 0; n < 2 && isLowerWord(d.TokenText(min(k, s.TokEnd-1))) && k < s.TokEnd && (word(k) == "people" || pluralForm(word(k)) || word(k) == "displaced"); n++ {
		k++ // "people", "displaced people"
	}
	if k == fe {
		return false // no noun of people: a bare figure is read by its clause
	}
	if word(k) == "in" || word(k) == "across" { // "in Rafah", "in northern Gaza"
		j := k + 1
		for j < s.TokEnd && j <= k+3 && d.Tokens[j].IsWord() && !servingWord(word(j)) {
			j++
		}
		k = j
	}
	switch word(k) {
	case "have", "has", "had":
		if word(k+1) == "been" {
			k += 2
		}
	case "were", "was", "being":
		k++
	}
	return servingWord(word(k))
}

// servingWord reports whether w is the participle of an aid service done
// to people.
func servingWord(w string) bool {
	switch w {
	case "reached", "served", "fed", "treated", "vaccinated", "immunised", "immunized", "assisted", "supplied", "helped":
		return true
	}
	return false
}
