package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A swap's first side may carry an aside set off by commas before the
// "for" that names the other: "Trading 150 prisoners, most never charged,
// for 50 women and children is not a concession", "Israel freed 90
// detainees, nearly all of them teenagers, for three hostages". The aside
// describes the side's people; swapBetween reads the side's noun phrase
// up to it and "for" right after it as if it were not there
// (testdata/examples/swap_side_aside.yaml). An aside with a figure of its
// own ("150 prisoners, 30 of them minors, for 50") is not read so.

// swapAsideWords is how many words an aside before "for" may hold: ",
// most of them never charged with a crime,".
const swapAsideWords = 8

// swapSideAside returns the token of the comma that opens an aside after
// the figure ending at token ae and closes right before "for" at token
// bs-1, or -1.
func swapSideAside(d *figures.Document, ae, bs int) int {
	if bs-ae < 4 || d.TokenText(bs-2) != "," {
		return -1
	}
	open := -1
	for t := ae; t < bs-2; t++ {
		if d.TokenText(t) == "," {
			open = t
			break
		}
	}
	if open < 0 || bs-2-open-1 < 1 || bs-2-open-1 > swapAsideWords {
		return -1
	}
	for t := open + 1; t < bs-2; t++ {
		if !d.Tokens[t].IsWord() || figureAt(d, t) >= 0 {
			return -1
		}
	}
	return open
}

// wordsOnly reports whether tokens [from, to) are all words and no
// figure's.
func wordsOnly(d *figures.Document, from, to int) bool {
	for t := from; t < to; t++ {
		if !d.Tokens[t].IsWord() || figureAt(d, t) >= 0 {
			return false
		}
	}
	return true
}
