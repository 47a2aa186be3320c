package claimant

import "github.com/claimtrack/claimtrack/rules/names"

// Where a story stands, for a generic alias (see elsewhere): a place after
// "in", "near" and the like was read from the start; these are the other
// ways a text places its story that a generic alias of a configured id
// ("the army", "the health ministry") must not be read past (claim51b).

// cityAway reports whether the capitalised word low, or low with the
// capitalised word before it (pair: "port sudan", "" when the word before
// is none), is a city or region of another country than claimant id's
// story: one names/within.yaml lists ("Omdurman", "Port Sudan",
// "Pokrovsk's"), wherever the text writes it, not only after "in".
// "Fighting resumed north of Omdurman. The army said ..." is Sudan's
// army. A country's own name is not read so: it is as often a party to
// another's story ("rockets fired from Lebanon"). Where someone spoke
// ("told reporters in Cairo") places no story, as in elsewhere.
func (c *call) cityAway(id, low, pair, prev, prev2 string) bool {
	country, ok := names.CountryOf(low)
	if !ok && pair != "" {
		country, ok = names.CountryOf(pair)
	}
	if !ok || c.f.named[id][country] || c.f.own[id][country] {
		return false
	}
	return !spokenFrom(prev, prev2)
}

// spokenFrom reports whether a place after prev, with prev2 before it, is
// where someone spoke: "said in Geneva", "told reporters in Cairo".
func spokenFrom(prev, prev2 string) bool {
	if prev != "in" && prev != "from" && prev != "at" {
		return false
	}
	return reportStems[prev2] || prev2 == "reporters" || prev2 == "journalists" || isReportForm(prev2)
}

// awayAfter reports whether a capitalised word after prev (and prev2
// before it) is where things happen, whatever place it names: "outside
// Kosti", "west of Babanusa", "the outskirts of Sennar", as "in" and
// "near" are (elsewhere).
func awayAfter(prev, prev2 string) bool {
	return prev == "outside" || prev == "of" && (directions[prev2] || prev2 == "outskirts")
}
