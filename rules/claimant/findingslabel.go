package claimant

// A live blog's label may name the news a body gave by the body's initials
// and the kind of news, in lower case: "OHCHR update:", "IPC report:",
// "NRC figures:". The initials made the news and are its source, as a
// configured claimant's are ("13:15 OCHA update:", headlinesource.go
// pastStamp); the news word is no part of the name.

// initialsNewsLabel reports whether the label [s, e) is a body's initials
// and one lower-case word of news: findings, an announcement or a
// kicker's "update". A country's initials ("UK update:") head a topic's
// page, as "Gaza update:" does.
func (v *view) initialsNewsLabel(s, e int) bool {
	if e-s != 2 || !v.initialsAt(s) || v.knownPlace(s, s+1) {
		return false
	}
	t := &v.toks[s+1]
	return t.word && !t.capital && (t.has(cFindingNoun|cAnnouncement) || t.low == "update" || t.low == "updates")
}
