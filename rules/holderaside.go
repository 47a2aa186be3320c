package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An aside that places the holder ends on a name of its own: "Rafah, on
// the border with Egypt, is now home to as many as 1.5m", "Rafah, near
// the crossing into Egypt, now shelters", "Chad, on the border with
// Sudan, hosts", "Deir al-Balah, in central Gaza, held" (a point of the
// compass before the aside's name). The name before the aside's closing comma is the object
// of the aside's preposition, not the subject: the holder is the name the
// aside is set off from.

// asideHolder returns the last token of the name an aside ending on the
// name at token t is set off from, or -1: the name at t follows a
// lower-case preposition, and walking back from it at most
// asideHolderWords tokens, with no other mark between, a comma stands
// right after a name. A name after a preposition with no such comma
// before it ("fled to Rafah, home to") is no aside's object, and -1 leaves
// it the holder.
func asideHolder(d *figures.Document, s *figures.Sentence, t int) int {
	n := t
	for n > s.TokStart && (named(d, n-1) || d.TokenText(n-1) == "-" && named(d, n-2)) {
		n--
	}
	if n-1 > s.TokStart && compassAdjective(d.LowerTokenText(n-1)) && isLowerWord(d.TokenText(n-1)) {
		n-- // "Deir al-Balah, in central Gaza, held"
	}
	if n <= s.TokStart {
		return -1
	}
	if c := relativeAsideOpen(d, s, n); c >= 0 {
		return namedHead(d, s, c-1) // "Rafah, which lies on the Egyptian border, holds"
	}
	if p := d.LowerTokenText(n - 1); !prepositions[p] && !placePreposition(p) && !asidePreposition(p) || !isLowerWord(d.TokenText(n-1)) {
		return -1
	}
	for c := n - 2; c > s.TokStart && c >= n-1-asideHolderWords; c-- {
		switch w := d.TokenText(c); {
		case w == ",":
			return namedHead(d, s, c-1) // "Rafah, on ...", "the Mawasi area, a few kilometres from ..."
		case !d.Tokens[c].IsWord():
			return -1
		}
	}
	return -1
}

// asideHolderWords is how far back from the aside's last name its opening
// comma may stand: ", near the main crossing point into" is six.
const asideHolderWords = 8

// asidePreposition reports whether lower-cased w is a preposition of
// where a place lies that neither prepositions nor placePreposition
// names: "the road towards Khan Younis", "hard against the frontier".
func asidePreposition(w string) bool {
	switch w {
	case "toward", "towards", "along", "against", "beside", "opposite":
		return true
	}
	return false
}

// relativeAsideOpen returns the comma that opens a relative clause set off
// after a name, which the name starting at token n ends ("Rafah, which
// borders Egypt, shelters ..."), or -1: walking back at most
// asideHolderWords words with no other mark between, a comma stands right
// after a name, and "which" or "where" opens the clause. The name at n is
// the clause's object; its subject, the name before the comma, holds.
func relativeAsideOpen(d *figures.Document, s *figures.Sentence, n int) int {
	for c := n - 1; c > s.TokStart && c >= n-1-asideHolderWords; c-- {
		switch w := d.TokenText(c); {
		case w == ",":
			if r := d.LowerTokenText(c + 1); (r == "which" || r == "where") && c+1 < n-1 && named(d, c-1) {
				return c
			}
			return -1
		case !d.Tokens[c].IsWord():
			return -1
		}
	}
	return -1
}
