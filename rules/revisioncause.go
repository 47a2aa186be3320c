package rules

import (
	"math"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keeper that revised its count to a level says why after it: "has
// revised the number of deaths attributable to high temperatures to 298,
// after review found that 43 deaths recorded in Andalusia had other
// primary causes", "lowered its heat death toll to 298 on Thursday after
// doctors reclassified 43 deaths". The figure of that cause (the deaths
// struck off, the cases added) is how the count moved, not the count,
// however near a keyword it stands: the level after "to" is the count
// (revision_cause_figure.yaml). A cause told first ("After 43 deaths were
// reclassified, ...") is not read here. The level may give the level it
// came from before the cause ("down to 57 from 61, saying four deaths had
// been counted twice"), and a cause may open on a verb of saying or citing
// as well (revision_cause_origin.yaml), and the day after either level,
// with the comma closing it ("from 412 on Friday, saying 14 deaths ...",
// revision_cause_dated.yaml).

// revisionVerbReach is how many words may stand between the verb of
// revising and the "to" of its level: "revised the number of deaths
// attributable to high temperatures in Spain to 298".
const revisionVerbReach = 14

// revisionCauseGap is how many words may stand between the level and the
// word opening its cause: "to 298 on Thursday after".
const revisionCauseGap = 3

// revisionCause reports whether figure fi of sentence s stands in the
// cause ("after", "following", "because") told right after another
// figure that a verb of revising moved a count "to".
func revisionCause(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for fj := fi - 1; fj >= 0; fj-- {
		js, je := d.FigureTokens(fj)
		if js < s.TokStart {
			return false
		}
		if !revisedLevelAt(d, s, js) {
			continue
		}
		k := je
		if word(k) == "," {
			k++
		}
		// The level it came from: "to 57 from 61", "to 212, from 230".
		// Given, the cause must count the move itself (61 - 57 = 4):
		// "revised the missing down to 40 from 95, saying 212 were
		// confirmed dead" tells another count.
		moved := -1.0
		if word(k) == "from" {
			if fk := figureIn(d, s, k+1); fk >= 0 && fk < fi {
				moved = math.Abs(d.Figures[fk].Value - d.Figures[fj].Value)
				_, k = d.FigureTokens(fk)
				if word(k) == "," {
					k++
				}
			}
		}
		for n := 0; n <= revisionCauseGap && k < fs; n, k = n+1, k+1 {
			w := word(k)
			if w == "after" || w == "following" || w == "because" {
				return moved < 0 || d.Figures[fi].Value == moved
			}
			// A verb of saying opens any statement: only with the
			// level it came from, and the move as the cause's figure.
			if revisionCauseOpener(w) {
				return moved >= 0 && d.Figures[fi].Value == moved
			}
			// The comma closing a day told after the level ("to 398
			// from 412 on Friday, saying ...") parts nothing
			// (revision_cause_dated.yaml).
			if w == "," && n > 0 {
				n-- // nor counts towards the gap
				continue
			}
			if !d.Tokens[k].IsWord() || figureIn(d, s, k) >= 0 {
				break
			}
		}
	}
	return false
}

// revisionCauseOpener reports whether word w, a participle of saying or
// citing, opens the cause told after a revised level (besides "after",
// "following", "because") (", saying four deaths had been counted twice", ", citing 18
// duplicate records").
func revisionCauseOpener(w string) bool {
	switch w {
	case "saying", "citing", "explaining", "noting":
		return true
	}
	return false
}

// revisedLevelAt reports whether the figure opening at token fs follows
// "to" (or "down to", "up to") after a verb of revising within
// revisionVerbReach words of the same clause.
func revisedLevelAt(d *figures.Document, s *figures.Sentence, fs int) bool {
	word := sentenceWords(d, s)
	k := fs - 1
	if w := word(fs); (w == "up" || w == "down") && word(fs+1) == "to" {
		k = fs + 1
	}
	if word(k) != "to" {
		return false
	}
	for k--; k >= s.TokStart && k >= fs-1-revisionVerbReach; k-- {
		w := word(k)
		if isClauseMark(w) || figureIn(d, s, k) >= 0 {
			return false
		}
		if changeVerb(w) {
			return true
		}
		for _, stem := range [...]string{"revise", "update", "correct", "adjust", "reduce", "reclassify"} {
			if verbForm(w, stem) {
				return true
			}
		}
	}
	return false
}
