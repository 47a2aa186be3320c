package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure that completes a modal "be" says what a count will or may come
// to, not what was counted: "the true number of deaths could eventually
// be as high as 186,000", "the toll will be 40,000 by Christmas", "might
// one day be 100,000". modalProjection reads the modal before the "be"
// as it does before a verb that sets a figure ("could reach"). The figure
// as the modal's subject is another reading ("As many as 15 million
// people may have been displaced" estimates a count: modalAfter), and a
// past conjecture ("may have been around 64,000") has "been", not "be".

// modalBeComplement reports whether token k, right before a figure, is a
// "be" whose subject is no existential "there": "there could be as many
// as 1.5 million people in Rafah" says how many are there now.
func modalBeComplement(d *figures.Document, k int) bool {
	if d.LowerTokenText(k) != "be" {
		return false
	}
	v := timeBeforeVerb(d, k-1)
	for j := v - 1; j >= 1 && j >= v-2; j-- {
		if comingModal(d.LowerTokenText(j)) {
			return d.LowerTokenText(j-1) != "there"
		}
	}
	return false
}
