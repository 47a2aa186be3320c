package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure after "among the" in the predicate of a sentence is the whole
// someone is counted among: "Of the 1.4 million Palestinians crammed into
// Rafah, many have lost relatives among the more than 28,000 killed in
// Gaza since October". A fronted "Of the ..." names the whole the
// sentence's subject ("many") is a part of, not the whole of that
// figure, which is a definite group of its own. ("Among them 14,000
// children", with no article, is still a part: includedPart.)

// amongTheWhole reports whether the figure starting at token fs of
// sentence s stands right after "among the" or "amongst the".
func amongTheWhole(d *figures.Document, s *figures.Sentence, fs int) bool {
	if fs-2 < s.TokStart || d.LowerTokenText(fs-1) != "the" {
		return false
	}
	w := d.LowerTokenText(fs - 2)
	return w == "among" || w == "amongst"
}
