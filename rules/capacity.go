package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The size a place was made for or has room for is no count of what it
// holds: "Camps around Port Sudan have room for perhaps 300,000 displaced
// people", "the city, built for around 300,000, now holds well over a
// million", "a camp with a capacity of 50,000". A figure after "for" and a
// word of room ("room", "space", "capacity") or a participle of making
// ("built", "designed", "meant", "planned", "intended"), perhaps past a
// spoken hedge the figure finder leaves outside the figure ("built for
// maybe 250,000"), or after "capacity of", is what the place can hold,
// whatever keyword stands beside it; the count, when the sentence gives
// one, is its other figure. "for" after another verb ("sheltering for
// months", "have waited for 20,000 permits"), a participle with its object
// first ("built shelters for 20,000") and a participle in capitals (a
// name: "Designed For 2,000") are none of this. Money after a participle
// of making is what the thing cost ("the pier, built for $320 million"),
// and is read as before. (capacity_figure.yaml, built_for_size.yaml)

// capacityFigure reports whether figure fi of sentence s is a capacity:
// it follows "for" (or "of" after "capacity") and a word of room or of a
// place made for so many. Each way it answers needs a capacityWord in the
// sentence, so a sentence without one is not read (sentenceMarks.capacity).
func capacityFigure(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	k := fs - 1
	if hedgeBeforeFigure(word(k)) {
		k-- // "built for maybe a quarter of a million"
	}
	if k-1 < s.TokStart {
		return false
	}
	if heldByAbility(d, s, word, k) {
		return true // "can house up to 100,000 people", "which seats 50,000"
	}
	switch word(k) {
	case "for":
	case "of":
		return word(k-1) == "capacity"
	default:
		return false
	}
	switch w := word(k - 1); {
	case roomNoun(w):
		return true
	case madeForParticiple(w):
		return isLowerWord(d.TokenText(k-1)) && d.Figures[fi].Kind != figures.Money
	}
	return false
}

// roomNoun reports whether lower-cased w is a noun of room before "for":
// "room for", "space for", "capacity for".
func roomNoun(w string) bool {
	switch w {
	case "room", "space", "capacity":
		return true
	}
	return false
}

// madeForParticiple reports whether lower-cased w is a participle of a
// place made for so many: "built for", "designed for".
func madeForParticiple(w string) bool {
	switch w {
	case "built", "designed", "meant", "planned", "intended":
		return true
	}
	return false
}

// hedgeBeforeFigure reports whether lower-case w is a hedge a speaker puts
// before a figure that the figure finder leaves outside it: "maybe",
// "perhaps", "only", "just".
func hedgeBeforeFigure(w string) bool {
	switch w {
	case "maybe", "perhaps", "only", "just":
		return true
	}
	return false
}

// heldByAbility reports whether the word at token k, right before a
// figure, is a verb of holding a place can do, not does: after a modal of
// ability ("The tent camp can house up to 100,000 people", "could take
// 50,000 more"), or a verb that says only what a place has room for
// ("the stadium, which seats 50,000", "accommodates 2,000"). "houses
// 40,000" and "holds 1.4 million" without a modal tell what a place holds,
// and are read as before.
func heldByAbility(d *figures.Document, s *figures.Sentence, word func(int) string, k int) bool {
	if k < s.TokStart || !isLowerWord(d.TokenText(k)) {
		return false
	}
	switch w := word(k); {
	case seatingVerb(w):
		return true
	case placeHoldingVerb(w):
	default:
		return false
	}
	switch m := word(k - 1); {
	case abilityModal(m):
		return k-1 >= s.TokStart
	case m == "to" && k-2 >= s.TokStart && word(k-2) == "able":
		return true // "is able to take"
	}
	return false
}

// seatingVerb reports whether lower-cased w is "seat" as a place's
// capacity: "which seats 50,000".
func seatingVerb(w string) bool {
	switch w {
	case "seats", "seat", "seating":
		return true
	}
	return false
}

// placeHoldingVerb reports whether lower-cased w is a verb of holding a
// place can do, in its base form after a modal: "house", "hold", "take", ...
func placeHoldingVerb(w string) bool {
	switch w {
	case "house", "hold", "shelter", "take", "fit", "receive", "absorb", "accommodate":
		return true
	}
	return false
}

// abilityModal reports whether lower-cased w is a modal of ability before
// a verb of holding: "can", "could" ("is able to" is read apart).
func abilityModal(w string) bool { return w == "can" || w == "could" }

// capacityWord reports whether lower-cased w is a word without which
// capacityFigure cannot answer: each way it answers yes reads one of these
// word tests at a token of the sentence.
func capacityWord(w string) bool {
	return roomNoun(w) || madeForParticiple(w) || seatingVerb(w) || abilityModal(w) || w == "able"
}
