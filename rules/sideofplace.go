package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// One side of a whole: a figure's clause may name the side of a place the
// metric rules out ("the number killed on the Turkish side"), read by
// matching the side's demonym to the metric's exclude_near words. It stands
// apart from otherstate.go because it reads the metric's exclusions, not
// the sentence's time or people.

// sideOfPlace reports whether figure fi's clause names one side of a whole
// the metric counts: "the number killed on the Turkish side is now ...",
// where an exclude_near word of the metric is the side's place (Turkey for
// "Turkish"): the demonym stands for the place it rules out.
func (m *metric) sideOfPlace(d *figures.Document, s *figures.Sentence, fi int) bool {
	if !m.excludesPlaces {
		return false // no exclude_near word names a side's place (the cheap test first)
	}
	fs, fe := d.FigureTokens(fi)
	for k := max(s.TokStart+1, fs-12); k < s.TokEnd && k < fe+8; k++ {
		if w := d.LowerTokenText(k); w != "side" && w != "sides" || k+1 < s.TokEnd && d.TokenText(k+1) == "-" {
			continue
		}
		if k >= fe && sideOfFigure(d, s, k) {
			continue // "..., and the Syrian side of that is incomplete": a part of the figure, which is the whole
		}
		if p := d.TokenText(k - 1); demonymShape(p) && m.excludesPlaceOf(p) {
			return true
		}
		if m.possessiveSideOfExcluded(d, s, k, fs) {
			return true // "Turkey's disaster agency says ... died on its side" (itsside.go)
		}
	}
	return false
}

// sideOfFigure reports whether the side noun at token k of sentence s
// takes its part of a pronoun for what was just said ("the Syrian side of
// that", "of it"): the figure before it is the whole.
func sideOfFigure(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+2 >= s.TokEnd || !strings.EqualFold(d.TokenText(k+1), "of") {
		return false
	}
	switch d.LowerTokenText(k + 2) {
	case "that", "it", "this":
		return true
	}
	return false
}

// excludesPlaceOf reports whether a capitalised exclude_near word of the
// metric shares demonym w's first four letters: Turkey for "Turkish".
func (m *metric) excludesPlaceOf(w string) bool {
	stem := strings.ToLower(w[:4])
	for _, p := range m.spec.ExcludeNear {
		if excludedPlaceWord(p) && strings.HasPrefix(strings.ToLower(p), stem) {
			return true
		}
	}
	return false
}

// excludedPlaceWord reports whether exclude_near word p may name a place
// for excludesPlaceOf: capitalised, at least four letters.
func excludedPlaceWord(p string) bool {
	return len(p) >= 4 && p[0] >= 'A' && p[0] <= 'Z'
}

// excludesAnyPlace reports whether an exclude_near word of spec s may
// name a place (excludedPlaceWord): without one, excludesPlaceOf answers
// no for every word (metric.excludesPlaces).
func excludesAnyPlace(s MetricSpec) bool {
	return slices.ContainsFunc(s.ExcludeNear, excludedPlaceWord)
}
