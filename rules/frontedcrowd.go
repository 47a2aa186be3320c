// frontedcrowd.go holds the crowds a count is drawn from: a fronted whole
// ("Of the 2.2 million people in Gaza, more than 34,000 ..."), dwellers,
// and a place's population.

package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// frontedCrowdWhole reports whether figure fi of sentence s is the part
// taken after a whole that a phrase opening the sentence names
// (frontedWholeFigure: "Of the 2.2 million people in Gaza, more than 34,000
// have been killed"), and that whole is a crowd the count is drawn from:
// the people of the metric's own place (ownPlaceCrowd, up to the opening's
// comma) or a crowd above the metric's max. The part, the main clause's
// subject, is then what its predicate counts, as in "34,000 of the 2.2
// million people in Gaza were killed" (partOfPredicateWhole). A keyword in
// the opening names the whole ("Of the 34,000 killed, 14,000 were
// children"), which stays the count (fronted_whole_crowd.yaml).
func (m *metric) frontedCrowdWhole(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	d := st.d
	fs, _ := d.FigureTokens(fi)
	comma := openingComma(d, s, fs)
	if comma < 0 {
		return false
	}
	g := frontedWholeFigure(d, s, fs)
	if g < 0 || g == fi || d.Figures[g].Kind != d.Figures[fi].Kind {
		return false
	}
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start < comma {
			return false
		}
	}
	return m.rejects(&d.Figures[g]) == aboveMax && dwellersCrowd(d, s, g, comma) || m.ownPlaceCrowd(st, s, g, comma)
}

// dwellersCrowd reports whether whole figure g counts people where they
// live and no more, up to token end: a noun of people right after it, then
// the phrase's end, a preposition or a dwelling participle ("the roughly
// 14 million people living in the zone the quake struck"). A crowd a
// condition picks out ("the millions left without a roof", "the 3 million
// people displaced") is another count's, whose part is a part
// (vague_whole_above_max.yaml).
func dwellersCrowd(d *figures.Document, s *figures.Sentence, g, end int) bool {
	if populationWhole(d, s, g) {
		return true // "Sudan's population of 48 million"
	}
	_, ge := d.FigureTokens(g)
	if ge >= end || !peopleNoun(d, ge) {
		return false
	}
	if ge+1 >= end {
		return true
	}
	return prepositions[d.LowerTokenText(ge+1)] || dwellingEnd(d, ge+1, end) > 0
}

// populationWhole reports whether whole figure g of sentence s is the
// value of a population noun right before it: "Gaza's population of 2.2
// million", "a population of 48 million". A population is all the people
// of its place, a crowd the count is drawn from (populationNoun), when
// nothing narrows it: a determiner or an owner before the noun, or a word
// of its whole or its time ("total", "pre-war"). A group's population ("the
// child population of 1.1 million") is a part of the people.
func populationWhole(d *figures.Document, s *figures.Sentence, g int) bool {
	gs, _ := d.FigureTokens(g)
	if gs-3 <= s.TokStart || d.LowerTokenText(gs-1) != "of" || !populationNoun(d.LowerTokenText(gs-2)) {
		return false
	}
	switch d.LowerTokenText(gs - 3) {
	case "the", "a", "its", "their", "s", "total", "entire", "whole", "overall", "estimated", "current", "pre-war", "prewar":
		return true
	}
	return false
}
