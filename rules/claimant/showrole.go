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

// newsroomDesk reports whether a label's words close on a newsroom's desk
// ("ANIL RAI, SPORTS DESK", "MAYA DEV, METRO DESK"): the desk is the
// outlet's, so the line is the programme's own speech, as after
// "CORRESPONDENT" (claim118). A desk that serves the public ("AIRPORT
// INFORMATION DESK", "HOSPITAL HELP DESK") or a body's or a site's
// ("CLINIC DESK") is where a speaker works, and her label keeps it. Only
// labels read desks; in a sentence "the desk" is left as written. (A
// "bureau" is left out: it names government bodies as often, "STATISTICS
// BUREAU", as a newsroom's office in a city.)
func newsroomDesk(words []string) bool {
	n := len(words)
	if n < 2 || words[n-1] != "desk" {
		return false
	}
	w := words[n-2]
	return !serviceDesks[w] && !bodyNouns[w] && !institutionNouns[w] && !workSites[w]
}

// serviceDesks are the desks that serve the public, where a speaker works.
var serviceDesks = set("help information service front reception ticket booking enquiry enquiries inquiry inquiries customer passenger visitor visitors tourist guest security")
