package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/names"
)

// A place named as the owner of a count of people, right before it, says
// whose people they are: "Nigeria's 2.2 million displaced", "Borno's own
// 2.2 million displaced get a fraction of the attention lavished on
// Sudan" are another place's, however near the metric's words stand. A
// place the lists know is enough; "own" sets the owner against another
// place's count, so with it any single capitalised name (not an acronym,
// which names a body: "the UN's own 12,605") is one. Only a metric whose
// scope names a place has others: one scoped by "civilian" or no words at
// all may count "Gaza's 40,000 dead" as its own.

// otherPossessor reports whether count figure fi of sentence s follows
// "NAME's" or "NAME's own", NAME a capitalised word none of metric m's own
// names has, that a place list knows or that "own" follows, and a word of
// m's scope is a place the lists know.
func (m *metric) otherPossessor(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 || d.Figures[fi].Kind != figures.Count {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	k := fs - 1
	own := k > s.TokStart && word(k) == "own"
	if own {
		k--
	}
	// "Borno's": the name, the apostrophe, "s".
	n := ownerBefore(d, k+1)
	if n < s.TokStart {
		return false
	}
	name := d.TokenText(n)
	if !named(d, n) || strings.ToUpper(name) == name || slices.Contains(m.ownNames, word(n)) {
		return false
	}
	if !m.scopeNamesPlace() {
		return false
	}
	if own {
		return true
	}
	if countryBefore(d, s, n+1) >= 0 {
		return true
	}
	// A two-word place ("Khan Younis's") is read by its last word only if
	// the first is its own; the lists know it whole.
	if n-1 >= s.TokStart && named(d, n-1) && names.KnownPlace(d.TokenText(n-1)+" "+name) {
		return !slices.Contains(m.ownNames, word(n-1))
	}
	return names.KnownPlace(name) || names.KnownRegion(name)
}

// scopeNamesPlace reports whether a word of one of the metric's scope
// phrases is a place the lists know: "Sudan", "Rafah", "Turkey and Syria".
func (m *metric) scopeNamesPlace() bool {
	for i := range m.scope {
		for _, w := range m.scope[i].words {
			if names.KnownPlace(w) {
				return true
			}
		}
	}
	return false
}
