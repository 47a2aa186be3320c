package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A place joined to another: "in Turkey and Syria", "inside Sudan and
// across its borders" make a whole, not the part one place names, so an
// exclude_near word joined so rules out nothing. It stands apart from
// places.go's readings of where a place stands because nearest.go,
// placelabel.go and other files ask it of any place they find.

// joinedPlace reports whether exclude_near hit h is a place joined to
// another by "and" or "or" and a preposition, or a name joined to another
// name: together they make more than the part h names ("inside Sudan and
// across its borders", "in Turkey and Syria").
func joinedPlace(d *figures.Document, h hit) bool {
	word := func(k int) string {
		if k >= len(d.Tokens) {
			return "" // the name ends the text: "... across Turkey and Syria"
		}
		return d.LowerTokenText(k)
	}
	if otherPlacesAfter(d, h) {
		return false // "in Mariupol, Bakhmut and other cities": parts (otherplaces.go)
	}
	if compassEnd(d, h.start) == h.end && h.end > h.start && named(d, h.end) {
		// A point of the compass before a name is part of it: "southeast
		// Türkiye and northwest Syria" is the whole.
		return joinedPlace(d, hit{ref: h.ref, start: h.end, end: h.end + 1})
	}
	if named(d, h.start) {
		// A name joined to another name: "Turkey and Syria", "Syria and
		// Turkey", "Turkey-Syria", "Turkey, Syria", each perhaps with a
		// point of the compass ("southern Turkey and northern Syria").
		// Both together are the whole.
		before := skipCompass(d, h.start-1, 0)
		if before >= 1 && word(before) == "the" && (word(before-1) == "and" || word(before-1) == "or") {
			before--
		}
		if before >= 1 && neighbourWord(word(before)) {
			before-- // "Turkey and neighbouring Syria" (joinedneighbour.go)
		}
		if before >= 2 && (placePreposition(word(before)) || word(before) == "across") && isLowerWord(d.TokenText(before)) &&
			(word(before-1) == "and" || word(before-1) == "or") {
			before-- // "in Turkey and in Syria": the preposition said again
		}
		if addedPlace(d, before) {
			return true // "killed 48,000 people together with neighbouring Syria"
		}
		after := h.end + 1
		if j := word(h.end); after < len(d.Tokens) && (j == "and" || j == "or") && (word(after) == "the" || neighbourWord(word(after))) {
			after++ // "Türkiye and the Syrian Arab Republic"; "Syria, the UN said" joins nothing
		}
		if after < len(d.Tokens) {
			after = compassEnd(d, after) // "southern Türkiye and north-west Syria"
		}
		// "There" points back to a place named before: "earthquakes there
		// and in Syria" join it as a name does.
		if before >= 1 && isJoin(word(before)) && (named(d, before-1) && !sentenceAdverbAt(d, before-1) || word(before-1) == "there") ||
			isJoin(word(h.end)) && named(d, after) || addedPlaceAfter(d, h.end) {
			return true
		}
	}
	if w := word(h.end); w != "and" && w != "or" || h.end+1 >= len(d.Tokens) {
		return false
	}
	switch word(h.end + 1) {
	case "across", "outside", "abroad", "beyond", "in", "inside", "within", "to", "into":
		return true
	}
	// "both" before the place joins it to whatever follows "and": "counting
	// both those uprooted inside the country and refugees".
	for k := h.start - 1; k >= 0 && k >= h.start-4 && d.Tokens[k].IsWord(); k-- {
		if w := word(k); w == "both" || w == "either" {
			return true
		}
	}
	return false
}

// isJoin reports whether w joins two names into one whole: "and", "or",
// a hyphen, a comma, a slash, or the sign of a sum ("Türkiye + Syria",
// "Turkey & Syria", "Turkey plus Syria").
func isJoin(w string) bool {
	switch w {
	case "and", "or", "-", ",", "/", "+", "&", "plus":
		return true
	}
	return false
}
