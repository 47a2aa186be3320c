package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A host country's amount reads the same with "gets" for "receives" and a
// speaker's aside between the country and its verb: "Egypt, by the way,
// gets one point three billion a year in FMF", "Jordan, for its part, gets
// about $425 million". The aside is a short run of lower-case words
// between commas right before the verb (hostreceives.go reads the rest).

// gettingVerb reports whether lower-cased w takes money or people in as
// receivingVerb's words do: "gets", "got".
func gettingVerb(w string) bool {
	return receivingVerb(w) || w == "gets" || w == "got" || w == "getting"
}

// asideReach is how many words a speaker's aside between a subject and
// its verb may hold.
const asideReach = 5

// pastCommaAside returns the token before a comma aside that ends at the
// comma at token t ("Egypt, by the way,": the token of "Egypt"), or t when
// t holds no such comma.
func pastCommaAside(d *figures.Document, s *figures.Sentence, t int) int {
	if d.TokenText(t) != "," {
		return t
	}
	for k := t - 1; k > s.TokStart && k >= t-1-asideReach; k-- {
		w := d.TokenText(k)
		if w == "," {
			if k == t-1 {
				return t
			}
			return k - 1
		}
		if !isLowerWord(w) {
			return t
		}
	}
	return t
}
