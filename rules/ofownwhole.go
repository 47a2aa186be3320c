package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure followed by "of" and the metric's own keyword after a
// determiner or an owner is a part of the whole the keyword names: "Israel
// may spend up to $725 million of its Foreign Military Financing inside
// Israel". The whole is the metric's; the figure is what a part of it does
// or is. A noun between ("12 million of its people driven from their
// homes", "1.1 million of Rafah's occupants are displaced") makes the
// figure the count of that noun, and is not read so. Only for a sum of
// money: units counted where they are ("four of Hamas's battalions are
// holed up in Rafah") are the metric's part by its place, which the metric
// counts, and a running total's "4,210 of the dead" is read by
// keywordDropped's partitive already.

// partOfOwnKeyword reports whether figure fi of sentence s is followed by
// "of", "its", "their", "the" or an owner's "'s", and a keyword hit of
// the metric right after, perhaps past the metric's required words.
func partOfOwnKeyword(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if fe+2 >= s.TokEnd || d.LowerTokenText(fe) != "of" {
		return false
	}
	k := fe + 1
	switch d.LowerTokenText(k) {
	case "its", "their", "the":
		k++
	default:
		if k+2 >= s.TokEnd || !isApostrophe(d.TokenText(k+1)) || !foldsToS(d.TokenText(k+2)) || !named(d, k) {
			return false
		}
		k += 3 // "of Israel's Foreign Military Financing"
	}
	// The metric's required word may stand between, as the keyword's own
	// modifier inside the whole's noun phrase: "$3.3bn of Washington's
	// annual military aid", "of the yearly aid package" (tune47).
	// A keyword may itself open with the required word ("yearly aid").
	past := pastRequireWords(hits, k)
	return keywordAt(hits, k) || keywordAt(hits, past)
}

// pastRequireWords returns the first token at or after k that no require
// hit starting there covers: the metric's own required words ("annual",
// "yearly") in a row, skipped.
func pastRequireWords(hits []hit, k int) int {
	for moved := true; moved; {
		moved = false
		for _, h := range hits {
			if h.ref.role == roleRequire && h.start == k && h.end > k {
				k, moved = h.end, true
			}
		}
	}
	return k
}
