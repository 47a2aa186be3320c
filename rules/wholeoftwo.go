package rules

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A metric scoped to one place counts that place, and "both countries" or
// "the two nations" name a whole of two: a figure nearer those words than
// any keyword is that whole's, as if they were in exclude_near (walk56: a
// desk following one country of a quake across a border took "Across both
// countries, the earthquake has so far claimed 1,960 lives" and "the
// combined toll of both countries rose to 5,400" unless it had thought to
// exclude the words). A metric that names such a whole in its own words
// (keywords, scope, parts or exclude_near: quake.yaml counts "both
// countries") is left as it is written.

// wholesOfTwo are the words that name a whole of two countries.
var wholesOfTwo = []string{"both countries", "two countries", "both nations", "two nations"}

// wholeOfTwoPhrases returns the phrases of wholesOfTwo as exclude_near
// phrases of metric s when its scope names a place (a capitalised word) and
// no two joined, and none of its own words names such a whole; nil
// otherwise.
func wholeOfTwoPhrases(s MetricSpec) []phrase {
	if !slices.ContainsFunc(s.Scope, namesOnePlace) {
		return nil
	}
	own := strings.ToLower(strings.Join(slices.Concat(s.Keywords, s.Scope, s.Parts, s.ExcludeNear, s.Exclude), "\n"))
	for _, w := range wholesOfTwo {
		if strings.Contains(own, w) {
			return nil
		}
	}
	var out []phrase
	for _, w := range wholesOfTwo {
		if ph, ok := newPhrase(w); ok {
			ph.rule = "a whole of two, " + strconv.Quote(w) + ", where the metric's scope names one place"
			out = append(out, ph)
		}
	}
	return out
}

// namesOnePlace reports whether a scope entry is a name of one place: a
// capitalised word or words, no vocabulary, no two joined ("Turkey and
// Syria").
func namesOnePlace(entry string) bool {
	r, _ := utf8.DecodeRuneInString(entry)
	return unicode.IsUpper(r) && !strings.Contains(entry, " and ") && !strings.Contains(entry, " & ")
}
