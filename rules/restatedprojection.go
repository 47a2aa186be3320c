package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A modal's projection may give its amount loosely, then restate it after
// a comma or a spaced dash with a hedge: "excess deaths could number in the
// tens of thousands, perhaps as many as 90,000", "may climb into the tens
// of thousands — possibly 60,000", "could reach 40,000 by spring, maybe
// 50,000". The restated figure is the projection again, not a count. A
// figure after the comma that no hedge marks ("could reach 40,000, 10,000
// of them children") is not read here, nor one restating a count ("has
// passed 30,000, perhaps 31,000 by now").

// restatedReach is how many words may stand between the projected figure
// and the mark before its restatement ("by the end of the year").
const restatedReach = 5

// restatedProjection returns the modal that projects the figure before
// figure fi in its sentence when fi restates it (restatedFigureOf), or -1.
func restatedProjection(d *figures.Document, fi int, mayForecast bool) int {
	g := restatedFigureOf(d, fi)
	if g < 0 {
		return -1
	}
	return projection(d, g, mayForecast)
}

// restatedFigureOf returns the figure that figure fi restates: the figure
// right before it in its sentence, at most restatedReach words of its
// clause before a comma or a spaced dash, then a guessing word ("perhaps",
// "possibly", "maybe", "probably"), before fi or as fi's own first word;
// or -1.
func restatedFigureOf(d *figures.Document, fi int) int {
	if fi == 0 {
		return -1
	}
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k < 1 {
		return -1
	}
	if guessWord(d.LowerTokenText(k)) {
		k--
	} else if !guessWord(d.LowerTokenText(fs)) {
		return -1
	}
	switch d.TokenText(k) {
	case ",":
	case "—", "–":
		if !d.Tokens[k].Space {
			return -1
		}
	default:
		return -1
	}
	_, ge := d.FigureTokens(fi - 1)
	if ge > k || d.SentenceAt(d.Figures[fi-1].Start) != d.SentenceAt(d.Figures[fi].Start) {
		return -1
	}
	for t := ge; t < k; t++ {
		if !d.Tokens[t].IsWord() || t-ge >= restatedReach {
			return -1
		}
	}
	return fi - 1
}

// guessWord reports whether lower-cased w marks a figure as a guess that
// restates another: "perhaps", "possibly", "maybe", "probably".
func guessWord(w string) bool {
	switch w {
	case "perhaps", "possibly", "maybe", "probably":
		return true
	}
	return false
}

// rangeInto reports whether lower-cased w sets a vague amount's range
// after a verb that moves or sets a figure: "could number in the tens of
// thousands", "may run into the thousands".
func rangeInto(w string) bool { return w == "in" || w == "into" }
