package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure whose noun is left out: "dismantled 18 of Hamas's 24
// battalions, and four remain in Rafah" counts what the earlier figure's
// noun counts. It stands apart from counts.go because choose.go, nearest.go
// and nearmemo.go ask it where a figure has no noun of its own, not what
// the noun after a figure counts.

// elidedNoun reports whether figure fi of sentence s stands for a noun
// the sentence named after an earlier figure: no noun follows it, a verb
// does ("dismantled 18 of Hamas's 24 battalions, and four remain in
// Rafah"). Such a figure counts what that figure's noun counts.
func elidedNoun(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd {
		return false
	}
	if onesAfter(d, s, fi) {
		return true // "the last four organised ones" (ofwholeopener.go)
	}
	if d.TokenText(fe) == "," && remainderPlace(d, s, fi) >= 0 {
		return true // "the remaining four, in Rafah" (remainderplace.go)
	}
	switch d.LowerTokenText(fe) {
	case "remain", "remains", "are", "were", "still", "now":
		return true
	case "in", "at", "around", "near", "inside":
		// "leaving four in Rafah": a bare figure after a verb of leaving
		// or keeping, and the place the noun's things are in. "the four
		// in Rafah": a definite figure with a place for its noun
		// (elided_definite.yaml). "— four in Rafah and two in ...": the
		// first part of a list by place in an aside (whole_split_aside.yaml).
		// "the last three in Rafah": what is left of a whole, and its place.
		if fs, _ := d.FigureTokens(fi); fs > s.TokStart {
			switch d.LowerTokenText(fs - 1) {
			case "leaving", "leaves", "left", "keeping", "keeps", "with", "the", "—", "–", ":", "(",
				"last", "remaining", "other", "final": // "the last three in Rafah" (remainderplace.go)
				return true
			}
		}
	}
	return false
}

// definiteElided reports whether the figure starting at token fs is a
// definite part with its noun left out: "the" before it, the phrase of
// its place right after ("the four in Rafah"). elidedNoun reads the rest.
func definiteElided(d *figures.Document, fs int) bool {
	return fs > 0 && d.LowerTokenText(fs-1) == "the"
}

// frontedOfWhole reports whether the whole whose words start at token
// from is the one an "Of the N ..." opening names (ofwholeopener.go), not
// a partitive relative's (", of whom").
func frontedOfWhole(d *figures.Document, s *figures.Sentence, from int) bool {
	open := ofWholeOpener(d, s)
	return open >= 0 && open < from
}

// placeNamedIn reports whether tokens [from, to) name a place: a
// preposition of place before a capitalised word ("in Rafah", "at Khan
// Younis").
func placeNamedIn(d *figures.Document, from, to int) bool {
	for t := max(from, 0); t+1 < to; t++ {
		switch d.LowerTokenText(t) {
		case "in", "at", "around", "inside", "near":
			if capitalised(d, t+1) {
				return true
			}
		}
	}
	return false
}
