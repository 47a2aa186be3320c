package rules

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A metric scoped to one place counts that place, and "both countries",
// "the two nations" or "the three countries" name a whole of several: a
// figure nearer those words than any keyword is that whole's, as if they
// were in exclude_near (walk56: a
// desk following one country of a quake across a border took "Across both
// countries, the earthquake has so far claimed 1,960 lives" and "the
// combined toll of both countries rose to 5,400" unless it had thought to
// exclude the words). A metric whose scope names two places ("Turkey",
// "Syria": the combined toll), or whose own words name countries or
// nations (quake.yaml counts "both countries"), is left as it is written.

// wholeCounts are the words before a plural of a country that make a
// whole of more than one: "both countries", "the three nations", "several
// countries"; wholeNouns those plurals.
var (
	wholeCounts = []string{"both", "two", "three", "four", "five", "six", "several"}
	wholeNouns  = []string{"countries", "nations"}
)

// wholeOfTwoPhrases returns the phrases of a whole of several countries
// (wholeCounts before wholeNouns) as exclude_near phrases of metric s when
// its scope names one place (onePlaceScope), and none of its own words
// names such a whole; nil otherwise.
func wholeOfTwoPhrases(s MetricSpec) []phrase {
	if !onePlaceScope(s.Scope) {
		return nil
	}
	own := strings.ToLower(strings.Join(slices.Concat(s.Keywords, s.Scope, s.Parts, s.ExcludeNear, s.Exclude), "\n"))
	for _, n := range wholeNouns {
		if strings.Contains(own, n) {
			return nil
		}
	}
	var out []phrase
	for _, c := range wholeCounts {
		for _, n := range wholeNouns {
			w := c + " " + n
			if ph, ok := newPhrase(w); ok {
				ph.rule = "a whole of several, " + strconv.Quote(w) + ", where the metric's scope names one place"
				out = append(out, ph)
			}
		}
	}
	return out
}

// onePlaceScope reports whether a scope names one place: its capitalised
// entries, none joining two ("Turkey and Syria"), are one name and the
// words made from it ("Calvora", "Calvoran": a shared start of four
// letters or more). Two places ("Turkey", "Syria") are a whole's scope.
func onePlaceScope(scope []string) bool {
	first := ""
	for _, e := range scope {
		r, _ := utf8.DecodeRuneInString(e)
		if !unicode.IsUpper(r) {
			continue
		}
		if strings.Contains(e, " and ") || strings.Contains(e, " & ") {
			return false
		}
		if first == "" {
			first = e
		} else if !samePlaceWord(first, e) {
			return false
		}
	}
	return first != ""
}

// samePlaceWord reports whether two capitalised scope words share a start
// of at least four letters, or one is the other's start: a place and its
// demonym or adjective ("Calvora", "Calvoran"; "Syria", "Syrian").
func samePlaceWord(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 4 || n == min(len(a), len(b))
}
