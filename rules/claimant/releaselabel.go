package claimant

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
	// One word is a body's initials ("MSF", "ACLED"): a headline
	// capitalises every word, so "Budget Statement:" and "Joint
	// Statement:" open on ordinary words (review58 MUST 6).
	if m-lo == 1 && !v.toks[lo].shouted {
		return lo
	}
	// ("Gaza update:", "Sudan weekly bulletin:": a place's news is a
	// topic's page label.)
	if v.knownPlace(lo, m) || v.placeName(lo, m) || v.knownRegion(lo, m) {
		return lo
	}
	return m
}

// labelIssueStart returns where a release's issue number starts in the colon
// label [lo, k): "No. 9", "No 9", "#9" or a bare number after a word of
// release or report ("Flash Update No. 9:", "Situation Report #3:"); k
// when the label closes otherwise. The number says which issue, not who.
func (v *view) labelIssueStart(lo, k int) int {
	n := k - 1
	if n-1 <= lo || !v.toks[n].num && !v.toks[n].fig {
		return k
	}
	m := n
	switch {
	case v.toks[m-1].low == "#":
		m--
	case v.toks[m-1].low == "." && m-2 > lo && v.toks[m-2].low == "no":
		m -= 2
	case v.toks[m-1].low == "no":
		m--
	}
	if m-1 < lo || !v.toks[m-1].has(cAnnouncement) && v.toks[m-1].low != "report" && v.toks[m-1].low != "release" {
		return k
	}
	return m
}

// releaseTitleEnd returns where a body's name ends in tokens [s, e) when a
// release's title closes them: "Save the Children Briefing Note", "Mercy
// Corps Press Release", "Oxfam Situation Report". The title is the body's
// paper, not its name, as "the Aid Worker Security Database" is a name
// (README convention 8); e when no such title closes them.
func (v *view) releaseTitleEnd(s, e int) int {
	// "Mercy Corps press release, Kabul.": a subject read up to
	// "release" as its verb keeps the release's kind; cut it too.
	// So does a label's "Flash" or "Situation" whose "Update" or "Report"
	// was cut as a page's kicker ("OCHA Flash Update #12:").
	if e-s >= 2 && e < len(v.toks) && v.toks[e-2].capital && (releaseTails[v.toks[e-1].low] && (v.toks[e].low == "release" || v.toks[e].low == "note") || releaseKinds[v.toks[e-1].low] && (v.toks[e].low == "update" || v.toks[e].low == "report")) {
		return e - 1
	}
	if e-s < 3 || !v.toks[e-3].capital || !v.toks[e-3].word {
		return e
	}
	// ("Kabul Press Release:": a dateline's place is no body; what is
	// left would be a place, review58 SHOULD 7.)
	if v.knownPlace(s, e-2) || v.placeName(s, e-2) {
		return e
	}
	a, b := v.toks[e-2].low, v.toks[e-1].low
	if !v.toks[e-2].capital || !v.toks[e-1].capital || !(releaseTails[a] && (b == "release" || b == "note") || releaseKinds[a] && (b == "update" || b == "report")) {
		return e
	}
	return e - 2
}

// releaseKinds say which release an update or a report is: "Flash
// Update", "Situation Report".
var releaseKinds = set("flash situation")

// releaseTitleWord reports whether the word at i, capitalised after a
// release's kind ("Situation Report", "Flash Update", "Press Release"),
// is the title's noun and no verb of claim: "Situation Report #3: 4,100
// cases" names no one (review58 SHOULD 7).
func (v *view) releaseTitleWord(i int) bool {
	if i < 1 || !v.toks[i].capital || !v.toks[i-1].capital {
		return false
	}
	a, b := v.toks[i-1].low, v.toks[i].low
	return releaseKinds[a] && (b == "update" || b == "report") || releaseTails[a] && (b == "release" || b == "note")
}
