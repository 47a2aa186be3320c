package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A wire dateline before the dash ("RAMALLAH (wire) —", "KYIV (Northern
// Wire) —") says where the copy was filed, as a live blog's time stamp
// says when: the sentence starts after the dash, so a place fronted there
// ("— In the occupied West Bank, ...") frames the sentence as it would
// with no dateline.

// datelineOpens reports whether sentence s opens with a dateline: a name
// in capitals right before a bracket that names the agency.
func datelineOpens(d *figures.Document, s *figures.Sentence) bool {
	return s.TokStart+1 < s.TokEnd && upperWord(d.TokenText(s.TokStart)) && d.TokenText(s.TokStart+1) == "("
}
