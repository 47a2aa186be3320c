package claimant

import "strings"

// Indian and Pakistani broadcasters write a retired officer's rank with a
// note in brackets, inside the speaker's label: "COL. R. K. SINGH (RETD),
// DEFENCE ANALYST:", "MAJ. GEN. (RETD) ANIL VERMA:". The note belongs to
// the rank; the label is read without it, as without a closing stage note.

// rankNotes are the words of a rank's note, lower case.
var rankNotes = set("retd retired ret")

// rankNoteLen returns the length of a rank's note in brackets opening s
// ("(RETD)", "(Retd.)"), 0 when s opens otherwise.
func rankNoteLen(s string) int {
	if len(s) < 4 || s[0] != '(' {
		return 0
	}
	c := strings.IndexByte(s, ')')
	if c < 0 || !rankNotes[strings.ToLower(strings.TrimSuffix(s[1:c], "."))] {
		return 0
	}
	return c + 1
}

// rankNote reports whether tokens k to k+2 are a rank's note in brackets.
func (v *view) rankNote(k int) bool {
	return k+2 < len(v.toks) && v.isOne(k, wOpenBracket) && rankNotes[v.toks[k+1].low] && v.isOne(k+2, wCloseBracket)
}
