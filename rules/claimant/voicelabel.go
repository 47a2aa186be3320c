package claimant

import "strings"

// A programme's voice speaking another's words names whom in brackets
// after its role: "INTERPRETER (for IFRC head Jagan Chapagain):",
// "TRANSLATOR (VOICE-OVER FOR SAMIR HADDAD, DISPLACED FROM JABALIA):",
// "CALLER (MARGARET, FROM SHREWSBURY):". The role is no speaker of its
// own; the bracket is the label, read as one (claim27c). A stage note
// after a speaker's own name ("SAMIR, RESIDENT (through interpreter):")
// stays a note.

// voiceRoles are the labels that speak for someone named in brackets.
var voiceRoles = set("interpreter translator caller voiceover voice")

// voiceLeads open the bracket before whom the voice speaks for.
var voiceLeads = []string{"voice-over for ", "voiceover for ", "voice of ", "for "}

// voiceLabel returns, for a label's words before the colon, the bytes
// [s, e) of the speaker named in the bracket after a voice's role, and
// whether there is one.
func voiceLabel(label string) (int, int, bool) {
	o := strings.IndexByte(label, '(')
	c := strings.LastIndexByte(label, ')')
	if o <= 0 || c < o || strings.TrimSpace(label[c+1:]) != "" {
		return 0, 0, false
	}
	words := normWords(label[:o])
	if len(words) != 1 || !voiceRoles[words[0]] {
		return 0, 0, false
	}
	s := o + 1
	for _, lead := range voiceLeads {
		if len(label)-s > len(lead) && strings.EqualFold(label[s:s+len(lead)], lead) {
			s += len(lead)
			break
		}
	}
	// "CALLER (MARGARET, FROM SHREWSBURY)": a voice lends its words to
	// one person, and a segment "from" a place is where that person is
	// from.
	if k := strings.Index(strings.ToLower(label[s:c]), ", from "); k > 0 {
		c = s + k
	}
	// "CALLER (Abdul Karim, Barpeta)", "CALLER (MARVA, ST MICHAEL)": a
	// caller rings in as herself, no body's voice, and what follows her
	// name after a comma is where she rings from (claim110); an
	// interpreter's bracket keeps its description for the label's
	// reader ("FOR SAMIR HADDAD, DISPLACED FROM JABALIA").
	if k := strings.IndexByte(label[s:c], ','); k > 0 && words[0] == "caller" {
		c = s + k
	}
	if strings.TrimSpace(label[s:c]) == "" {
		return 0, 0, false
	}
	return s, c, true
}
