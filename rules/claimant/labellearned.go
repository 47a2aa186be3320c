package claimant

import "strings"

// learnedAtBody reports whether a label's segment [c+1, end), one word
// after a learned calling alone in the segment [p, c) ("DR. AMINA DIALLO,
// EPIDEMIOLOGIST, INRB:", "..., VIROLOGIST, PASTEUR:"), names the
// institution she works at, not where she is: a scientist speaks from
// her institute as a farmer speaks from her village (convention 1: a
// staff member speaks for the body). A place the rules know stays a place
// ("..., EPIDEMIOLOGIST, GOMA"; claim51b).
func (v *view) learnedAtBody(p, c, end int) bool {
	if c-p != 1 || end-c-1 != 1 || v.placeName(c+1, end) || v.knownPlace(c+1, end) {
		return false
	}
	w := v.toks[p].low
	return learnedOne[w] || len(w) > 8 && strings.HasSuffix(w, "ologist")
}
