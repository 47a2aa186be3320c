package claimant

// The people a poll or survey asked are its sample, not who gives its
// result: "A poll of 1,200 Berliners puts the Greens 6 points ahead",
// "Survey of 3,000 renters finds 26% behind on rent – Shelter". A subject
// read back from the verb stops at their count and finds people there
// ("Berliners", "renters"), but the verb's subject is the findings: with
// no maker named, the figure is no one's, or the headline source's after
// a dash. "Two doctors at the clinic said" are people counted who speak.

// sampleOfFindings reports whether the phrase [s, e), people with no
// determiner inside it, follows a count, "of" and a findings noun: "poll
// of 2,000 voters". "the list of 37,000 Palestinians the Gaza health
// ministry says have been killed" has the ministry as its verb's subject,
// after the counted people's noun.
func (v *view) sampleOfFindings(s, e int) bool {
	if e-s > 3 {
		return false
	}
	for m := s; m < e; m++ {
		if v.toks[m].has(cDeterminer) {
			return false
		}
	}
	k := s - 1
	if k < 0 || !v.toks[k].num && !v.toks[k].fig {
		return false
	}
	for k > 0 && (v.toks[k-1].num || v.toks[k-1].fig) {
		k--
	}
	return k >= 2 && v.isOne(k-1, wOf) && v.toks[k-2].has(cFindingNoun)
}
