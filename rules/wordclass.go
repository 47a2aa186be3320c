package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/internal/countverb"
)

// Closed word classes more than one rule reads: one list each, so that
// the rules agree on what a modal or a form of "be" is.

// modalWord reports whether lower-cased w is a modal verb, "ll" of "it'll"
// among them. "may" is also a month: a rule that reads one checks the
// capital ("by May").
func modalWord(w string) bool {
	switch w {
	case "would", "will", "could", "may", "might", "should", "shall", "can", "must", "ll":
		return true
	}
	return false
}

// beForm reports whether lower-cased w is a form of "be".
func beForm(w string) bool {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "am":
		return true
	}
	return false
}

// comingModal reports whether lower-cased w is a modal that says what may
// come, as a projection's or a forecast's does ("could reach 186,000",
// "would rise", "it'll top"): "can" and "must" say what is possible or
// required now ("No more than 300 aid trucks a day can cross").
func comingModal(w string) bool {
	return modalWord(w) && w != "can" && w != "must"
}

// tallyNoun reports whether lower-cased w names a count a verb sets or
// moves: "the number of", "the toll", "the tally of". It is the running
// total's own noun, not a unit a figure counts (metric.countNouns). A
// press writing in Spanish, Portuguese or French calls it "the balance"
// ("el balance", "o balanço", "le bilan") and "the quantity" ("la
// cantidad"), and its copy put into English keeps them: "the balance of
// deceased ... ascends to 50,000", "the quantity of deceased totals".
func tallyNoun(w string) bool {
	switch w {
	case "number", "total", "tally", "count", "toll", "balance", "quantity":
		return true
	}
	return false
}

// countMovingVerb reports whether lower-cased w is a verb that carries a
// count to a new mark, its object the count: "taking the total to",
// "pushed the number of ... past", "drove the toll above" (one list with
// the claimant finder's: internal/countverb).
func countMovingVerb(w string) bool { return countverb.Moving(w) }

// subordinatingWord reports whether lower-cased w opens a subordinate
// clause with a subject of its own: "when", "while", "because", "although".
func subordinatingWord(w string) bool {
	switch w {
	case "when", "while", "whereas", "because", "although", "though":
		return true
	}
	return false
}

// focusWord reports whether lower-cased w narrows the phrase it stands
// beside to a part of something larger: "in Odesa alone", "only in
// August", "solely in the port".
func focusWord(w string) bool {
	switch w {
	case "alone", "only", "solely", "exclusively":
		return true
	}
	return false
}

// timeConjunction reports whether lower-cased w opens a clause of time:
// "since Hamas's attack set off the war", "after the quake struck".
func timeConjunction(w string) bool {
	switch w {
	case "since", "after", "before", "until":
		return true
	}
	return false
}

// article reports whether lower-cased w is an article: "a", "an", "the".
func article(w string) bool {
	return w == "a" || w == "an" || w == "the"
}

// possessiveDeterminer reports whether lower-cased w is a possessive that
// stands before a noun: "its 2014 toll", "their homes".
func possessiveDeterminer(w string) bool {
	switch w {
	case "its", "their", "his", "her", "our", "my", "your":
		return true
	}
	return false
}

// demonstrative reports whether lower-cased w points to a noun: "this",
// "that", "these", "those".
func demonstrative(w string) bool {
	switch w {
	case "this", "that", "these", "those":
		return true
	}
	return false
}

// determiner reports whether lower-cased w is an article or a possessive
// before a noun.
func determiner(w string) bool {
	return article(w) || possessiveDeterminer(w)
}

// changeVerb reports whether lower-cased w is a form of a verb that says a
// count or sum moved, up or down ("risen", "climbed", "fell", "has
// shrunk", "dwindling"): its "from" names where the count stood before.
// A regular verb is read as its stem and the endings of its forms; the
// irregular forms are listed whole.
func changeVerb(w string) bool { return changeVerbs()[w] }

// changeVerbs are changeVerb's forms (verbFormSet).
var changeVerbs = verbFormSet([]string{"rose", "risen", "grew", "grown", "fell", "fallen", "swollen", "shrank", "shrunk", "shrunken"},
	"rise", "grow", "fall", "swell", "shrink", "climb", "jump", "drop", "increase",
	"decrease", "decline", "surge", "soar", "ease", "dwindle", "slip", "plunge", "edge", "revise", "raise", "lower", "cut")

// objectParticle reports whether lower-cased w, the second word of a
// vocabulary phrase, closes a verb phrase after the verb's object: a
// particle ("wiped out", "cut down", "taken in"), "to" of an infinitive or
// an idiom ("forced to leave", "lay to rest"), "into" of a place ("herded
// into"), or a complement ("taken hostage", "held captive", "shot dead").
func objectParticle(w string) bool {
	switch w {
	case "out", "down", "in", "off", "away", "up", "to", "into", "hostage", "captive", "dead":
		return true
	}
	return false
}

// verbForm reports whether w is stem or a regular form of it: "+s", "+ed"
// and "+ing" (a final "e" dropped: "easing", "eased"; a last consonant
// doubled: "dropped", "cutting").
func verbForm(w, stem string) bool {
	if w == stem || len(w) == len(stem)+1 && w[len(stem)] == 's' && strings.HasPrefix(w, stem) {
		return true
	}
	base := strings.TrimSuffix(stem, "e")
	rest, ok := strings.CutPrefix(w, base)
	if !ok {
		return false
	}
	if double := base[len(base)-1:]; base == stem && strings.HasPrefix(rest, double) {
		rest = rest[1:]
	}
	return rest == "ed" || rest == "ing"
}

// lyModifier reports whether lower-cased w, though it ends in -ly, is no
// adverb but a noun or an adjective that may stand before a counted noun:
// a recurrence ("daily", "weekly": "800 daily arrivals") or a kinship noun
// used as a modifier ("family": "26,000 family tents", "5,000 family
// kits"), or an age ("elderly").
func lyModifier(w string) bool {
	switch w {
	case "daily", "nightly", "hourly", "weekly", "fortnightly", "monthly", "quarterly", "yearly",
		"family", "elderly":
		return true
	}
	return false
}

// superlative reports whether lower-cased w is a superlative that ranks a
// noun after it: "largest", "deadliest", "most", "worst". Words in -est
// that are nouns or compass points ("interest", "request", "northwest",
// "protest", "harvest") are not.
func superlative(w string) bool {
	switch w {
	case "most", "least", "worst", "best":
		return true
	}
	return len(w) >= 6 && strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "rest") && !strings.HasSuffix(w, "west") && !strings.HasSuffix(w, "uest") && !strings.HasSuffix(w, "test") && !strings.HasSuffix(w, "vest")
}

// questionOpener reports whether lower-cased w opens an indirect question
// ("how many were", "whether any were", "what share were"): a predicate
// after it is said of what the question asks about.
func questionOpener(w string) bool {
	switch w {
	case "how", "whether", "what", "why":
		return true
	}
	return false
}

// stayPlaceNoun reports whether lower-cased w, singular or plural, names a
// place people stay in: "85 shelters", "40 camps", "12 evacuation
// centres". A figure before it counts the places, not the people in them,
// even when the word is a metric's keyword ("shelter" of @shelter reads
// "sheltering" too): see countNouns.
func stayPlaceNoun(w string) bool {
	switch singular(w) {
	case "shelter", "camp", "centre", "center", "site", "settlement", "tent", "encampment", "haven", "sanctuary", "refuge":
		return true
	}
	return false
}

// adjunctPreposition reports whether lower-cased w opens a phrase of place
// or time after a verb's object ("across both countries", "by Thursday",
// "as of Sunday"): a clause holding one has an adjunct of its own
// (joinedadjunct.go). "of" belongs to the noun before it, not the verb.
func adjunctPreposition(w string) bool {
	switch w {
	case "in", "at", "on", "by", "as", "across", "throughout", "within", "inside", "outside", "over", "during", "since",
		"until", "till", "through", "after", "before", "between", "among", "from", "near", "around", "along", "into":
		return true
	}
	return false
}

// touchedParticiple reports whether lower-cased w is a participle of
// being reached by an event, with no condition of its own: "affected",
// "hit", "shaken" (vaguecrowd.go touchedCrowd). "Left homeless", "displaced" or
// "injured" name another count.
func touchedParticiple(w string) bool {
	switch w {
	case "affected", "hit", "touched", "shaken", "impacted", "struck", "caught", "reached":
		return true
	}
	return false
}

// otherPlaceWord reports whether lower-cased w, before a place's noun,
// makes it a place beside the one named rather than that place: "the
// neighbouring town", "a nearby city", "the other camp".
func otherPlaceWord(w string) bool {
	switch w {
	case "neighbouring", "neighboring", "nearby", "surrounding", "bordering", "adjacent", "other", "next":
		return true
	}
	return false
}
