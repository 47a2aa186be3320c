package claimant

import "github.com/claimtrack/claimtrack/rules/figures"

// A body's release names it in a line's label: "MSF press release: teams
// in Adré treated 1,420 ...", "Mercy Corps statement: ...". The release
// words close the label and are no part
// of the name ("MSF press" was read as a name and its verb, "release");
// the name before them speaks, as "Statement from MSF:" does (labelfrom.go)
// (claim58).

// releaseNouns close a label as a body's release on their own; "update"
// and "bulletin" are left out, as a topic's page labels ("Flood update:",
// "COVID update:", "Weekly bulletin:") write them.
var releaseNouns = set("statement communique communiqué")

// releaseTails are the words before "release" or "note" that make them a
// release's kind: "press release", "news release", "briefing note".
var releaseTails = set("press news media briefing information")

// releaseLabelName returns where the name ends in the colon label [lo, k)
// when the label closes on a release ("statement", "update", "bulletin",
// "press release", "briefing note"), perhaps with words saying which
// ("weekly", "latest", "flash"), after capitalised words that are a
// name; lo when it does not.
func (v *view) releaseLabelName(lo, k int) int {
	m := k - 1
	if m <= lo || !v.toks[m].word {
		return lo
	}
	switch low := v.toks[m].low; {
	case (low == "release" || low == "note") && m-1 > lo && releaseTails[v.toks[m-1].low]:
		m--
	case releaseNouns[low]:
	default:
		return lo
	}
	for m-1 > lo && (v.toks[m-1].has(cFindingsModifier) || v.toks[m-1].low == "flash" || v.toks[m-1].low == "joint") {
		m--
	}
	for i := lo; i < m; i++ {
		t := &v.toks[i]
		if !t.word || !t.capital || kickerIDs.has(&t.spelling) {
			return lo
		}
	}
	// One word is a body's initials or a word no lexicon knows ("MSF",
	// "Oxfam"); "Budget statement:" opens on an ordinary word, whose
	// capital is the line's.
	if t := &v.toks[lo]; m-lo == 1 && !t.shouted && (t.inLexicon() || figures.VocabID(t.low) != 0 || abstractNoun(t.low)) {
		return lo
	}
	// ("Gaza update:", "Sudan weekly bulletin:": a place's news is a
	// topic's page label.)
	if v.knownPlace(lo, m) || v.placeName(lo, m) || v.knownRegion(lo, m) {
		return lo
	}
	return m
}
