package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Why: two countries named together are the whole ("in Turkey and Syria",
// joinedPlace), and outlets join them in other words too: "and
// neighbouring" before the second ("quakes that killed almost 46,000
// people in Turkey and neighbouring Syria"), "together with" or "along
// with" the second after the figure ("the earthquakes killed more than
// 48,000 people together with neighbouring Syria"), or a "where" clause on
// one town whose own words join the two countries ("from Kahramanmaras,
// where the quakes that hit Turkey and Syria killed over 44,000"): the
// town says where the writer's people were, not what the figure counts.
// A neighbour named in another clause ("in Morocco, and neighbouring
// Algeria sent rescuers") joins nothing: the join must touch the name.

// neighbourWord reports whether w is "neighbouring" in either spelling.
func neighbourWord(w string) bool {
	return w == "neighbouring" || w == "neighboring"
}

// addedPlace reports whether token k, right before a place's name (past
// "neighbouring"), ends "together with", "along with" or "as well as": the
// place is added to the count the clause gives, or to the name before it
// ("deaths confirmed in Turkey as well as Syria").
func addedPlace(d *figures.Document, k int) bool {
	if k < 1 {
		return false
	}
	switch d.LowerTokenText(k) {
	case "with":
		w := d.LowerTokenText(k - 1)
		return w == "together" || w == "along"
	case "as":
		return k >= 2 && d.LowerTokenText(k-1) == "well" && d.LowerTokenText(k-2) == "as"
	}
	return false
}

// addedPlaceAfter reports whether a phrase that adds a place ("together
// with", "along with", "as well as") opens at token k, right after a
// place's name, and a name follows it (past "neighbouring" or a point of
// the compass): "in Turkey as well as Syria" is the whole, as "in Turkey
// and Syria" is.
func addedPlaceAfter(d *figures.Document, k int) bool {
	word := func(i int) string {
		if i >= len(d.Tokens) {
			return ""
		}
		return d.LowerTokenText(i)
	}
	e := k + 2 // "together with", "along with"
	switch word(k) {
	case "together", "along":
		if word(k+1) != "with" {
			return false
		}
	case "as":
		if word(k+1) != "well" || word(k+2) != "as" {
			return false
		}
		e = k + 3
	default:
		return false
	}
	if neighbourWord(word(e)) {
		e++
	}
	if e < len(d.Tokens) {
		e = compassEnd(d, e)
	}
	return named(d, e)
}

// countriesJoined reports whether tokens [from, to) of sentence s name two
// listed countries joined by "and", perhaps "neighbouring" the second:
// "the quakes that hit Turkey and Syria", "shook Morocco and neighbouring
// Algeria". Two towns joined ("Marrakech and Agadir") are still parts.
func countriesJoined(d *figures.Document, s *figures.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		e := countryAt(d, s, k)
		if e < 0 || e >= to || d.LowerTokenText(e) != "and" {
			continue
		}
		n := e + 1
		if n < to && neighbourWord(d.LowerTokenText(n)) {
			n++
		}
		if n < to && countryAt(d, s, n) > n {
			return true
		}
	}
	return false
}

// addedCountryAfter reports whether figure fi's clause goes on, before any
// comma or other mark, to "together with" or "along with" a listed
// country, perhaps "neighbouring": "killed more than 48,000 people
// together with neighbouring Syria". "together with dozens of livestock"
// adds no country.
func addedCountryAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for k := fe; k+1 < s.TokEnd && k <= fe+4; k++ {
		if !d.Tokens[k].IsWord() {
			return false
		}
		if !addedPlace(d, k+1) {
			continue
		}
		n := k + 2
		if n < s.TokEnd && neighbourWord(d.LowerTokenText(n)) {
			n++
		}
		return n < s.TokEnd && countryAt(d, s, n) > n
	}
	return false
}
