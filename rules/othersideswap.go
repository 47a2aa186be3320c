package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A swap of another war names its own peoples where a swap of the
// metric's names the metric's sides: "95 Russian servicemen were returned
// ..., and in return 95 prisoners of war of the Armed Forces of Ukraine
// were handed over". A figure headed by a country's demonym that is no
// side of the metric (as headSide reads a side: right after the figure,
// past words of degree or description), in a sentence where no side word
// stands at all, tells that the swap is another one: none of its figures
// is a value, nor the other side of one. A side named anywhere keeps the
// sentence the metric's ("24 Israeli hostages ..., hours after 10 Thai
// farm workers were let go"), a people that names no country ("Bedouin")
// is no other war's, and neither is a demonym before a value's own word
// ("five American hostages": the metric's hostages may be of any
// nationality) unless "of war" makes it soldiers ("150 Ukrainian
// prisoners of war").

// otherPeoplesSwap reports whether sentence s tells another war's swap:
// metric m has sides, none of them is among hits, and a figure of s is
// headed by a country's demonym.
func (m *metric) otherPeoplesSwap(d *figures.Document, s *figures.Sentence, hits []hit) bool {
	if len(m.sidePhrases) == 0 {
		return false
	}
	for _, h := range hits {
		if h.ref.role == roleSide {
			return false
		}
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if !d.Figures[fi].Kind.IsAmount() {
			continue
		}
		_, fe := d.FigureTokens(fi)
		for k := fe; k < s.TokEnd && k <= fe+2; k++ {
			if !countryDemonym(d.TokenText(k)) || !headGap(d, fe, k) {
				continue
			}
			if e := valueWordAt(hits, k+1); e < 0 || ofWarAt(d, s, e) {
				return true
			}
		}
	}
	return false
}

// valueWordAt returns the end of a value's word that starts at token k,
// or -1.
func valueWordAt(hits []hit, k int) int {
	for _, h := range hits {
		if h.ref.role == roleValue && h.start == k {
			return h.end
		}
	}
	return -1
}

// ofWarAt reports whether "of war" stands at token k of sentence s.
func ofWarAt(d *figures.Document, s *figures.Sentence, k int) bool {
	return k+1 < s.TokEnd && d.LowerTokenText(k) == "of" && d.LowerTokenText(k+1) == "war"
}
