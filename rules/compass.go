package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Points of the compass before or after a place's name ("southern Gaza",
// "north-west Syria"): a name qualified by one is still that place.

// compassAdjective reports whether w places a name on the compass:
// "southern", "northwest", "central".
func compassAdjective(w string) bool {
	switch w {
	case "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
		"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// skipCompass steps back over a point of the compass that ends at token
// k, no further back than token first: "northern", "northwest", or
// "north-west" written with a hyphen. It returns the token before it, or
// k when there is none.
func skipCompass(d *figures.Document, k, first int) int {
	if k < first || !compassAdjective(d.LowerTokenText(k)) {
		return k
	}
	if k-2 >= first && d.TokenText(k-1) == "-" && compassAdjective(d.LowerTokenText(k-2)) {
		return k - 3
	}
	return k - 1
}

// compassEnd returns the token after a point of the compass that starts
// at token k ("northern", "northwest", "north-west" with a hyphen), or k
// when none starts there.
func compassEnd(d *figures.Document, k int) int {
	if k >= len(d.Tokens) || !compassAdjective(d.LowerTokenText(k)) {
		return k
	}
	if k+2 < len(d.Tokens) && d.TokenText(k+1) == "-" && compassAdjective(d.LowerTokenText(k+2)) {
		return k + 3
	}
	return k + 1
}

// skipHyphened returns the token before a lower-case modifier of two words
// joined by a hyphen that ends at token k ("rebel-held", "quake-hit"),
// not before first, or k when none ends there.
func skipHyphened(d *figures.Document, k, first int) int {
	if k-2 < first || d.TokenText(k-1) != "-" || d.Tokens[k-1].Space || d.Tokens[k].Space {
		return k
	}
	if !isLowerWord(d.TokenText(k)) || !isLowerWord(d.TokenText(k-2)) {
		return k
	}
	return k - 3
}
