package rules

import "strings"

// A keyword that names an owner's figure ("ministry's figure") is one
// keyword to a reader whichever noun for a figure follows the owner: "the
// ministry's number, it's past fifty-one thousand", "the health ministry's
// tally", "by the ministry's count", "the ministry's numbers". A metric
// that lists one of them is met by all: each other noun is matched under
// the entry as written, as a place's other spellings are (toPhrases).

// figureNounForms are the nouns a figure is written with after its owner,
// each one figureNoun reads.
var figureNounForms = [...]string{"figure", "figures", "number", "numbers", "count", "tally"}

// ownedTotal is the one more noun a figure is written with after its
// owner's "'s": "the UN's verified total", "the ministry's running total".
// After "'s" it can only be a noun (or an adjective of the noun after it,
// "the UN's total death toll", whose keyword stands beside it); alone it
// is no figure noun ("a total of", "totalled", "the total for the
// wounded": figureNoun leaves it), nor after an owner written as a plain
// noun ("the UN total budget"), so only the possessive entry gains it.
const ownedTotal = "total"

// ownedFigureEntry splits an owner's-figure entry ("ministry's figure")
// into its owner as written, with the "'s" ("ministry's"), and its noun.
// It reports false for any other entry, and for an exact or prefix entry
// ("=ministry's figure"), which asks for its own words only.
func ownedFigureEntry(entry string) (owner, noun string, ok bool) {
	if strings.HasPrefix(entry, exactMark) || strings.HasSuffix(entry, "*") {
		return "", "", false
	}
	w := wordsOf(entry)
	if len(w) != 3 || w[1] != "s" || !figureNoun(w[2]) {
		return "", "", false
	}
	return strings.TrimSpace(entry[:strings.LastIndexByte(entry, ' ')]), w[2], true
}

// ownersFigureNouns returns entry written with each other noun for a
// figure when entry is an owner's figure ("ministry's figure" gives
// "ministry's number", "ministry's count", ..., "ministry's total"), or
// nil.
func ownersFigureNouns(entry string) []string {
	owner, noun, ok := ownedFigureEntry(entry)
	if !ok {
		return nil
	}
	var out []string
	for _, n := range figureNounForms {
		if n != noun {
			out = append(out, owner+" "+n)
		}
	}
	return append(out, owner+" "+ownedTotal)
}
