package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A word in -s right after a figure that takes an object is a verb, not
// the noun the figure counts: "the agency's figure of 4,300 understates the
// toll", "the toll of 40,000 includes many civilians" (objectAfter), unless
// a verb after the object's noun makes the article open a relative clause
// ("250 arms deals the ministry has signed"). counts.go asks it of the word
// after a figure.

// objectAfter reports whether an article follows token t and no finite
// verb comes right after its noun: a plural noun is seldom followed by
// one, the verb in -s that takes an object is ("makes the scale",
// "understates the toll"). With a verb after the article's noun, the
// article opens a relative clause of the noun ("250 arms deals the
// ministry has signed").
func objectAfter(d *figures.Document, s *figures.Sentence, t int) bool {
	if t+2 >= s.TokEnd {
		return false
	}
	// A quantifier opens an object as an article does: "the ministry's
	// toll of 40,000 includes many civilians".
	if w := d.TokenText(t + 1); article(w) || objectQuantifier(w) {
		return !finiteVerbWithin(d, t+3, 1)
	}
	// So does a plural of a number word ("the toll of more than 62,000
	// excludes thousands still under the rubble", "covers dozens of
	// journalists"): a compound never ends in "thousands". Digits may
	// follow a noun ("300 trucks 20 miles away").
	if w := d.TokenText(t + 1); isLowerWord(w) && strings.HasSuffix(w, "s") && figureAt(d, t+1) >= 0 {
		return true
	}
	switch d.TokenText(t + 1) {
	case "them", "him", "me":
		// No noun is followed by an object pronoun: "a toll of 33,000
		// puts them ...".
		return true
	case "it", "us", "her":
		// Nor by one of these as an object ("a toll of 33,000 makes it
		// Turkey's worst disaster"); as the subject of a relative clause
		// a verb follows it ("the 100 arms sales it has approved").
		return !finiteVerbWithin(d, t+2, 1)
	case "this", "these", "those":
		// A demonstrative standing alone as the object, and what the
		// verb makes of it: "a combined toll of around 50,000 makes this
		// the deadliest quake" (demonstrative_object.yaml). After a noun
		// a demonstrative opens a phrase of time ("50,000 deaths this
		// year"), never an article.
		return article(d.LowerTokenText(t + 2))
	case "that":
		// A verb of showing before its clause: "a displacement total now
		// north of 11 million means that roughly one in four ...". A
		// noun's "that" opens a relative clause ("deaths that could have
		// been prevented").
		return showingVerbs[d.TokenText(t)]
	}
	return false
}

// showingVerbs, in the third person, say what a figure shows before a
// clause opened by "that".
var showingVerbs = map[string]bool{
	"means": true, "shows": true, "suggests": true, "implies": true, "indicates": true, "signals": true,
	"confirms": true, "reflects": true, "underlines": true, "underscores": true, "proves": true,
}

// verbParticle reports whether w is a particle that makes the word before
// it a verb ("breaks down", "rises up", "runs out").
func verbParticle(w string) bool {
	switch w {
	case "down", "up", "out", "off", "away":
		return true
	}
	return false
}

// objectQuantifier reports whether w is a quantifier that opens a noun
// phrase ("many", "most", "several"): after a word in -s right after a
// figure it opens that word's object, so the word is a verb.
func objectQuantifier(w string) bool {
	switch w {
	case "many", "most", "several", "both", "few", "numerous", "countless":
		return true
	}
	return false
}
