package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Why: "NAME alone" marks the part a place holds (alonePart), but the part
// may be taken "of" a whole figure: "Chad alone is hosting hundreds of
// thousands of the 9.9m people Sudan's war has displaced". The place's
// part is the taker's figure; the whole after "of the" is the running
// total itself, and "alone" says nothing of it.

// aloneSpareWhole reports whether figure fi of sentence s is the whole an
// amount just before it takes a part of ("of the 9.9m"), for a running
// total: "alone" marks the taker, not it.
func (m *metric) aloneSpareWhole(d *figures.Document, s *figures.Sentence, fi int) bool {
	return m.spec.Total && wholeOfPart(d, s, fi)
}
