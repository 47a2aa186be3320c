package claimant

// Prepositions of place: the words after which prose names where a thing
// is or was ("in Penang", "at the port", "near Tororo", "across the
// state"). One list for every reader that asks whether a phrase may be a
// place (quantityplace.go, headlinesource.go, headlinepassive.go,
// properlabel.go, labeltown.go), so a word of where added here is read
// alike by all of them. A reader still asks of the phrase after it
// whether it is a place: "in the latest poll" follows the same word.
var placePrepositions = set("in at on near across around outside throughout")

// placePreposition reports whether token k is a preposition of place, in
// whatever case (a headline capitalises it: "Deaths In Gaza").
func (v *view) placePreposition(k int) bool {
	return uint(k) < uint(len(v.toks)) && v.toks[k].word && placePrepositions[v.toks[k].low]
}
