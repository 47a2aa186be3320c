package rules

import "strings"

// "At the start of" a way is a place on it, not a time: "a war that has
// uprooted upwards of 11 million people sits at the start of the central
// Mediterranean route", "At the start of the desert road to Egypt, ...".
// pastDated reads "at the start (beginning, outset) of" something as a
// past time that dates a running total as an old reading; the start of a
// route, a road or a corridor dates nothing.

// startOfWay reports whether the words from token j, after "at the start
// of", name a way: a noun of a route within the next five words, with no
// mark or preposition before it ("the central Mediterranean route", "the
// smuggling corridors").
func startOfWay(word func(int) string, j int) bool {
	for t := j; t < j+5; t++ {
		w := word(t)
		if wayNoun(w) {
			return true
		}
		if !isLowerWord(w) || prepositions[w] {
			return false
		}
	}
	return false
}

// wayNoun reports whether lower-cased w is a noun of a way people travel
// or goods are moved along, or its plural in -s (the plural by its form,
// so every noun listed has one: "passages", "pipelines").
func wayNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "route", "road", "path", "corridor", "trail", "highway", "passage", "pipeline":
		return true
	}
	return false
}
