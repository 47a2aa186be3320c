package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/names"
)

// A people's or a region's adjective ("Palestinian", "Sudanese", "Iraqi",
// "Western", "Greek") says whose side or which people, never which body:
// "Israeli tallies" were counted by no one named, "UKRAINIAN SOLDIER" is a
// person, "Palestinian medics" are people of no named body. English forms
// most such adjectives with a few endings; the rest ("Greek", "Thai",
// "Dutch") are data in rules/names/demonyms.yaml, the list the rules read
// too. One reading serves every part of the finder that asks.

// demonymEndings are the endings of a people's adjective, each with the
// fewest letters its stem has: a shorter word with the ending is an
// ordinary one ("these", "human", "Sudan", "fish").
var demonymEndings = [...]struct {
	suffix string
	stem   int
}{
	{"ian", 2}, // Asian, Syrian, Ukrainian
	{"ese", 3}, // Chinese, Sudanese
	{"ish", 2}, // Irish, Polish, British
	{"an", 4},  // German, Afghan, Korean
	{"i", 4},   // Iraqi, Israeli, Saudi
	{"ern", 4}, // Western, Eastern
}

// demonym reports whether the lower-case word w reads as an adjective of
// a people or region, by its ending or as a listed one.
func demonym(w string) bool {
	for _, e := range demonymEndings {
		if len(w) >= len(e.suffix)+e.stem && strings.HasSuffix(w, e.suffix) {
			return true
		}
	}
	return names.ListedDemonym(w)
}

// demonym reports whether the word at k is a people's adjective
// (demonym), written with its capital ("Palestinian", "SUDANESE").
func (v *view) demonym(k int) bool {
	t := &v.toks[k]
	return t.word && t.capital && demonym(t.low)
}

// peoplesOnly reports whether the capitalised words of [s, e) are all
// people's adjectives ("Palestinian", "Turkish and Syrian"): the words
// say which people, and name no body.
func (v *view) peoplesOnly(s, e int) bool {
	for k := s; k < e; k++ {
		if t := &v.toks[k]; t.word && t.capital && !t.has(cDeterminer) && !v.demonym(k) {
			return false
		}
	}
	return true
}
