package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "New" right after a figure says what it counts was added in a period:
// "1,140 new mpox cases this week", "1,100 newly reported cases". For a
// running total that is how much the count grew, as "another" and "a
// further" say (increment), and a later figure the sentence carries to a
// total is the total. The adjective is matched in lower case only: "2,100
// New Jersey cases" and "2,000 New Yorkers" are a place's. "Newly" counts
// only before a verb of recording ("newly reported", "newly confirmed"):
// "newly dug graves" are graves, and "fresh graves" are too, as many as
// the dead. New ones counted from the count's own start ("since the
// outbreak began", "so far", "to date") or called a total ("a total of",
// "in all") are the whole count of new ones, the total itself.

// newIncrement reports whether figure fi of sentence s counts new ones
// only: a word of newness right after it, and no word of the whole count
// in its clause.
func newIncrement(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd {
		return false
	}
	switch d.TokenText(fe) {
	case "new":
	case "newly":
		if fe+1 >= s.TokEnd || !recordingParticiple(d.LowerTokenText(fe+1)) {
			return false
		}
	default:
		return false
	}
	// Before the figure: its sentence's opening words, up to the figure.
	for k := s.TokStart; k < fs; k++ {
		if wholeCountWord(d, k) {
			return false
		}
	}
	// After it: up to the next comma or the next figure, whose own
	// clause says what that figure is.
	for k := fe + 1; k < s.TokEnd; k++ {
		if d.TokenText(k) == "," || d.TokenText(k) == ";" || inFigure(d, k) {
			break
		}
		if wholeCountWord(d, k) {
			return false
		}
	}
	return true
}

// wholeCountWord reports whether token k says a count runs from its start
// or is whole: "since", "so far", "to date", "total of", "in all",
// "altogether", "cumulative".
func wholeCountWord(d *figures.Document, k int) bool {
	switch w := d.LowerTokenText(k); w {
	case "since", "altogether", "cumulative", "cumulatively", "overall":
		return true
	case "far", "date", "of", "all":
		if k == 0 {
			return false
		}
		prev := d.LowerTokenText(k - 1)
		return (w == "far" && prev == "so") || (w == "date" && prev == "to") ||
			(w == "of" && prev == "total") || (w == "all" && prev == "in")
	}
	return false
}

// recordingParticiple reports whether lower-cased w records a case:
// "reported", "confirmed", "registered".
func recordingParticiple(w string) bool {
	switch w {
	case "reported", "recorded", "confirmed", "registered", "diagnosed", "detected", "identified", "notified", "logged":
		return true
	}
	return false
}
