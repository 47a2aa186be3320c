package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// aroundLand reports whether the noun phrase from token k, after "around"
// and its determiner, names a stretch of land itself or all of one, not a
// site on it: "killed around the Strip", "displaced around the country",
// "died around the quake zone", "around the whole of the enclave" mean
// everywhere in it, the whole a total counts, where "killed around the
// aid points" is one kind of site (sitepart.go). Only the phrase's own
// words are read, up to the first word that opens another phrase ("the
// distribution hubs in the territory" is a site, in a land).
func aroundLand(d *figures.Document, s *figures.Sentence, k int) bool {
	for n := 0; k < s.TokEnd && n < 4 && d.Tokens[k].IsWord(); k, n = k+1, n+1 {
		w := d.LowerTokenText(k)
		if landNoun(w) || w == "whole" || w == "entire" {
			return true
		}
		if sitePhraseEnds(w) {
			return false
		}
	}
	return false
}

// landNoun reports whether lower-cased w names a stretch of land itself:
// the country, the nation (countryref.go), land a side may hold
// (controlpart.go), and their singulars with the strip and the enclave.
func landNoun(w string) bool {
	if countryNouns[w] || heldLandNoun(w) {
		return true
	}
	switch w {
	case "strip", "enclave", "region", "zone", "district", "province", "land", "countries":
		return true
	}
	return false
}

// sitePhraseEnds reports whether lower-cased w opens a phrase of its own
// after a site's noun: a preposition, a conjunction, a relative word.
func sitePhraseEnds(w string) bool {
	switch w {
	case "of", "in", "on", "at", "across", "since", "for", "from", "to", "by", "during", "after", "before", "and", "or", "which", "that", "where", "with":
		return true
	}
	return false
}
