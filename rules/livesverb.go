package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "Lives" counts the dead as a noun ("claimed 33,000 lives", "lost their
// lives in"). The same word is also the verb "to live": "Who lives in
// Gaza? About 2.3 million people", "the family that lives in the camp",
// "half the population now lives in Rafah". A figure beside the verb
// counts the people who live somewhere, not the dead (lives_verb.yaml).

// livesVerb reports whether keyword hit h is the one word "lives" used as
// a verb: a relative or a singular pronoun (who, that, which, he, she, it,
// everyone, nobody) or an adverb of time (still, now, currently) before it,
// and a preposition of place or a place adverb after it ("in", "on",
// "under", "there"). A noun "lives" has a determiner, an owner, a figure
// or a verb before it ("their lives in", "claimed lives in"); a keyword
// of several words ("lives in tents") is what its metric means, and is not
// read here.
func livesVerb(d *figures.Document, h hit) bool {
	// The hit may stand in the question a sentence answers ("Who lives
	// in Gaza? About 2.3 million people"): its bounds are the document's.
	if h.end != h.start+1 || h.start < 1 || h.end >= len(d.Tokens) {
		return false
	}
	if t := &d.Tokens[h.start]; t.End-t.Start != 5 || d.LowerTokenText(h.start) != "lives" {
		return false
	}
	switch d.LowerTokenText(h.start - 1) {
	case "who", "that", "which", "he", "she", "it", "everyone", "everybody", "nobody", "someone", "one",
		"still", "now", "currently", "mostly", "largely", "also", "already":
	default:
		return false
	}
	switch d.LowerTokenText(h.end) {
	case "in", "on", "at", "under", "inside", "outside", "near", "among", "amid", "there", "here", "alone", "with", "beside", "along", "across":
		return true
	}
	return false
}
