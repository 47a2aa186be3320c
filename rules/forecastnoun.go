package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A forecast named by its noun, with the figure after its "of", is what a
// count may come to, as the verb's object is (forecastVerb): "the Lancet
// letter's projection of 186,000 deaths", "a forecast of 85,000 excess
// deaths", "the UN's prediction of 1 million displaced". An estimate is
// no such noun: "the ministry's estimate of 35,000 dead" is a count.

// forecastNounOf returns the token of a forecast noun whose "of" stands
// right before figure fi, or -1.
func forecastNounOf(d *figures.Document, fi int) int {
	fs, _ := d.FigureTokens(fi)
	if fs < 2 || d.LowerTokenText(fs-1) != "of" || !isLowerWord(d.TokenText(fs-2)) {
		return -1
	}
	switch d.LowerTokenText(fs - 2) {
	case "projection", "projections", "forecast", "forecasts", "prediction", "predictions":
		return fs - 2
	}
	return -1
}
