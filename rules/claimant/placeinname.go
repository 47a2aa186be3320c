package claimant

// A country's name is an alias of its government ("Israel"), and it is
// also a word of many bodies' proper names that are not that government:
// "the Bank of Israel", "the Times of Israel", "the Israel Prison
// Service", "the Israel Antiquities Authority". Inside such a name the
// place says which country's bank or service it is, and the body, named
// whole (README convention 8), is who speaks. "The Government of Israel",
// "the State of Israel", "the President of Israel" are the government or
// its office and keep the alias, as "Israel Katz" (a person) and "Israel
// Defense Forces" (a longer alias) do.

// placeInName reports whether the one-word alias at token i, a place the
// rules know, stands inside a body's proper name in [s, e): after "of" and
// a capitalised word that is no government, state or office ("Bank of
// Israel"), or before capitalised words closed by a kind of body ("Israel
// Prison Service").
func (v *view) placeInName(i, s, e int) bool {
	t := &v.toks[i]
	if !t.capital || t.shouted || !v.placeName(i, i+1) {
		return false
	}
	if i-2 >= s && v.isOne(i-1, wOf) {
		h := &v.toks[i-2]
		return h.word && h.capital && !h.shouted && !h.has(cDeterminer) && !h.has(cGovernment) && !h.post() && !stateWords[h.low]
	}
	return false
}

// stateWords name a country itself, or its people, before "of": "the
// State of Israel", "the people of Israel".
var stateWords = set("state people republic kingdom land")
