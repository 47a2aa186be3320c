package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A whole marked as such: a figure that says it is the sum of the counts
// beside it, or a sentence that names a whole spanning places.

// totalMarked reports whether figure fi of sentence s is marked as the
// whole of the counts beside it: "a combined 50,000", "59,259 in all",
// "50,000 in total", "50,000 altogether".
func totalMarked(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fs > s.TokStart {
		switch d.LowerTokenText(fs - 1) {
		case "combined", "overall", "total":
			return true
		}
	}
	// The mark may follow the figure's noun: "12 million people in
	// total", "1,950 prisoners in all", "50,000 dead all told".
	word := sentenceWords(d, s)
	for t := fe; t < fe+3 && t < s.TokEnd; t++ {
		switch word(t) {
		case "altogether", "combined", "overall":
			return true
		case "in":
			return word(t+1) == "all" || word(t+1) == "total"
		case "all":
			return word(t+1) == "told"
		}
		if !isLowerWord(d.TokenText(t)) || figureAt(d, t) >= 0 {
			return false
		}
	}
	return false
}

// wholeNamed reports whether sentence s names the whole of a running total
// that spans places, so that a place framing the sentence ("India's
// weather office says") is where the source is, not the part counted: the
// figure marked as the whole ("a combined 2,600"), "both" before a plural
// ("across both countries"), or an exclude_near place joined to another
// ("the floods in Pakistan and India").
func wholeNamed(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if totalMarked(d, s, fi) {
		return true
	}
	for _, h := range hits {
		if h.ref.role == roleNear && joinedPlace(d, h) {
			return true
		}
	}
	for k := s.TokStart; k+1 < s.TokEnd; k++ {
		if d.LowerTokenText(k) == "both" {
			if w := d.TokenText(k + 1); isLowerWord(w) && strings.HasSuffix(w, "s") {
				return true
			}
		}
	}
	return false
}
