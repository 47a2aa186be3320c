package claimant

import "strings"

// learnedAtBody reports whether a label's segment [c+1, end), one word
// after a learned calling alone in the segment [p, c) ("DR. AMINA DIALLO,
// EPIDEMIOLOGIST, INRB:", "..., VIROLOGIST, PASTEUR:"), names the
// institution she works at, not where she is: a scientist speaks from
// her institute as a farmer speaks from her village (convention 1: a
// staff member speaks for the body), when the word is shaped as initials
// (initialsShaped). A place the rules know stays a place, and so does any
// word shaped as a town's name ("..., EPIDEMIOLOGIST, BENI"; claim51b).
func (v *view) learnedAtBody(p, c, end int) bool {
	if c-p != 1 || end-c-1 != 1 || v.placeName(c+1, end) || v.knownPlace(c+1, end) {
		return false
	}
	w := v.toks[p].low
	return (learnedOne[w] || len(w) > 8 && strings.HasSuffix(w, "ologist")) && initialsShaped(v.toks[c+1].low)
}

// initialsShaped reports whether a word of a shouted label reads as a
// body's initials, not a town's name: six letters at most, and three
// consonants in a row ("INRB", "INSP") or no vowel at all, where a town
// alternates them ("BENI", "GULU", "NAMPULA"; review51). A label written
// in capitals shows no other sign of initials.
func initialsShaped(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	run, vowels := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case strings.IndexByte("aeiouy", c) >= 0:
			run = 0
			vowels++
		case c >= 'a' && c <= 'z':
			run++
			if run >= 3 {
				return true
			}
		default:
			return false
		}
	}
	return vowels == 0
}
