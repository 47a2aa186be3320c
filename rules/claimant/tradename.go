package claimant

// Trade copy names a firm by its trade before its name, in lower case and
// with no article: "broker Ashdown Grey finds", "Cat modeller Halcyon:",
// "reinsurer Erdhaus Re said", "lender Halvard Bank estimates". The trade
// is a descriptor (testdata/README.md, convention 8: "the open-source
// tracker Oryx" → "Oryx"), read as a kind before the name is
// (apposition.go kindBeforeName), in a sentence or a headline's label. A
// trade is a noun of one who does, in -er, -or, -ist or -ant (the agent
// endings np.go reads in the plural); a post ("director"), an office
// ("governor") and people ("farmer") are read by their own rules.

// notTrades are words in -er that are no one who does: comparatives and
// grammar words.
var notTrades = set("former latter other another under over after never ever either neither rather whether together " +
	"further later earlier upper lower inner outer bigger larger smaller older younger higher greater wider deeper " +
	"longer shorter better lesser fewer newer elder")

// tradeBeforeName reports whether the lower-case word at k, before a
// capitalised name (k+1 is in the view), is a trade: a singular agent noun of six letters or
// more that no lexicon reads as another kind of word, and that is no post,
// office, people or person.
func (v *view) tradeBeforeName(k int) bool {
	t := &v.toks[k]
	if !t.word || t.capital || len(t.low) < 6 || t.low[len(t.low)-1] == 's' || notTrades[t.low] {
		return false
	}
	if t.inLexicon() || t.post() || t.has(cOfficeNoun) || personNoun(t.low) {
		return false
	}
	// ("caretaker PM": a name of two letters alone after it is an
	// office's short form, no firm's.)
	if n := &v.toks[k+1]; len(n.low) <= 2 && (k+2 >= len(v.toks) || !v.toks[k+2].capital) {
		return false
	}
	pl := t.low + "s"
	return agentEnding(pl) && !notAgents[pl]
}
