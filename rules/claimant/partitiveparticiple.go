package claimant

import "strings"

// A share of counted things names them by a plural noun that an -ed form
// may follow as a reduced relative clause: "57 of the drownings logged
// after the floods", "most of the cases entered this week", "half of the
// bodies counted by Friday". The form says the things were recorded; the
// plural is no source that records them, and who did is left to the rest
// of the text (convention 4). "The clinics recorded 41 deaths" has the
// plural as the subject of a verb with an object, and no share before it.

// shareWords open a share of counted things before "of": "most of the
// cases", "half of the dead".
var shareWords = set("most half third quarter fifth tenth all some many majority share bulk few none")

// partitiveParticiple reports whether the -ed form at i follows "of the"
// and a lower-case plural, after a figure or a word of a share: the form
// is a participle describing the plural, no verb of claim.
func (v *view) partitiveParticiple(i, lo int) bool {
	if i-4 < lo || !strings.HasSuffix(v.toks[i].low, "ed") {
		return false
	}
	n := &v.toks[i-1]
	if !n.word || n.capital || !strings.HasSuffix(n.low, "s") || n.has(cBody) || n.inLexicon() && !n.has(cPeople) {
		return false
	}
	if !v.isOne(i-2, wThe) || !v.isOne(i-3, wOf) {
		return false
	}
	q := &v.toks[i-4]
	return q.fig || q.num || q.word && !q.capital && shareWords[q.low]
}
