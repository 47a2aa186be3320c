package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A list of names that closes on "and other <places>" names parts of a
// wider whole, not the whole: "more than 50,000 civilians may have died in
// Mariupol, Bakhmut and other devastated cities" counts some cities, and
// the exclude_near place among them stays a part's place. Names joined
// with no such tail ("in Turkey and Syria") make the whole (joinedPlace).

// otherPlacesAfter reports whether the name at exclude_near hit h stands
// in a list of names ("Mariupol, Bakhmut") that ends "and other" (or "or
// other"), up to three words, and a plural noun of places.
func otherPlacesAfter(d *figures.Document, h hit) bool {
	k := h.end
	for items := 0; k < len(d.Tokens) && items < 8; items++ {
		if d.TokenText(k) != "," {
			break
		}
		if k+1 >= len(d.Tokens) || !named(d, k+1) {
			return false
		}
		k += 2
		for k < len(d.Tokens) && named(d, k) {
			k++ // "Kryvyi Rih"
		}
	}
	if k+1 >= len(d.Tokens) {
		return false
	}
	if w := d.LowerTokenText(k); w != "and" && w != "or" {
		return false
	}
	if d.LowerTokenText(k+1) != "other" {
		return false
	}
	for j := k + 2; j < len(d.Tokens) && j <= k+5; j++ {
		if !d.Tokens[j].IsWord() {
			if d.TokenText(j) == "-" {
				continue // "other front-line towns"
			}
			return false
		}
		if placesNoun(d.LowerTokenText(j)) {
			return true
		}
	}
	return false
}

// placesNoun reports whether lower-case w is a plural noun of places:
// "cities", "towns", "camps".
func placesNoun(w string) bool {
	switch w {
	case "cities", "towns", "villages", "regions", "provinces", "districts", "areas", "oblasts", "governorates",
		"communities", "settlements", "places", "neighbourhoods", "neighborhoods", "camps", "localities":
		return true
	}
	return false
}

// otherPlacesPart reports whether figure fi of sentence s is placed in a
// list of named places that closes on "and other <places>", for a metric
// that counts a total: the list names some of the whole's places, so the
// figure is their part ("died in Bakhmut, Avdiivka and other front-line
// towns"). The list stands after the figure in its clause, with no other
// amount between, or opens the sentence ("In Mariupol, Bakhmut and other
// cities, ...").
func otherPlacesPart(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	at := func(k int) bool {
		switch d.LowerTokenText(k) {
		case "in", "across", "throughout":
		default:
			return false
		}
		return k+1 < s.TokEnd && named(d, k+1) && otherPlacesAfter(d, hit{start: k + 1, end: nameEnd(d, s, k+1)})
	}
	if at(afterStamp(d, s)) {
		return true
	}
	for k := fe; k < s.TokEnd && k < fe+15; k++ {
		if w := d.TokenText(k); w == ";" || w == ":" || labelMark(w) || clauseBreak(d, k, k+1) {
			return false
		}
		if fj := figureAt(d, k); fj >= 0 && fj != fi && d.Figures[fj].Kind.IsAmount() {
			return false
		}
		if at(k) {
			return true
		}
	}
	return false
}

// nameEnd returns the token after the name that starts at token k.
func nameEnd(d *figures.Document, s *figures.Sentence, k int) int {
	for k < s.TokEnd && named(d, k) {
		k++
	}
	return k
}
