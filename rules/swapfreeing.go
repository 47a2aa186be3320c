package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Which figure of a swap is the freed side, when "for" joins the two:
// the object of a verb of freeing, and a "for" that opens a clause of its
// own rather than the swap's other side (values.go asks these).

// forOpensClause reports whether the "for" before figure b is the
// conjunction: b's noun phrase (at most three words) is followed by a part
// "of them"/"of these" or by a verb of its own (an auxiliary, a modal, a
// form of "remain"), so b is the subject of a clause giving a reason.
func forOpensClause(d *figures.Document, b int) bool {
	_, be := d.FigureTokens(b)
	for t := be; t < be+4 && t < len(d.Tokens) && d.Tokens[t].IsWord(); t++ {
		w := d.LowerTokenText(t)
		if ofThem(d, t) || auxiliary(w) || modalWord(w) {
			return true
		}
		switch w {
		case "remain", "remains", "remained":
			return true
		}
	}
	return false
}

// objectOfFreeing reports whether figure fi is the object of a verb of
// freeing right before it ("release 450", "hand back 12", "let out 210"):
// the words after it up to "for" describe the side being freed. freeVerb
// holds free, release, hand and return in all their forms, so "hand over"
// and "hand back" pass through it; "let" is read here, since alone it
// frees nobody ("let 40 trucks in").
func objectOfFreeing(d *figures.Document, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k < 0 {
		return false
	}
	switch d.LowerTokenText(k) {
	case "back", "over", "out":
		k--
		if k >= 0 {
			switch d.LowerTokenText(k) {
			case "let", "lets", "letting":
				return true
			}
		}
	}
	return k >= 0 && freeVerb(d.LowerTokenText(k))
}
