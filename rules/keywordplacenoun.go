package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A keyword that modifies a place's noun names the place, not what a
// figure counts: "displacement camps", "a displacement site",
// "displacement centres" are where people are, and "Sudan cholera cases
// hit 100,000 as rains flood displacement camps" counts cases. For a
// running total such a keyword is no keyword: a figure near it alone is
// not the total. A keyword of its own elsewhere in the sentence keeps the
// figure as it would. (keyword_names_place.yaml)

// placeNounAfter reports whether keyword hit h is followed right away by
// a noun of a place people stay in: "camps", "site", "centres".
func placeNounAfter(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.end >= s.TokEnd {
		return false
	}
	switch d.LowerTokenText(h.end) {
	case "camp", "camps", "site", "sites", "centre", "centres", "center", "centers", "settlement", "settlements":
		return true
	}
	return false
}

// onlyPlaceKeywords reports whether every keyword hit among hits is a
// modifier of a place's noun (placeNounAfter).
func onlyPlaceKeywords(d *figures.Document, s *figures.Sentence, hits []hit) bool {
	found := false
	for _, h := range hits {
		if h.ref.role != roleKeyword {
			continue
		}
		if !placeNounAfter(d, s, h) {
			return false
		}
		found = true
	}
	return found
}
