package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// What someone expects a count to come to, said without a modal next to
// the figure: "expected to rise to", "planners expect the number ... to
// hit", "the scenario projects 85,750", "modelling suggests ... by
// August", "could push the number ... as high as 186,000".

// forecastVerb returns the token of a verb of forecasting whose object is
// figure fi ("The escalation scenario projects 85,750 excess deaths", "Aid
// groups project 15 million displaced", "researchers projected 85,750"),
// or -1: what is forecast is no count. "UNHCR expects up to 200,000
// refugees" and "is bracing for 180,000" are forecasts too (walk55).
func forecastVerb(d *figures.Document, fi int) int {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k >= 1 && hedgeWord(d.LowerTokenText(k)) {
		k-- // "We are expecting perhaps 150,000 refugees"
	}
	if k >= 1 && d.LowerTokenText(k) == "for" && readyingVerbs[d.LowerTokenText(k-1)] && d.Figures[fi].Kind != figures.Money {
		// "is bracing for as many as 180,000 refugees", "plans for
		// 200,000": what a body readies for is what it expects (walk55);
		// a sum "planned for" is a price (capacity_figure.yaml).
		return k - 1
	}
	if k >= 0 {
		switch d.LowerTokenText(k) {
		case "project", "projects", "projecting", "predict", "predicts", "predicting", "forecast", "forecasts",
			"forecasting", "foresee", "foresees", "anticipate", "anticipates", "model", "models", "modelling", "modeling",
			"expect", "expects", "expecting":
			// "Epidemiologists at Johns Hopkins model some 85,000 excess
			// deaths": a model's output is what it expects, no count.
			return k
		case "projected", "predicted", "forecasted", "foresaw", "anticipated", "expected":
			// In the past with its subject ("researchers projected 85,750
			// excess deaths") or as a modifier ("the projected 85,750"),
			// it is still a forecast; after a form of "be" it is no verb
			// of the figure ("was predicted, 1,000 ...").
			if k == 0 || !beForm(d.LowerTokenText(k-1)) {
				return k
			}
		}
	}
	return -1
}

// hedgeWord reports whether w may stand between a verb of forecasting and
// its figure; forecastVerb asks it of the word before every figure near a
// keyword.
func hedgeWord(w string) bool {
	switch w {
	case "perhaps", "possibly", "maybe":
		return true
	}
	return false
}

// readyingVerbs are the forms of verbs of readying that, with "for",
// take what a body expects as their object: "bracing for", "plans for".
var readyingVerbs = map[string]bool{
	"brace": true, "braces": true, "bracing": true, "braced": true,
	"prepare": true, "prepares": true, "preparing": true, "prepared": true,
	"plan": true, "plans": true, "planning": true,
}

// modalCause returns the token of a modal before a verb that drives a count
// to figure fi, in its clause ("indirect causes could ultimately push the
// number of deaths ... as high as 186,000", "may drive the toll to 50,000",
// "which would take it past 50,000"), or up or down to it ("would have
// cut military aid to Israel to $2 billion a year", "could reduce the
// package to $3bn": a proposal or a counterfactual), or -1. The verb
// stands at most two words after the modal; the figure at most twelve
// words after the verb, with no comma between, after "to" (or "past",
// "above") or bounded by "as high as".
func modalCause(d *figures.Document, fi int) int {
	fs, _ := d.FigureTokens(fi)
	// The figure is where the count is driven: after "to", "past",
	// "above", or bounded "as high as".
	end := false
	if fs >= 1 {
		switch d.LowerTokenText(fs - 1) {
		case "to", "past", "above", "beyond", "over", "towards", "toward":
			end = true
		}
	}
	if t := d.Figures[fi].Text; len(t) > 10 && (strings.EqualFold(t[:10], "as high as") || strings.EqualFold(t[:10], "as much as")) {
		end = true
	}
	switch d.LowerTokenText(fs) {
	case "past", "above", "beyond", "over":
		end = true // the figure holds its bound: "drive the toll past 100,000"
	}
	if !end {
		return -1
	}
	// The modal and its verb stand in the figure's sentence: a question or
	// a headline before it ("Could shelling drive families south?")
	// ends without a comma or a full stop.
	start := 0
	if si := d.SentenceAt(d.Figures[fi].Start); si >= 0 {
		start = d.Sentences[si].TokStart
	}
	for k := fs - 1; k >= 1 && k >= start && k >= fs-14; k-- {
		t := d.TokenText(k)
		if d.Tokens[k].IsSymbol() && (t == "," || t == ";" || t == "." || t == "—" || t == "–") {
			return -1
		}
		switch d.LowerTokenText(k) {
		case "push", "drive", "bring", "lift", "raise", "swell", "take",
			"cut", "reduce", "slash", "lower", "trim", "boost", "increase":
			// "would take it past 50,000" as "may drive the toll to";
			// "would have cut military aid to Israel to $2 billion"
		default:
			continue
		}
		for j := k - 1; j >= start && j >= k-2; j-- {
			if comingModal(d.LowerTokenText(j)) && d.TokenText(j) != "May" {
				return j
			}
		}
	}
	return -1
}

// amountVerb reports whether w says what a count amounts to: "could
// number 16 million", "may total 40,000", "could run to 50,000" (or "into
// the tens of thousands").
func amountVerb(w string) bool {
	switch w {
	case "number", "total", "amount", "approach", "double", "triple", "run":
		return true
	}
	return false
}

// expectsObject returns the token of a verb of expecting in the clause
// before "to" at token j, its object between ("planners expect the number
// of displaced to hit"), or -1.
func expectsObject(d *figures.Document, j int) int {
	for k := j - 2; k >= 0 && k >= j-8; k-- {
		if d.Tokens[k].IsSymbol() {
			return -1
		}
		switch d.LowerTokenText(k) {
		case "expect", "expects", "expected", "project", "projects", "projected", "predict", "predicts",
			"predicted", "forecast", "forecasts", "anticipate", "anticipates":
			return k
		}
	}
	return -1
}

// expectVerb reports whether w, before "to" and a verb that moves a
// figure, says the figure is expected: "expected to", "projected to",
// "set to", "likely to".
func expectVerb(w string) bool {
	switch w {
	case "expected", "projected", "forecast", "forecasted", "predicted", "set", "likely", "poised", "feared", "due", "bound", "tipped",
		"track", "course": // "on track to", "on course to"
		return true
	}
	return false
}

// forecast returns the token of a word of forecasting that frames figure
// fi ("Modelling ... suggests 58,000 more people would die by August",
// "Projections show deaths topping 20,000 by the spring"), or -1: the word
// stands before the figure in its clause (no comma, dash or semicolon
// between), and the
// sentence says it speaks of what may come: a modal or "if" after the
// word, or a date ahead after the figure ("by August", "by the end of the
// year"). "The toll, which modellers had expected, stood at 31,000" names
// no time ahead, and stays a count.
func forecast(d *figures.Document, fi int) int {
	fs, fe := d.FigureTokens(fi)
	at := -1
	for k := fs - 1; k >= 0 && k >= fs-forecastReach; k-- {
		if forecastStop(d, k) {
			// The forecast frames its own clause: "Despite projections
			// that the toll could reach 100,000, the count stood at
			// 34,000" counts. A verb of forecasting that closes a
			// reporting clause before the comma frames what follows, fronted
			// or set between commas: "the modellers projected, excess
			// deaths ... would still be around 6,550".
			if d.TokenText(k) == "," && k >= 1 && forecastSaid(d.LowerTokenText(k-1)) {
				at = k - 1
				continue
			}
			break
		}
		if forecastWord(d.LowerTokenText(k)) {
			at = k
		}
	}
	if at < 0 {
		return -1
	}
	for k := at + 1; k < fs; k++ {
		if d.TokenText(k) == "May" {
			continue // the month
		}
		if w := d.LowerTokenText(k); comingModal(w) || w == "if" {
			return at
		}
	}
	for k := fe; k < fe+4 && k+1 < len(d.Tokens); k++ {
		if t := d.TokenText(k); d.Tokens[k].IsSymbol() && t != "-" {
			break
		}
		switch w := d.LowerTokenText(k); {
		case comingModal(w) || w == "if":
			return at
		case w == "by":
			if timeAhead(d, k+1) {
				return at
			}
		}
	}
	return -1
}

// forecastReach is how many words before a figure forecast's walk reads.
const forecastReach = 25

// forecastStop reports whether token k ends forecast's walk back from a
// figure: the end of a sentence or a clause ("." ";" "!" "?" "," or a
// dash), save a comma after a verb of forecasting.
func forecastStop(d *figures.Document, k int) bool {
	if !d.Tokens[k].IsSymbol() {
		return false
	}
	switch d.TokenText(k) {
	case ".", ";", "!", "?", ",", "—", "–":
		return true
	}
	return false
}

// forecastBefore reports whether a word of forecasting (forecastWord or
// forecastSaid) stands among the forecastReach words before sentence s
// that forecast's walk back from a figure of s may reach, when no stop
// parts them from it: with none there nor in s, forecast cannot answer
// (sentenceMarks.forecast).
func forecastBefore(d *figures.Document, s *figures.Sentence) bool {
	for k := s.TokStart - 1; k >= 0 && k >= s.TokStart-forecastReach; k-- {
		if forecastStop(d, k) {
			return d.TokenText(k) == "," && k >= 1 && tokenMarked(d, k-1, rmForecast)
		}
		if tokenMarked(d, k, rmForecast) {
			return true
		}
	}
	return false
}

// forecastWord reports whether w names a forecast: "modelling",
// "projections", "forecasts", "predicts".
func forecastWord(w string) bool {
	switch w {
	case "modelling", "modeling", "models", "model", "modellers", "modelers", "projection", "projections", "projected",
		"forecast", "forecasts", "forecasters", "predicts", "predicted", "prediction", "predictions", "scenario", "scenarios":
		return true
	}
	return false
}

// timeAhead reports whether the words from token k name a time a count is
// to reach: a month or a season ("by August", "by the spring"), or the end
// of a period ("by the end of the year", "by next year").
func timeAhead(d *figures.Document, k int) bool {
	if k < len(d.Tokens) && d.LowerTokenText(k) == "the" {
		k++
	}
	if k >= len(d.Tokens) {
		return false
	}
	w := d.LowerTokenText(k)
	switch w {
	case "spring", "summer", "autumn", "winter", "end", "next", "year-end", "mid":
		return true
	case "year":
		return yearEndAt(d, k+1) // "by year's end", "by the year's end", "by year end"
	}
	return monthName(w)
}

// forecastSaid reports whether w is a verb of forecasting that can close a
// reporting clause ("the modellers projected, ..."; "..., researchers
// predict, ...").
func forecastSaid(w string) bool {
	switch w {
	case "projected", "projects", "project", "predicted", "predicts", "predict", "forecast", "forecasts", "forecasted":
		return true
	}
	return false
}

// yearEndAt reports whether the words from token k close "year" as the
// end of it: "end", or the possessive and "end" ("year's end").
func yearEndAt(d *figures.Document, k int) bool {
	if k+2 < len(d.Tokens) && isApostrophe(d.TokenText(k)) && strings.EqualFold(d.TokenText(k+1), "s") {
		k += 2
	}
	return k < len(d.Tokens) && strings.EqualFold(d.TokenText(k), "end")
}
