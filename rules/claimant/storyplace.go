package claimant

import "github.com/claimtrack/claimtrack/rules/names"

// Where a story stands, for a generic alias (see elsewhere): a place after
// "in", "near" and the like was read from the start; these are the other
// ways a text places its story that a generic alias of a configured id
// ("the army", "the health ministry") must not be read past (claim51b).

// cityAway reports whether the capitalised word low, or low with the
// capitalised word before it (pair: "port sudan", "" when the word before
// is none), is a city or region names/within.yaml lists in another
// country than claimant id's story, placing the story there: after a
// preposition of where ("outside Kassala", "north of Omdurman", "on the
// outskirts of Kassala"), or, for a place within a country that is no
// capital, wherever the text writes it ("Pokrovsk's eastern edge", a
// label's "PORT SUDAN"). "Fighting resumed north of Omdurman. The army
// said ..." is Sudan's army. A place the rules do not know is not read
// after these words: the id's own towns are mostly unlisted ("south of
// Ashkelon", review51 MUST 1). A country's own name is not read so: it is
// as often a party to another's story ("rockets fired from Lebanon"); nor
// is a capital outside a phrase of where, which stands for its government
// or a venue ("talks in Cairo and Doha", "between Cairo and Doha"); nor
// where fire came from ("3 missiles from Sanaa") or someone spoke ("told
// reporters in Cairo"), but a statement's place is its body's seat ("in a
// statement from Port Sudan"). The id's own words anywhere in the text,
// the first word too, outrank such a place (elsewhere; review51 MUST 2).
func (c *call) cityAway(id, low, pair, prev, prev2 string) bool {
	country, ok := names.CountryOf(low)
	name := low
	if !ok && pair != "" {
		country, ok = names.CountryOf(pair)
		name = pair
	}
	if !ok || c.f.named[id][country] || c.f.own[id][country] || spokenFrom(prev, prev2) {
		return false
	}
	if prev == "from" {
		return prev2 == "statement"
	}
	return awayAfter(prev, prev2) || !names.KnownCapital(name)
}

// spokenFrom reports whether a place after prev, with prev2 before it, is
// where someone spoke: "said in Geneva", "told reporters in Cairo".
func spokenFrom(prev, prev2 string) bool {
	if prev != "in" && prev != "from" && prev != "at" {
		return false
	}
	return reportStems[prev2] || prev2 == "reporters" || prev2 == "journalists" || isReportForm(prev2)
}

// awayAfter reports whether a word after prev (and prev2 before it) stands
// in a phrase of where things happen: "outside Kassala", "west of
// Omdurman", "the outskirts of Kassala", as after "in" and "near".
func awayAfter(prev, prev2 string) bool {
	return prev == "outside" || prev == "in" || prev == "near" || prev == "around" || prev == "at" ||
		prev == "of" && (directions[prev2] || prev2 == "outskirts")
}
