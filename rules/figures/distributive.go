package figures

// distributive reports whether the number word at j stands in a
// distributive idiom, which says how things were counted, found or carried
// and counts nothing: "one by one", "two by two" (the same word on both
// sides of "by", spaced or hyphenated; j may be either), "one after
// another", "one after the other", "one at a time", "two at a time". Read
// as counts they gave a toll of 1 ("verify deaths one by one"). The frames
// are a closed set of English idioms, so a list is the mechanism; a number
// word that counts its noun ("one day after another strike"), two
// different words ("two by four") and digits are not asked.
func (p *parser) distributive(j int) bool {
	w := p.str(j)
	// alone says the word at k is the whole number, not part of a
	// compound ("twenty-five"): a hyphen joins it only to "by".
	alone := func(k int) bool {
		return !(p.isSym(k+1, "-") && p.attached(k+1) && !p.lowerIs(k+2, "by")) && !(p.isSym(k-1, "-") && p.attached(k) && !p.lowerIs(k-2, "by"))
	}
	same := func(k int) bool { return equalFoldASCII(p.str(k), w) && alone(k) && alone(j) }
	// The word after (or before) token k, across a hyphen that joins them
	// ("one-by-one").
	next := func(k int) int {
		if p.isSym(k+1, "-") && p.attached(k+1) && p.attached(k+2) {
			return k + 2
		}
		return k + 1
	}
	prev := func(k int) int {
		if p.isSym(k-1, "-") && p.attached(k-1) && p.attached(k) {
			return k - 2
		}
		return k - 1
	}
	if b := next(j); p.lowerIs(b, "by") && same(next(b)) {
		return true
	}
	if b := prev(j); p.lowerIs(b, "by") && same(prev(b)) {
		return true
	}
	if p.lowerIs(j, "one") && p.lowerIs(j+1, "after") && (p.lowerIs(j+2, "another") || p.lowerIs(j+2, "the") && p.lowerIs(j+3, "other")) {
		return true
	}
	// "at a time" ends the idiom: "a time" that goes on ("at a time when
	// shelters were full", "at a time of alert") is a time, and the number
	// before it a count (review54 M3).
	return p.lowerIs(j+1, "at") && p.lowerIs(j+2, "a") && p.lowerIs(j+3, "time") && !p.lowerIsAny(j+4, timeGoesOn)
}

// timeGoesOn are the words after "a time" that make it a time of its own,
// modified by a clause or a phrase: a closed class of relative and
// subordinating words and the prepositions that head a noun's modifier.
var timeGoesOn = []string{"when", "of", "that", "which", "where", "whose", "while", "like", "in", "amid", "during", "since"}
