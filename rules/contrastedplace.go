package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A spoken sentence may front a country with "they say" and set it against
// a second place: "In Ukraine they say ten thousand civilians dead, but in
// Gaza is more than that", "In Yemen they say 150,000 dead, while in Gaza
// ...". Alone, the pronoun that speaks makes the fronted country where the
// speakers are ("In Chad they say 10 million ...": speakerPronoun), and
// the count may be the story's own; set against another "in" phrase, the
// first country is the count's, as the second place is its clause's.

// contrastedPlaceAfter reports whether the clause of figure fi of sentence
// s ends at a comma or semicolon followed by "but", "while", "whereas" or
// "yet" and then "in": another place set against the figure's.
func contrastedPlaceAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for k := fe; k+2 < s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ",", ";":
			return contrastOpener(d.LowerTokenText(k+1)) && d.LowerTokenText(k+2) == "in"
		case ":", "—", "–":
			return false
		}
	}
	return false
}
