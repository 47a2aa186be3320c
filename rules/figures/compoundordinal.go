package figures

// A compound ordinal: the tens joined to an ordinal of one to nine,
// "twenty-first", "forty-fifth", "ninety-ninth", or spelled with a space
// as a transcript or an older style writes it ("the twenty fifth
// anniversary"). It ranks, as "21st" does; its tens are no count of their
// own ("his twenty-first birthday" counts no twenty). Ending a longer
// number it ranks that number ("the one hundred and twenty-fifth day").
// Joined by its hyphen and after a numerator it is a denominator: "one
// twenty-fifth of the budget" (1/25), "three twenty-fifths" (3/25), "a
// twenty-fifth of the vote".
//
// With a space the reading is narrower. An ordinal ranks, so it needs
// what ranks it before it: a determiner or an owner ("the twenty fifth
// day", "its forty third session", "Kyiv's twenty first"), a month
// ("February twenty fourth"), or the rest of a longer number ("one
// hundred and twenty fifth"). Without one, the tens count a noun that
// opens on an ordinal: "Forty first responders", "Thirty third parties
// filed briefs", "Sixty fourth graders". "Second" after the tens is a
// measure ("a twenty second clip" lasts twenty seconds), an ordinal joined
// to the next word opens a compound modifier of its own ("twenty
// first-time buyers"), and a plural keeps its old reading ("twenty fifths"
// is four, as "two fifths" is two fifths).

// compoundOrdinal reports whether a compound ordinal opens at token k, a
// word of the tens; inNumber says a longer number's words stand before
// it. It returns its value (21 for "twenty-first"), whether
// the ordinal is a plural denominator ("twenty-fifths"), whether its parts
// are joined by a hyphen, and the token after it.
func (p *parser) compoundOrdinal(k int, inNumber bool) (val float64, plural, joined bool, end int, ok bool) {
	if !p.has(k, fTens) || !p.isWord(k) {
		return 0, false, false, k, false
	}
	j := k + 1
	if p.joinedHyphen(j) {
		j++
		joined = true
	}
	if !p.isWord(j) || p.toks[j].Break {
		return 0, false, false, k, false
	}
	unit := p.info(j).val
	switch {
	case p.has(j, fOrdinal) && unit >= 1 && unit <= 9:
	case joined && p.has(j, fDenPl) && unit >= 3 && unit <= 9:
		plural = true
	default:
		return 0, false, false, k, false
	}
	if !joined && (p.lowerIs(j, "second") || p.joinedHyphen(j+1) || !inNumber && !p.ranksBefore(k)) {
		return 0, false, false, k, false
	}
	return p.info(k).val + unit, plural, joined, j + 1, true
}

// ranksBefore reports whether what stands before token k ranks an ordinal
// there: a determiner or an owner ("the", "its", "Kyiv's"), a month, or
// the hundreds or scale of the longer number it ends, which a reading
// that failed on that number leaves before it ("hundred and twenty
// fifth").
func (p *parser) ranksBefore(k int) bool {
	return p.has(k-1, fDet|fMonth|fHundred|fScale) || p.possessiveBefore(k) || p.has(k-1, fAnd) && p.has(k-2, fHundred|fScale)
}
