package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A wire dateline says where the copy was filed: its town, then its
// country ("MARRAKECH, Morocco (AP) —", "KATHMANDU, Nepal (Reuters) -").
// When the country is none of a running total's own places and the
// sentence's words after the dateline name none of them either, the
// sentence tells that country's count: "The death toll from Friday's
// earthquake rose to 2,946" under a Moroccan dateline is Morocco's quake.
// A sentence that names the metric's place keeps its figure wherever it
// was filed ("KINGSTON, Jamaica (CMC) — The Gaza health ministry said
// ..."), and so does a dateline in the metric's own country ("ANTAKYA,
// Turkey") or one with no country ("GENEVA (Reuters) —").
// (dateline_elsewhere.yaml)

// datelinedElsewhere reports whether sentence s opens with a dateline
// whose country is not one of metric m's places, and names none of m's
// places after it.
func (m *metric) datelinedElsewhere(d *figures.Document, s *figures.Sentence) bool {
	// The cheap test first: a word in capitals and a comma open it.
	if len(m.places) == 0 || s.TokStart+2 >= s.TokEnd || d.TokenText(s.TokStart+1) != "," || !upperWord(d.TokenText(s.TokStart)) {
		return false
	}
	end := datelineEnd(d, s)
	if end < 0 {
		return false
	}
	foreign := false
	for k := s.TokStart + 2; k < end; k++ {
		w := d.TokenText(k)
		if w != "(" && w != "," && !datelineDash(w) {
			continue
		}
		// The country is the name that ends before the bracket, the
		// date's comma or the dash.
		c := countryBefore(d, s, k)
		if c < s.TokStart+2 {
			continue
		}
		for t := c; t < k; t++ {
			if !slices.Contains(m.places, d.LowerTokenText(t)) {
				foreign = true
			}
		}
		if !foreign {
			return false // the metric's own country: "ANTAKYA, Turkey"
		}
		break
	}
	return foreign && !m.ownPlaceIn(d, end, s.TokEnd)
}
