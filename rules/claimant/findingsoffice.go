package claimant

// An office of inspection or oversight named by its kind ("the chief
// inspector of prisons", "the auditor general", "the parliamentary
// ombudsman") that finds that something is so claims it, as people ("Three
// researchers ... suggested that") and bodies ("The monitor Airwars found
// that") do: its finding is its report's. The office is told by its head,
// the word before the phrase's "of" or preposition (or before a closing
// "general"): a post ("inspector", "auditor") or an office ("ombudsman").
// "The inspector found 300 cracked welds", with no that-clause, is still
// what was come upon, no claim (findingClaimed).

// officeFinder reports whether the subject [s, e) is headed by a post or
// an office.
func (v *view) officeFinder(s, e int) bool {
	if e <= s {
		return false
	}
	h := v.headBeforeOf(s, e)
	if h > s && v.toks[h].low == "general" {
		h--
	}
	t := &v.toks[h]
	return t.word && !t.capital && (t.post() || t.has(cOfficeNoun))
}
