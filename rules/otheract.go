package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An earlier year inside a relative clause that has a subject of its own
// dates that subject's act, not the count of the clause the relative hangs
// on: "The 50,000 quake dead are the victims of an amnesty that he signed
// in 2018", "the price of a zoning pardon which the government announced
// in 2018". The relative's noun is no event (an amnesty, a code, a
// building): a war or a disaster named so ("the quake that struck Izmit
// in 1999") is the earlier event the sentence counts, and its relative has
// no subject of its own anyway (year_of_other_act.yaml).

// relativeActAt reports whether token t, before the "in" of a year at
// token k, opens a relative clause ("that", "which") on a lower-case noun
// that names no event, whose own subject follows it: a name, a pronoun,
// or a determiner and its noun. The year closing the sentence then dates
// that clause's act.
func relativeActAt(d *figures.Document, s *figures.Sentence, t, k int) bool {
	if w := d.LowerTokenText(t); w != "that" && w != "which" || t-1 < s.TokStart || t+2 > k {
		return false
	}
	if n := d.LowerTokenText(t - 1); !isLowerWord(d.TokenText(t-1)) || inFigure(d, t-1) || eventNoun(n) || eventWord(n) || determiner(n) {
		return false
	}
	switch subj := d.LowerTokenText(t + 1); {
	case subj == "he" || subj == "she" || subj == "they" || subj == "we" || subj == "it":
		return true
	case named(d, t+1):
		return true
	case article(subj) || possessiveDeterminer(subj):
		// "which the government announced": a determiner, its noun,
		// then the verb before the year.
		return t+3 < k && isLowerWord(d.TokenText(t+2)) && isLowerWord(d.TokenText(t+3))
	}
	return false
}
