package claimant

import "strings"

// Two more ways a next sentence points back at a figure and names its
// source: what was said came from someone ("Nearly 600,000 children face
// an offensive. The warning came on Tuesday from UNICEF"), and findings
// rest on someone's ("Fewer than 160 trucks a day reached Gaza. That
// comparison draws on UNRWA crossing data"). pointerSource reads the
// source after "from" or "on" as it reads "The figure comes from X".

// sumNouns stand for a sum of money as backNouns stand for a count.
var sumNouns = set("amount sum")

// toldSum reports whether the verb at k tells a sum pointed back at: a
// past verb of claim, or "gave", before "the" or a demonstrative and a
// sum's noun closing the clause or followed by a preposition ("gave the
// amount at a press conference", "confirmed that sum on Tuesday"). A verb
// that does something with the sum ("paid the sum", "released the
// amount", "provided the sum": origin's other verbs) tells nothing of it.
func (v *view) toldSum(k int) bool {
	t := &v.toks[k]
	if k+2 >= len(v.toks) || !v.pastVerb(k) || !(t.report && !origin(t.low) || t.low == "gave") || !v.is(k+1, wThe, wThat, wThis) {
		return false
	}
	m := k + 2
	if !sumNouns[v.toks[m].low] {
		return false
	}
	return v.boundary(m+1) || m+1 < len(v.toks) && v.toks[m+1].has(cPreposition) && !v.isOne(m+1, wOf)
}

// saidCame reports whether the sentence opens at i with "the" or a
// demonstrative, a noun for what someone said, and a form of "come": the
// noun is an -ing form of a verb of claim ("the warning", "this
// finding") or an announcement's noun ("the statement", "that update").
// Such a noun coming from someone is the sentence before, said by them;
// "The rain came from the west" has no such noun.
func (v *view) saidCame(i int) bool {
	if i+2 >= len(v.toks) || !v.is(i, wThe, wThat, wThis) {
		return false
	}
	t := &v.toks[i+1]
	if !t.word || t.capital || !(t.has(cAnnouncement) || t.ing && (t.report || stemStart(t.low))) {
		return false
	}
	return v.is(i+2, wComes, wCame, wCome)
}

// restsOnSource reports whether token j is "on" after a verb by which
// findings rest on a source (restsOn), with no maker after "by" later in
// the clause: "based on Israeli figures compiled by AFP" is AFP's tally
// (convention 3), read from its "by".
func (v *view) restsOnSource(j int) bool {
	if j == 0 || !v.isOne(j, wOn) || !restsOn(v.toks[j-1].low) || v.ahead(j, len(v.toks), 10, "by") {
		return false
	}
	// "The estimate rests on the assumption that the dam fails", "relies
	// on the goodwill of local volunteers": a premise, read as a reason
	// cited is (citedreason.go), names no one.
	e := j + 1
	for e < len(v.toks) && !v.boundary(e) {
		e++
	}
	return !v.citedReason(j+1, e)
}

// restsOn reports whether w is a verb by which findings rest on a
// source: "draws on", "relies on", "is based on", "rests on", "builds on".
func restsOn(w string) bool {
	for _, p := range [...]string{"draw", "drew", "reli", "rely", "based", "rest", "build", "built"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
