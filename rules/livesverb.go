package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "Lives" counts the dead as a noun ("claimed 33,000 lives", "lost their
// lives in"). The same word is also the verb "to live": "Who lives in
// Gaza? About 2.3 million people", "the family that lives in the camp",
// "Gaza's entire population of 2.2 million lives under bombardment". A
// figure beside the verb counts the people who live somewhere, not the
// dead (lives_verb.yaml).

// livesVerb reports whether keyword hit h is the one word "lives" used as
// a verb: a preposition of place or a place adverb after it ("in", "on",
// "under", "there"), and before it a subject a noun "lives" cannot follow
// (livesSubjectBefore). A keyword of several words ("lives in tents") is
// what its metric means, and is not read here.
func livesVerb(d *figures.Document, h hit) bool {
	// The hit may stand in the question a sentence answers ("Who lives
	// in Gaza? About 2.3 million people"): its bounds are the document's.
	if h.end != h.start+1 || h.start < 1 || h.end >= len(d.Tokens) {
		return false
	}
	if t := &d.Tokens[h.start]; t.End-t.Start != 5 || d.LowerTokenText(h.start) != "lives" {
		return false
	}
	switch d.LowerTokenText(h.end) {
	case "in", "on", "at", "under", "inside", "outside", "within", "near", "around", "behind", "off", "among", "amid", "there", "here", "alone", "with", "beside", "along", "across":
	default:
		return false
	}
	return livesSubjectBefore(d, h.start-1) || figureSubjectOfLives(d, h)
}

// livesSubjectBefore reports whether token p, right before "lives", is a
// subject of the verb: a relative or a singular pronoun ("who lives",
// "everyone lives"), an adverb of time ("now lives", "still lives"), a
// collective noun ("the population lives", "the bulk ... lives"), or a
// plural noun of people with no owner's mark ("2.2 million people lives":
// the noun "lives" follows an owner, "people's lives").
func livesSubjectBefore(d *figures.Document, p int) bool {
	switch w := d.LowerTokenText(p); {
	case livesSubject(w):
		return true
	case peopleNoun(d, p):
		return !isApostrophe(d.TokenText(p))
	}
	return false
}

// livesSubject reports whether lower-cased w may be the subject of "lives"
// right before it, or an adverb between the subject and the verb.
func livesSubject(w string) bool {
	switch w {
	case "who", "that", "which", "he", "she", "it", "everyone", "everybody", "nobody", "someone", "one",
		"still", "now", "currently", "mostly", "largely", "also", "already",
		"population", "populace", "bulk", "majority", "rest", "community", "family":
		return true
	}
	return false
}

// figureSubjectOfLives reports whether a figure right before "lives" hit h
// is the verb's subject: the figure of "a population of 2.2 million", or
// after an owner a quantity is taken of ("Almost all of Gaza's 2.2 million
// lives on aid"), with no verb of the
// clause after "lives" ("34,000 lives in Gaza have been lost" is the
// noun). A figure after a verb ("claimed 34,000 lives in Gaza") is its
// object, and "lives" the noun.
func figureSubjectOfLives(d *figures.Document, h hit) bool {
	g := figureAt(d, h.start-1)
	if g < 0 {
		return false
	}
	fs, _ := d.FigureTokens(g)
	switch {
	case fs >= 2 && d.LowerTokenText(fs-1) == "of" && livesSubject(d.LowerTokenText(fs-2)):
	case quantityOfOwner(d, fs):
	default:
		return false
	}
	for k := h.end; k < len(d.Tokens) && !stretchMark(d, k); k++ {
		// (Five letters or more: a word in -ed of four, "need", "feed", is as
		// often no past form.)
		if w := d.LowerTokenText(k); auxiliary(w) || modalWord(w) || w == "lost" || len(w) > 4 && pastVerbWord(d.TokenText(k)) {
			return false
		}
	}
	return true
}

// quantityOfOwner reports whether the figure starting at token fs follows
// an owner that a quantity is taken of: "all of Gaza's 2.2 million", "most
// of the region's 900,000". An owner's figure alone may be the object of a
// verb or a gerund before it ("Remembering Gaza's 34,000 lives in
// pictures") or a headline's label ("Gaza's 34,000 lives in numbers:"), so
// it is not read as the subject of "lives".
func quantityOfOwner(d *figures.Document, fs int) bool {
	n := ownerBefore(d, fs)
	if n < 0 {
		return false
	}
	k := n - 1
	if k >= 0 && d.LowerTokenText(k) == "the" {
		k-- // "of the region's 900,000"
	}
	if k < 1 || d.LowerTokenText(k) != "of" {
		return false
	}
	switch d.LowerTokenText(k - 1) {
	case "all", "most", "half", "much", "many", "majority", "bulk", "rest", "some", "third", "quarter":
		return true
	}
	return false
}
