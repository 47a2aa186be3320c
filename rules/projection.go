package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// What a figure may come to, rather than what was counted: a projection
// ("could reach 186,000"), the subject of a modal ("85,000 more people
// could die"), what a chance is given of, or how much a count changed.

// projection returns the token of the modal that makes figure fi a
// projection ("the toll could reach 186,000", "may soon top 40,000",
// "would rise to 2 million"): a modal, perhaps one adverb, a verb that sets
// or moves a figure, perhaps its particle, then the figure. Otherwise -1.
// "would free 150 prisoners" is an offer, not a projection: "free" sets no
// mark.
//
// The verb may be the figure's own bound ("could exceed 14,000" is the
// figure "exceed 14,000"), and an adverb of degree may stand between the
// verb and its particle ("could rise eightfold, to more than 20,000").
func projection(d *figures.Document, fi int) int {
	if j := modalProjection(d, fi); j >= 0 {
		return j
	}
	if j := forecastVerb(d, fi); j >= 0 {
		return j
	}
	if j := modalCause(d, fi); j >= 0 {
		return j
	}
	return forecast(d, fi)
}

// forecastVerb returns the token of a verb of forecasting whose object is
// figure fi ("The escalation scenario projects 85,750 excess deaths", "Aid
// groups project 15 million displaced"), or -1: what is forecast is no
// count.
func forecastVerb(d *figures.Document, fi int) int {
	fs, _ := d.FigureTokens(fi)
	var buf [64]byte
	if k := fs - 1; k >= 0 {
		switch string(lowerInto(&buf, d.TokenText(k))) {
		case "project", "projects", "projecting", "predict", "predicts", "predicting", "forecast", "forecasts",
			"forecasting", "foresee", "foresees", "anticipate", "anticipates":
			return k
		}
	}
	return -1
}

// modalCause returns the token of a modal before a verb that drives a
// count to figure fi, in its clause ("indirect causes could ultimately
// push the number of deaths ... as high as 186,000", "may drive the toll to
// 50,000"), or -1. The verb stands at most one word after the modal; the
// figure at most twelve words after the verb, with no comma between, after
// "to" (or "past", "above") or bounded by "as high as".
func modalCause(d *figures.Document, fi int) int {
	fs, _ := d.FigureTokens(fi)
	var buf [64]byte
	// The figure is where the count is driven: after "to", "past",
	// "above", or bounded "as high as".
	end := false
	if fs >= 1 {
		switch string(lowerInto(&buf, d.TokenText(fs-1))) {
		case "to", "past", "above", "beyond", "over", "towards", "toward":
			end = true
		}
	}
	if t := d.Figures[fi].Text; len(t) > 10 && (strings.EqualFold(t[:10], "as high as") || strings.EqualFold(t[:10], "as much as")) {
		end = true
	}
	switch string(lowerInto(&buf, d.TokenText(fs))) {
	case "past", "above", "beyond", "over":
		end = true // the figure holds its bound: "drive the toll past 100,000"
	}
	if !end {
		return -1
	}
	for k := fs - 1; k >= 1 && k >= fs-14; k-- {
		t := d.TokenText(k)
		if d.Tokens[k].IsSymbol() && (t == "," || t == ";" || t == "." || t == "—" || t == "–") {
			return -1
		}
		switch string(lowerInto(&buf, t)) {
		case "push", "drive", "bring", "lift", "raise", "swell":
		default:
			continue
		}
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			switch string(lowerInto(&buf, d.TokenText(j))) {
			case "could", "might", "may", "would", "will":
				if d.TokenText(j) != "May" {
					return j
				}
			}
		}
	}
	return -1
}

// modalProjection is projection's modal, or "expected to", before a verb
// that sets or moves figure fi; -1 when there is none.
func modalProjection(d *figures.Document, fi int) int {
	fs, _ := d.FigureTokens(fi)
	var buf [64]byte
	k := fs - 1
	if figures.IsBoundVerb(string(lowerInto(&buf, d.TokenText(fs)))) {
		k = fs
	} else if k >= 0 {
		switch string(lowerInto(&buf, d.TokenText(k))) {
		case "to", "past", "towards", "toward", "above", "over", "beyond":
			k--
			if k >= 1 && d.Tokens[k].IsSymbol() && d.TokenText(k) == "," {
				k--
			}
			if k >= 1 && degreeAdverb(string(lowerInto(&buf, d.TokenText(k)))) {
				k--
			}
		}
	}
	if k < 1 || !figures.IsBoundVerb(string(lowerInto(&buf, d.TokenText(k)))) && !amountVerb(string(lowerInto(&buf, d.TokenText(k)))) {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch string(lowerInto(&buf, d.TokenText(j))) {
		case "could", "might", "may", "would", "will", "shall", "should", "ll":
			return j
		case "to":
			// "is expected to rise to", "is projected to reach", "is set
			// to pass": a verb of expecting before "to" is a modal too,
			// and so is one whose object stands between ("expect the
			// number of displaced to hit 13 million").
			if j >= 1 && expectVerb(string(lowerInto(&buf, d.TokenText(j-1)))) {
				return j - 1
			}
			if e := expectsObject(d, j); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// amountVerb reports whether w says what a count amounts to: "could
// number 16 million", "may total 40,000".
func amountVerb(w string) bool {
	switch w {
	case "number", "total", "amount", "approach", "double", "triple":
		return true
	}
	return false
}

// expectsObject returns the token of a verb of expecting in the clause
// before "to" at token j, its object between ("planners expect the number
// of displaced to hit"), or -1.
func expectsObject(d *figures.Document, j int) int {
	var buf [64]byte
	for k := j - 2; k >= 0 && k >= j-8; k-- {
		if d.Tokens[k].IsSymbol() {
			return -1
		}
		switch string(lowerInto(&buf, d.TokenText(k))) {
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
	var buf [64]byte
	at := -1
	for k := fs - 1; k >= 0 && k >= fs-25; k-- {
		t := d.TokenText(k)
		if d.Tokens[k].IsSymbol() && (t == "." || t == ";" || t == "!" || t == "?" || t == "," || t == "—" || t == "–") {
			// The forecast frames its own clause: "Despite projections
			// that the toll could reach 100,000, the count stood at
			// 34,000" counts.
			break
		}
		if forecastWord(string(lowerInto(&buf, t))) {
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
		switch string(lowerInto(&buf, d.TokenText(k))) {
		case "could", "might", "may", "would", "will", "if":
			return at
		}
	}
	for k := fe; k < fe+4 && k+1 < len(d.Tokens); k++ {
		if t := d.TokenText(k); d.Tokens[k].IsSymbol() && t != "-" {
			break
		}
		switch string(lowerInto(&buf, d.TokenText(k))) {
		case "would", "could", "might", "may", "will", "if":
			return at
		case "by":
			if timeAhead(d, k+1) {
				return at
			}
		}
	}
	return -1
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
	var buf [64]byte
	if k < len(d.Tokens) && string(lowerInto(&buf, d.TokenText(k))) == "the" {
		k++
	}
	if k >= len(d.Tokens) {
		return false
	}
	w := string(lowerInto(&buf, d.TokenText(k)))
	switch w {
	case "spring", "summer", "autumn", "winter", "end", "next", "year-end", "mid":
		return true
	}
	return monthName(w)
}

// monthName reports whether lower-case w names a month, in full or in
// the short forms outlets use.
func monthName(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// eventSubjectOfModal reports whether keyword hit h is the noun figure fi
// counts, standing right after it (past at most one modifier: "excess
// deaths", "further fatalities"), before modal mj: "as many as 186,000
// deaths could eventually be attributable to the conflict" are deaths that
// may come. A keyword that is a participle ("1.4 million displaced could
// face famine") or a capitalised name counts people there now, and so
// does a figure whose noun is no keyword ("1.4 million people could").
func eventSubjectOfModal(d *figures.Document, fi int, h hit, mj int) bool {
	_, fe := d.FigureTokens(fi)
	if mj < 0 || h.start < fe || h.start > fe+1 || h.end > mj {
		return false
	}
	w := d.TokenText(h.end - 1)
	return isLowerWord(w) && pluralForm(w)
}

// modalAfter returns the token of the modal of which figure fi is the
// subject ("as many as 85,000 more people could die", "500,000 could be
// forced from their homes"): at most four words, none of which opens
// another clause, stand between them, and the modal is not the start of a
// past conjecture ("could have died" estimates a count). Otherwise -1.
// The figure is a projection when the words that name what it counts
// follow the modal; "1.4 million people could face famine" still counts
// the people there now.
func modalAfter(d *figures.Document, fi int) int {
	_, fe := d.FigureTokens(fi)
	var buf [64]byte
	for k := fe; k < fe+5 && k+1 < len(d.Tokens); k++ {
		if !d.Tokens[k].IsWord() {
			return -1
		}
		if d.TokenText(k) == "May" {
			return -1 // the month: "35,000 deaths by May"
		}
		switch string(lowerInto(&buf, d.TokenText(k))) {
		case "could", "might", "may", "would", "will", "shall", "should":
			switch string(lowerInto(&buf, d.TokenText(k+1))) {
			case "have", "ve", "already", "now", "still", "actually", "well":
				return -1
			}
			return k
		case "projected", "expected", "forecast", "predicted":
			// A passive of expecting is a modal: "85,750 excess deaths are
			// projected by August", "1.4 million are expected to flee".
			if k > fe && auxiliary(string(lowerInto(&buf, d.TokenText(k-1)))) {
				return k
			}
		case "who", "which", "that", "and", "or", "but", "than", "if", "as", "when", "while", "because", "of":
			return -1
		}
	}
	return -1
}

// changeBy reports whether figure fi is how much a count changed, not the
// count: what was added ("the ministry added 1,852 deaths"), or "by" right before it, after a verb of change ("has grown by 1.1
// million", "rose by 150 overnight", "jumped by another 2,000"), or how far
// one count is from another: a comparative and "than" right after it,
// perhaps past its noun ("tens of thousands higher than the UN's figure",
// "4,000 deaths more than last year").
func changeBy(d *figures.Document, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	var buf [64]byte
	for k := fe; k < fe+2 && k+1 < len(d.Tokens) && d.Tokens[k].IsWord(); k++ {
		w := string(lowerInto(&buf, d.TokenText(k)))
		if comparative(w) && strings.EqualFold(d.TokenText(k+1), "than") {
			return true
		}
		if linkWords[w] || prepositions[w] || actsOrSpeaks[w] {
			break // the figure's noun only: "34,000 and more than a million" compares nothing
		}
	}
	k := fs - 1
	if k >= 0 && string(lowerInto(&buf, d.TokenText(k))) == "another" {
		k--
	}
	if k >= 0 {
		switch string(lowerInto(&buf, d.TokenText(k))) {
		case "added", "adds", "adding":
			return true // "The ministry added 1,852 previously unregistered deaths"
		}
	}
	if k < 1 || string(lowerInto(&buf, d.TokenText(k))) != "by" {
		return false
	}
	switch string(lowerInto(&buf, d.TokenText(k-1))) {
	case "rose", "risen", "rises", "rising", "rise", "grew", "grown", "grows", "growing", "increased", "increases",
		"jumped", "climbed", "fell", "fallen", "dropped", "swelled", "swollen", "surged", "soared", "up", "down",
		"upward", "upwards", "downward", "downwards", "revised", "raised", "lowered", "added":
		return true
	}
	return false
}

// chanceOf reports whether figure fi is what a chance is given of: "the
// chance of more than 100,000 deaths", "the risk of 2 million more
// displaced". A chance of a count is no count.
func chanceOf(d *figures.Document, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs < 2 {
		return false
	}
	var buf [64]byte
	if p := string(lowerInto(&buf, d.TokenText(fs-1))); p != "of" && p != "on" {
		return false // "the chance of", "a 47 per cent probability on"
	}
	switch string(lowerInto(&buf, d.TokenText(fs-2))) {
	case "chance", "chances", "risk", "risks", "probability", "likelihood", "odds", "possibility", "prospect":
		return true
	}
	return false
}

// modalBefore reports whether keyword hit h, which stands right before
// figure fi (at most one word between), follows a modal, perhaps with an
// adverb between: "could displace 15 million", "may soon kill another
// 20,000". The figure is what the event may come to, not a count.
func modalBefore(d *figures.Document, fi int, h hit) bool {
	fs, _ := d.FigureTokens(fi)
	if h.end > fs || d.WordPos(fs)-d.WordPos(h.end) > 1 {
		return false
	}
	var buf [64]byte
	k := h.start - 1
	if k >= 0 && degreeAdverb(string(lowerInto(&buf, d.TokenText(k)))) || k >= 0 && string(lowerInto(&buf, d.TokenText(k))) == "soon" {
		k--
	}
	if k < 0 {
		return false
	}
	switch string(lowerInto(&buf, d.TokenText(k))) {
	case "could", "might", "may", "would", "will", "shall", "ll":
		return true
	}
	return false
}

// degreeAdverb reports whether w says by how much a figure moves:
// "eightfold", "sharply", "steadily".
func degreeAdverb(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "fold") || strings.HasSuffix(w, "ly"))
}

// comparative reports whether w compares a count with another: "higher",
// "more", "fewer".
func comparative(w string) bool {
	switch w {
	case "higher", "lower", "more", "fewer", "less", "greater", "larger", "smaller", "bigger":
		return true
	}
	return false
}

// increment reports whether figure fi is marked as added to a count
// before it: "Another 600,000 people fled", "a further 2,000", "an
// additional 1,500". For a running total it is a part, never the total.
func increment(d *figures.Document, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	var buf [64]byte
	if fs < 1 {
		return false
	}
	switch string(lowerInto(&buf, d.TokenText(fs-1))) {
	case "another", "further", "additional":
		return true
	}
	return false
}
