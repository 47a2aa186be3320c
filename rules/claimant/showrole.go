package claimant

import "strings"

// A programme's own person is named in a label by her role as a noun
// ("DANA COLE, ANCHOR", "AISHA RAHMAN, BYLINE") or by the work of it
// ("TESS CARLYLE, REPORTING", "MIKE ORTIZ, REPORTING FROM KYIV", "ALI
// HASSAN, ANCHORING", "SUSAN PIKE, PRESENTING"): the -ing form of a role
// names the same person, and her line is the programme's own speech, not
// a claimant's.

// showRole reports whether a label's word w is a programme's role: one of
// showRoles, or the -ing form of one ("reporting" for reporter, "hosting"
// for host, "narrating" for narrator).
func showRole(w string) bool {
	if showRoles[w] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 3 {
		return false
	}
	return showRoles[stem] || showRoles[stem+"er"] || showRoles[stem+"or"]
}

// newsroomUnits are the sections of an outlet's own newsroom that a label
// names its reporter by ("ANIL RAI, SPORTS DESK", "MAYA DEV, METRO
// NEWSROOM"): the desk is the outlet's, so the line is the programme's own
// speech, as after "CORRESPONDENT" (claim118). Only a label's last word is
// read so ("HELP DESK VOLUNTEER" is a volunteer), and only in labels; in a
// sentence "the desk" is left as written.
var newsroomUnits = set("desk newsroom")
