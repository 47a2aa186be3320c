package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A foreign country read at a time of its own, then "when", speaks of
// that country's count as "Syria's, where" does (placeevent.go,
// clauseOnForeignCountry): "eclipsing even Syria at its worst, when about
// 13 million people were uprooted", "larger than Somalia at the height of
// its famine, when ...". The time is a phrase of "at" and lower-case words
// between the country and the comma.

// timePhraseReach is how many words the phrase of time after the country
// may hold ("at the height of its war").
const timePhraseReach = 6

// countryTimeBefore returns the token before a phrase of "at" and
// lower-case words that ends at the comma at token k ("Syria at its
// worst,": the token of "Syria"), or -1.
func countryTimeBefore(d *figures.Document, s *figures.Sentence, k int) int {
	for t := k - 1; t > s.TokStart && k-t <= timePhraseReach+1; t-- {
		w := d.TokenText(t)
		if !isLowerWord(w) {
			return -1
		}
		if w == "at" {
			if t == k-1 {
				return -1
			}
			return t - 1
		}
	}
	return -1
}
