package rules

import "strings"

// A keyword that names an owner's figure ("ministry's figure") is one
// keyword to a reader whichever noun for a figure follows the owner: "the
// ministry's number, it's past fifty-one thousand", "the health ministry's
// tally", "by the ministry's count", "the ministry's numbers". A metric
// that lists one of them is met by all: each other noun is matched under
// the entry as written, as a place's other spellings are (toPhrases).

// ownersFigureNouns returns entry written with each other noun for a
// figure (figureNoun) when entry is an owner's figure ("ministry's
// figure" gives "ministry's number", "ministry's count", ...), or nil. An
// exact or prefix entry ("=ministry's figure") asks for its own words only.
func ownersFigureNouns(entry string) []string {
	if strings.HasPrefix(entry, exactMark) || strings.HasSuffix(entry, "*") {
		return nil
	}
	w := wordsOf(entry)
	if len(w) != 3 || w[1] != "s" || !figureNoun(w[2]) {
		return nil
	}
	owner := strings.TrimSpace(entry[:strings.LastIndexByte(entry, ' ')+1])
	var out []string
	for _, n := range [...]string{"figure", "figures", "number", "numbers", "count", "tally"} {
		if n != w[2] {
			out = append(out, owner+" "+n)
		}
	}
	return out
}
