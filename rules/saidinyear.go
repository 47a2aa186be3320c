package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// What was said in an earlier year is that year's figure: "We were told in
// 2014 that 2,200 dead was the price of quiet", "the UN estimated in 2005
// that 300,000 had died in Darfur", "officials warned in 2016 that ...". A
// verb of saying in the past, "in" and the year, then "that": the clause
// the verb reports holds what was counted then. "The ministry said in 2024
// that 35,000 had been killed" is no earlier year when the count began in
// 2023 (earlierEvent reads only years before since).

// saidInYear reports whether the "in" at token k, before a year, dates a
// verb of saying whose reported clause opens with "that" right after the
// year.
func saidInYear(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if k-1 < s.TokStart || word(k+2) != "that" {
		return false
	}
	switch w := word(k - 1); w {
	case "said", "told", "warned", "estimated", "reported", "wrote", "argued", "claimed", "promised",
		"announced", "insisted", "assured", "heard", "learned", "learnt", "believed", "thought":
		return true
	}
	return false
}
