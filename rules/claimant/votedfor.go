package claimant

// What a share of the vote went to: "47% for the mayor's list", "41,000
// votes for the mayor's lists". A list after "for" right after the figure
// is what was voted for, an electoral list, not a count its owner made:
// the possessive names a candidate, no source. Other findings there keep
// their owner ("62% for the election commission's count", review50).

// electoralList reports whether the findings noun w can be a list of
// candidates.
func electoralList(w string) bool { return w == "list" || w == "lists" }

// votedFor reports whether the owner's phrase opening at a (its
// determiner, if any) stands after "for" that follows a figure or a
// figure's unit ("62% for", "7,846 votes for").
func (v *view) votedFor(a, lo int) bool {
	f := a - 1
	if f-1 < lo || !v.isOne(f, wFor) {
		return false
	}
	p := &v.toks[f-1]
	if p.fig || p.num || p.low == "%" {
		return true
	}
	// "7,846 votes for", "41 per cent for", "12 seats for".
	switch p.low {
	case "votes", "cent", "percent", "seats", "ballots", "preferences":
		return f-2 >= lo && (v.toks[f-2].fig || v.toks[f-2].num || v.toks[f-2].low == "per")
	}
	return false
}

// phraseOpening returns where the phrase of the owner at a opens: at its
// determiner before it, if any.
func (v *view) phraseOpening(a, lo int) int {
	if a-1 >= lo && v.toks[a-1].has(cDeterminer) {
		return a - 1
	}
	return a
}
