package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A claim passed from hand to hand may be the object of a verb of denial
// rather than the subject of a predicate that rejects it: "Officials deny
// the figure of 500 separate arms sales circulating on activist sites",
// "Turkish officials dismissed rumours of 150,000 dead", "US officials
// rejected social media posts claiming 450 arms sales". The figure is what
// the hearsay said, and nobody's count holds it. Only hearsay is read so
// (a post, a video, a rumour: hearsayNoun; or a count noun whose figure
// is said to be going round: claimOpens' circulatedAfter, or quoted): a
// report's or a party's claim, or a keeper's count, that another side
// denies is a count disputed, and a disputed count stands
// (rejectedclaim.go). Read: a form of "deny", "reject", "dismiss" or
// "refute", up to claimLead words of the object's determiner and
// modifiers, the hearsay noun, and what it said opening before the figure
// (claimOpens), or an aside between commas on the noun before a "that" or
// a saying participle (asideHearsayDenied).

// deniedHearsay reports whether figure fi of sentence s stands in what a
// piece of hearsay said that a verb of denial takes as its object.
func deniedHearsay(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for c := fs - 1; c > s.TokStart && c >= fs-1-claimReach; c-- {
		w := word(c)
		if w == "," {
			return asideHearsayDenied(word, c, s.TokStart)
		}
		if clauseMark(w) || w == "." {
			return false
		}
		if !hearsayNoun(w) && !quotedCountNoun(w) {
			continue
		}
		return claimOpens(d, s, c, fs, fe, word) && denialBefore(word, c, s.TokStart)
	}
	return false
}

// denialBefore reports whether a verb of denial stands before the noun at
// token c, at most claimLead words back with no mark between: "deny the
// figure", "dismissed rumours", "rejected social media posts".
func denialBefore(word func(int) string, c, start int) bool {
	for k := c - 1; k >= start && k >= c-claimLead; k-- {
		w := word(k)
		if denialVerb(w) || verbForm(w, "reject") || verbForm(w, "dismiss") || verbForm(w, "refute") {
			return true
		}
		if w == "" || w == "," || clauseMark(w) {
			return false
		}
	}
	return false
}

// asideHearsayDenied reports whether the comma at token c closes an aside
// on a hearsay noun that a verb of denial takes as its object, and what
// the hearsay said opens right after it: "dismissed the rumour, shared
// widely on Telegram, that ...", "denied the messages, forwarded
// thousands of times, saying ...". What follows the aside must open the
// said words at once: ", and said the count now stood at ..." is the
// denier's own clause (fa42, denied_complement.yaml).
func asideHearsayDenied(word func(int) string, c, start int) bool {
	if next := word(c + 1); next != "that" && !sayingParticiple(next) {
		return false
	}
	o := asideOpen(word, c, start)
	return o > start && hearsayNoun(word(o-1)) && denialBefore(word, o-1, start)
}
