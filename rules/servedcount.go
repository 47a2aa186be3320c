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
// stays. So is the object of a verb of serving ("has fed 2 million
// people"), and of an aid plan's aim to reach ("The response plan seeks
// $4.2 billion to reach 20.9 million people", "WFP aims to reach 5
// million"): how many a service reaches, or means to.

// servedCount reports whether figure fi of sentence s counts people a
// participle of serving stands on, or whom a verb of serving or an aim to
// reach takes as its object (serviceObject).
func servedCount(d *figures.Document, s *figures.Sentence, fi int) bool {
	if serviceObject(d, s, fi) {
		return true
	}
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

// serviceObject reports whether figure fi of sentence s is the object of a
// verb of serving right before it ("assisted 1.2 million people", "feeds
// some 800,000"), or of "to reach" after an amount of money or a verb of
// aiming ("seeks $4.2 billion to reach 20.9 million", "aims to reach 5
// million"). A count that reached a mark ("displacement has reached 12
// million") has no "to" before it, and stays.
func serviceObject(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	v := fs - 1
	if w := word(v); w == "reach" || w == "reaching" {
		if word(v-1) != "to" {
			return false
		}
		if g := figureIn(d, s, v-2); g >= 0 && d.Figures[g].Kind == figures.Money {
			return true // "seeks $4.2 billion to reach"
		}
		return aimingVerb(word(v - 2))
	}
	return serviceVerb(word(v))
}

// serviceVerb reports whether lower-cased w is a form of a verb of an aid
// service done to people, whose object is whom it served: "fed",
// "assisted", "vaccinating", "aims to help 14.7 million people"
// (aim_to_help.yaml).
func serviceVerb(w string) bool {
	if w == "fed" {
		return true
	}
	for _, stem := range [...]string{"serve", "feed", "assist", "help", "vaccinate", "immunise", "immunize", "treat", "supply"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}

// aimingVerb reports whether lower-cased w is a form of a verb of aiming
// before "to": "aims to", "plans to", "hopes to".
func aimingVerb(w string) bool {
	for _, stem := range [...]string{"aim", "plan", "hope", "seek", "need", "intend", "try", "strive", "want", "target"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return w == "sought" || w == "tried"
}
