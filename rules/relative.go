package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A noun and the figure a clause after it gives it: "the remaining
// battalions in Rafah, which he put at four", "..., thought to number
// five"; and a name's apposition, whose figure says what the name is.

// relativeValue reports whether the figure starting at token fs is the
// value a relative clause gives keyword hit h's noun: "the remaining
// battalions in Rafah, which he put at four", "the missing, whom the Red
// Crescent puts at more than 10,000", "..., whose number officials put at
// 2,400". The keyword ends the noun phrase before the comma (at most
// antecedentWords words after it); the clause, no comma or other count in
// it, ends in a verb of estimating and "at", or in "number(s)" or
// "total(s)", right before the figure.
func relativeValue(d *figures.Document, h hit, fs int) bool {
	const antecedentWords, clauseWords = 10, 9
	if h.end >= fs || fs < 2 {
		return false
	}
	switch d.LowerTokenText(fs - 1) {
	case "at", "number", "numbers", "numbered", "total", "totals", "totalled", "totaled", "was", "is", "were", "are", "be",
		"now", "still", "only", "just":
	default:
		return false // the clause ends in no word that gives a value
	}
	comma := -1 // the comma, dash or parenthesis that opens the clause
	for t := h.end; t < fs; t++ {
		if w := d.TokenText(t); w == "," || w == "—" || w == "–" || w == "(" {
			comma = t
			break
		}
		if fj := figureAt(d, t); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			return false
		}
	}
	if comma < 0 || d.WordPos(comma)-d.WordPos(h.end) > antecedentWords || comma+1 >= fs {
		return false
	}
	if reducedValueClause(d, comma+1, fs) {
		return true
	}
	switch d.LowerTokenText(comma + 1) {
	case "which", "whom", "whose":
	default:
		return false
	}
	if d.WordPos(fs)-d.WordPos(comma+1) > clauseWords {
		return false
	}
	for t := comma + 2; t < fs; t++ {
		if !d.Tokens[t].IsWord() || inFigure(d, t) {
			return false
		}
	}
	switch d.LowerTokenText(fs - 1) {
	case "number", "numbers", "numbered", "total", "totals", "totalled", "totaled":
		return true
	case "was", "is", "were", "are":
		// "which officials told lawmakers was more than 100": what was
		// said of the noun's count, after a verb of saying.
		for t := comma + 2; t < fs-1; t++ {
			if actsOrSpeaks[d.LowerTokenText(t)] {
				return true
			}
		}
		return false
	case "at":
	default:
		return false
	}
	for t := comma + 2; t < fs-1; t++ {
		if estimateVerb(d.LowerTokenText(t)) {
			return true
		}
	}
	return false
}

// reducedValueClause reports whether tokens [k, fs) give the noun before
// them its figure at fs without a relative pronoun of their own: "of which
// there are four", "thought to number four", "believed to be about 1.4
// million".
func reducedValueClause(d *figures.Document, k, fs int) bool {
	word := func(t int) string { return d.LowerTokenText(t) }
	if fs-k > 3 {
		switch word(fs - 1) {
		case "now", "still", "only", "just":
			fs-- // "of which there are now six"
		}
	}
	switch fs - k {
	case 4: // "of which there are"
		if w := word(k); w != "of" {
			return false
		}
		if w := word(k + 1); w != "which" && w != "whom" {
			return false
		}
		if word(k+2) != "there" {
			return false
		}
		switch word(k + 3) {
		case "are", "were", "is", "was":
			return true
		}
	case 3: // "thought to number"
		switch word(k) {
		case "thought", "believed", "said", "estimated", "reckoned", "reported", "understood", "known":
		default:
			return false
		}
		if word(k+1) != "to" {
			return false
		}
		switch word(k + 2) {
		case "number", "be", "total":
			return true
		}
	}
	return false
}

// estimateVerb reports whether w is a verb that puts a figure on a count:
// "put at", "estimates at", "placed at".
func estimateVerb(w string) bool {
	switch w {
	case "put", "puts", "putting", "estimate", "estimates", "estimated", "place", "places", "placed",
		"peg", "pegs", "pegged", "reckon", "reckons", "reckoned", "count", "counts", "counted", "assess", "assesses", "assessed",
		"number", "numbers", "numbered":
		return true
	}
	return false
}

// inApposition reports whether figure fi of sentence s stands in an
// apposition on a name ("Rafah, a city of roughly 275,000 before the war,")
// with no keyword of role r inside it: the figure says what the name is,
// not what the sentence's keywords count.
func inApposition(st *docState, s *figures.Sentence, hits []hit, r role, fi int) bool {
	open, end := st.appositionSpan(s, fi)
	if open < 0 {
		return false
	}
	for _, h := range hits {
		if h.ref.role == r && h.start >= open && h.end <= end {
			return false
		}
	}
	return true
}

// appositionOf returns the span [open, end) of the apposition on a name
// that figure fi of sentence s stands in, from its "a" or "an" to the
// comma that closes it, or -1, -1. It is the same for every metric, so
// inApposition reads it once per figure.
func appositionOf(d *figures.Document, s *figures.Sentence, fi int) (int, int) {
	fs, fe := d.FigureTokens(fi)
	open := -1
	for k := fs - 1; k > s.TokStart && fs-k <= 6; k-- {
		if d.TokenText(k) == "," {
			if k+1 < fs {
				if w := d.TokenText(k + 1); (w == "a" || w == "an") && named(d, k-1) {
					open = k + 1
				}
			}
			break
		}
	}
	if open < 0 {
		return -1, -1
	}
	for k := fe; k < s.TokEnd; k++ {
		if d.TokenText(k) == "," {
			return open, k
		}
	}
	return -1, -1
}
