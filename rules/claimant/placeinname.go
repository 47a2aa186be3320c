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
	return v.kindClosesAfter(i+1, e) || v.ownedTopic(i, s, e)
}

// ownedTopic reports whether the place at token i stands between another
// name's possessive and a lower-case noun, as the topic of what that name
// owns: "Deloitte's Israel survey", "Moody's Israel team". The owner, not
// the place, is who the phrase names.
func (v *view) ownedTopic(i, s, e int) bool {
	if i-3 < s || i+1 >= e || !v.isOne(i-1, wS) || !v.is(i-2, wApostrophe) {
		return false
	}
	o, n := &v.toks[i-3], &v.toks[i+1]
	return o.word && o.capital && o.poss && !v.placeName(i-3, i-2) && n.word && !n.capital
}

// kindClosesAfter reports whether capitalised words from token k, before
// e, run to a kind of body that closes them: "Israel Democracy
// Institute", "Israel Builders Association", "Israel Prison Service"
// after the place. A possessive closes the run ("the Israel Democracy
// Institute's polling"). A ministry or a government closing them is the
// government's own ("Israel Health Ministry"), whose alias the place is.
func (v *view) kindClosesAfter(k, e int) bool {
	for ; k < e; k++ {
		t := &v.toks[k]
		if !t.word || !t.capital || t.shouted || t.has(cDeterminer) {
			return false
		}
		if t.nameKind() && (t.poss || k+1 == e || !v.toks[k+1].word || !v.toks[k+1].capital) {
			return !t.has(cGovernment) && !governmentOffices[t.low]
		}
		if t.poss {
			return false
		}
	}
	return false
}

// stateWords name a country itself, or its people, before "of": "the
// State of Israel", "the people of Israel".
var stateWords = set("state people republic kingdom land")
