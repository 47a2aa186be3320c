package rules

import (
	"slices"
	"strings"
)

// A city the sentence does not name may be the metric's city when the
// story names the region that holds it, though never the city itself: in
// a story about Gaza, "an offensive into a city where 1.4 million
// displaced people have sought refuge" is about Rafah, as it is in a
// story headed "Rafah braces for assault" (coref.go's articleCity). The
// region is read from names/within.yaml: the places whose "within" list
// holds one of the metric's sentence-wide scope names (Rafah is within
// Gaza). The noun must be described as articleCity asks (what it holds,
// no name before it in its sentence, not what the place "was"), so a
// story about Gaza's north that names Jabalia before "a city where" still
// names its own city (region_city.yaml).

// scopeRegions returns, as scope phrases, the regions of names/within.yaml
// that hold one of scope's entries (a place's words, lower-cased, as
// within.yaml spells it), each region by its every spelling; nil when none
// does.
func scopeRegions(scope []string) []phrase {
	var names []string
	for _, r := range regions() {
		held := slices.ContainsFunc(scope, func(entry string) bool {
			words := wordsOf(entry)
			return slices.ContainsFunc(r.within, func(w []string) bool { return slices.Equal(w, words) })
		})
		if held {
			for _, sp := range placeSpellings(r.place) {
				names = append(names, strings.Join(sp, " "))
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	return toPhrases(names, "scope", nil)
}
