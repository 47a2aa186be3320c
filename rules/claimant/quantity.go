package claimant

// A determiner or a quantifier is never a source: "some estimates run as
// high as 150,000", "Whichever count is used, ...", "Both tallies
// depend on access", "Other counts go higher": the findings are
// unattributed, and the word before them says how many or which, not who
// made them. Nor is a findings noun's modifier alone ("according to
// preliminary estimates released on Monday").

// quantifiers say how many or which of a noun, never whose.
var quantifiers = set("some other others both whichever whatever each every either neither any all many most " +
	"several few various such another certain" +
	// nobody and anybody: "Nobody audits these numbers", "In anyone's
	// telling, 40,000 graves ...".
	" nobody anybody anyone everyone everybody")

// quantityOnly reports whether the phrase [s, e), past its determiners, is
// only quantifiers and findings modifiers: a phrase a findings noun's
// owner was read from that names no one.
func (v *view) quantityOnly(s, e int) bool {
	for s < e && v.toks[s].has(cDeterminer) {
		s++
	}
	if s >= e {
		return false
	}
	for k := s; k < e; k++ {
		// ("the official added": a modifier that is also a person is one.)
		if t := &v.toks[k]; !t.word || !t.has(cQuantifier|cFindingsModifier) && !v.oneOfThem(k, s, e) || personNoun(t.low) {
			return false
		}
	}
	return true
}

// denyingQuantifiers open a subject that says nobody claims: "Few
// briefings on Capitol Hill mention that ...", "No agency has verified
// ...", "Neither side confirmed ...", "Nobody serious argues that ...",
// "None of the officials confirmed ...". "A few officials said" is some.
var denyingQuantifiers = set("few no neither nobody none")

// deniedSource reports whether the phrase [s, e) opens with a denying
// quantifier, or follows one, not after "a".
func (v *view) deniedSource(s, e int) bool {
	if s >= e {
		return false
	}
	if s > 0 && v.toks[s-1].word && v.toks[s-1].has(cDenyingQuantifier) {
		s--
	}
	return v.toks[s].word && v.toks[s].has(cDenyingQuantifier) && !v.isOne(s-1, wA)
}

// everyoneNouns name everybody at once: "the world learned that 6 aid
// workers had been killed", "the public was told 40 died". Whoever
// learns or is told there is no source, as "everyone" is none.
var everyoneNouns = set("world public")

// everyone reports whether the phrase [s, e) is one of everyoneNouns in
// lower case, perhaps after "the" and a modifier ("the wider world", "the
// outside world").
func (v *view) everyone(s, e int) bool {
	if e-s < 1 || e-s > 3 {
		return false
	}
	last := &v.toks[e-1]
	if !last.word || last.capital || !last.has(cEveryoneNoun) {
		return false
	}
	for k := s; k < e-1; k++ {
		if t := &v.toks[k]; !t.word || t.capital && !t.has(cDeterminer) {
			return false
		}
	}
	return true
}
