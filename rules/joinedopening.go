package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A word that only joins a sentence to the one before it ("And in
// Lebanon, they counting near four thousand dead", "But in the West Bank,
// ...", "So in Israel, ...") frames nothing of its own: the place phrase
// after it still opens the sentence and frames what it says, as it does
// with no such word (placeOfSentence; frontedcountry.go's frontedOpening
// reads another country's phrase past the same words).

// joinedOpening returns the token after a joining word at token open of
// sentence s (joiningOpener, and its comma: "Meanwhile, in") when a
// fronted "in", "across", "inside", "throughout" or "here" follows it;
// open otherwise.
func joinedOpening(d *figures.Document, s *figures.Sentence, open int) int {
	if open+2 >= s.TokEnd || !joiningOpener(d.LowerTokenText(open)) {
		return open
	}
	k := open + 1
	if d.TokenText(k) == "," {
		k++
	}
	switch d.LowerTokenText(k) {
	case "in", "across", "inside", "throughout", "here":
		return k
	}
	return open
}
