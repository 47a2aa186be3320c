package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// gatheringWords is how many words may stand between a gathering's noun
// and the verb of drawing people it is the subject of: "The Detroit-area
// rally drew", "Saturday's march, which drew".
const gatheringWords = 6

// gatheringSize reports whether figure fi is the size of a gathering: the
// object of a verb of drawing people right before it ("drew", "attracted")
// whose subject, a few words back in the clause or the noun a "which"
// clause hangs on, names a gathering — "The Detroit-area rally drew about
// 3,000 people, organizers said, many carrying the names of relatives
// killed in Gaza", "Saturday's march, which drew an estimated 10,000".
// Local copy on vigils, rallies and marches names the crowd, then those it
// mourns, and the mourned words stand near the crowd's figure. A verb of
// drawing whose subject is no gathering ("the war has drawn ...") stays.
func gatheringSize(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if fs-2 < s.TokStart || !drawingVerb(word(fs-1)) {
		return false
	}
	for k, n := fs-2, 0; k >= s.TokStart && n < gatheringWords; k, n = k-1, n+1 {
		w := word(k)
		if gatheringNoun(w) && (isLowerWord(d.TokenText(k)) || k == s.TokStart) {
			return true // not the month: "since March drew"
		}
		if w == "," && (word(k+1) == "which" || word(k+1) == "that") {
			continue // "Saturday's march, which drew"
		}
		if !d.Tokens[k].IsWord() && !ownerMark(d, k) && w != "-" || figureAt(d, k) >= 0 {
			return false
		}
	}
	return false
}

// drawingVerb reports whether lower-cased w is a verb whose object is the
// people a gathering brings together: "drew", "attracted".
func drawingVerb(w string) bool {
	switch w {
	case "drew", "draws", "draw", "drawing", "attracted", "attracts", "attract", "attracting":
		return true
	}
	return false
}

// gatheringNoun reports whether lower-cased w names a gathering of people:
// a rally, a march, a vigil.
func gatheringNoun(w string) bool {
	switch w {
	case "rally", "rallies", "march", "marches", "vigil", "vigils", "protest", "protests", "demonstration", "demonstrations",
		"gathering", "gatherings", "procession", "memorial", "funeral", "service", "crowd", "crowds", "event":
		return true
	}
	return false
}
