package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// partOfSharedWhole reports whether keyword hit h shares a word with
// another keyword hit of its metric that the figure spanning tokens
// [fs, fe) of sentence s is a part of: two phrases of one vocabulary met
// in one noun phrase name one whole. "Only two of the arms sales approved
// for Israel": "sales approved" carries on the whole "arms sales" names,
// and the figure is a part of it, however the words between "of" and
// "sales approved" read.
func partOfSharedWhole(d *figures.Document, s *figures.Sentence, fs, fe int, hits []hit, h hit) bool {
	for _, o := range hits {
		if o.ref.metric != h.ref.metric || o.ref.role != roleKeyword || o.start == h.start && o.end == h.end {
			continue
		}
		// h carries o's noun on past it ("arms sales" + "approved"); a
		// keyword held inside o ("military sales" in "foreign military
		// sales") is the phrase partOf has already weighed as a whole.
		if o.start < h.start && h.start < o.end && h.end > o.end && partOfKeyword(d, s, fs, fe, o) {
			return true
		}
	}
	return false
}
