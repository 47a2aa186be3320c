package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "The first war" of a place is an earlier one than the war a metric
// counts: "Darfur, 20 years on: 300,000 dead, 2.5 million uprooted in the
// first war", "killed during the first intifada". After the figure, in its
// clause, it dates what the figure counts (otherTime). Only a war's noun
// is read: "the first quake" or "the first week" is a part of the metric's
// own event, which other readings weigh.

// firstWar reports whether "first" at token k, after "the", names a war:
// "the first war", "the first Darfur war", "the first intifada".
func firstWar(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if k <= s.TokStart || word(k-1) != "the" {
		return false
	}
	for j := k + 1; j < s.TokEnd && j <= k+3; j++ {
		switch word(j) {
		case "war", "wars", "intifada", "conflict", "genocide", "insurgency", "uprising", "rebellion":
			return true
		}
		if !named(d, j) && word(j) != "civil" {
			return false // "the first weeks of the war"
		}
	}
	return false
}
