package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An aside between a subject keyword and its verb is about the subject or
// who reports it, not about what the figure counts: "The death toll, the
// ministry said in a statement that also accused Israel of targeting
// shelters, has risen to 45,028". An exclude_near word inside it ("Israel",
// "shelters") is as far from the figure as the aside is long, and voids
// nothing, as a word of the aside does not part the keyword from its figure
// (asideWords). The aside is the one asideWords reads after a noun
// keyword: opened by a comma or a dash straight after it and closed by
// the same before an auxiliary ("has risen"), with no amount in it.

// inSubjectAside reports whether exclude_near hit ex lies inside the aside
// that stands between noun keyword hit kw and the verb of the figure
// starting at token fs.
func inSubjectAside(d *figures.Document, kw, ex hit, fs int) bool {
	t := kw.end
	if t >= fs || ex.start <= t || ex.end > fs || !nounKeyword(d, kw) {
		return false
	}
	closing := -1
	switch {
	case isDash(d.TokenText(t)):
		closing = subjectDashAsideEnd(d, t, fs)
	case d.TokenText(t) == ",":
		closing = subjectAsideEnd(d, t, fs)
	}
	return closing > 0 && ex.end <= closing
}
