package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A fronted place may carry a plain adjective or participle between its
// article and its name: "In the occupied West Bank,", "In the embattled
// south of Lebanon,". It frames the sentence as the bare name does, and an
// aside after it that names another place ("where violence surged
// alongside the war in Gaza") changes nothing of where the count is. So
// does one with no article, right after the phrase's preposition: "In
// neighbouring Dunmere,", "Inside devastated Halvik," (walk56: the
// neighbour's toll was taken as the metric's country's).

// skipFrontedAdjective steps back over one lower-case word at token k that
// stands right after "the", or right after the preposition at first that
// opens a fronted place phrase, no further back than first: it returns the
// token of "the" or of that preposition, or k when there is no such word.
// A word that stops a clause ("of", "and", "has") is no adjective.
func skipFrontedAdjective(d *figures.Document, k, first int) int {
	if k-1 < first || k < 0 || !isLowerWord(d.TokenText(k)) || clauseStop(d.LowerTokenText(k)) {
		return k
	}
	if d.LowerTokenText(k-1) == "the" || k-1 == first && frontedPlacePreposition(d.LowerTokenText(k-1)) {
		return k - 1
	}
	return k
}

// frontedPlacePreposition reports whether w opens a fronted place phrase
// that frames a sentence ("In Syria,", "Across Hatay,", "For Syria,").
func frontedPlacePreposition(w string) bool {
	switch w {
	case "in", "across", "inside", "throughout", "for":
		return true
	}
	return false
}
