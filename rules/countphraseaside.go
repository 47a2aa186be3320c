package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A long subject before the verb that sets a count (countPhrase) may hold
// what a writer adds to it without leaving it: an aside about who counts
// ("The total number of civilians killed since Russia launched its
// full-scale invasion, as verified by the U.N.'s monitoring mission, rose
// to 12,910"), a list of words ("killed by air strikes, shelling and
// ground operations since ...") and a day inside the verb ("rose on
// Thursday to 29,410"). None of them says what is counted; the count
// noun's "of" phrase does.

// phraseAsideOpen returns the comma that opens the aside the comma at
// token closing closes, in sentence s, or -1: the aside opens with a word
// that opens one (asideOpensAt) or "as" and a participle ("as verified by
// ...", "as recorded by ...") and holds no other comma or amount.
func phraseAsideOpen(d *figures.Document, s *figures.Sentence, closing int) int {
	for c := closing - 1; c > s.TokStart; c-- {
		if fj := figureAt(d, c); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			return -1
		}
		switch d.TokenText(c) {
		case ",":
			if c+1 < closing && (asideOpensAt(d, c+1) || asParticiple(d, c+1) || bothAside(d, c+1, closing)) {
				return c
			}
			return -1
		case ";", ":", ".", "—", "–":
			if d.TokenText(c) != "." || !initialDot(d, s, c) {
				return -1
			}
		}
	}
	return -1
}

// bothAside reports whether the aside from token k to the comma at token
// closing is a "both ... and" that names the parts the count joins: "both
// inside the country and beyond its borders", "both those inside and
// those abroad". It says what the count holds, as "including" does.
func bothAside(d *figures.Document, k, closing int) bool {
	return strings.EqualFold(d.TokenText(k), "both") && wordAmong(d, k+2, closing, func(w string) bool { return w == "and" })
}

// asParticiple reports whether token k is "as" and a participle: "as
// verified by the mission", "as recorded by the ministry".
func asParticiple(d *figures.Document, k int) bool {
	if k+1 >= len(d.Tokens) || !strings.EqualFold(d.TokenText(k), "as") {
		return false
	}
	w := d.TokenText(k + 1)
	return isLowerWord(w) && strings.HasSuffix(w, "ed")
}

// dayAdjunctStart returns the first token of a day named right before token
// p, in sentence s ("on Thursday", "yesterday", "overnight"), or p when
// there is none.
func dayAdjunctStart(d *figures.Document, s *figures.Sentence, p int) int {
	k := p - 1
	if k <= s.TokStart {
		return p
	}
	switch w := lowerTok(d, k); {
	case w == "overnight", w == "yesterday", w == "today":
		return k
	case weekday(w):
		if d.LowerTokenText(k-1) == "on" {
			return k - 1
		}
		return k
	}
	return p
}

// listComma reports whether the comma at token k, in sentence s, parts
// the items of a list of words ("air strikes, shelling and ground
// operations", "missiles, drones, artillery and mines"): a lower-case word
// before it, and after it lower-case words and the list's other commas up
// to "and" or "or", within listItemsWords tokens.
func listComma(d *figures.Document, s *figures.Sentence, k int) bool {
	if k-1 <= s.TokStart || !isLowerWord(d.TokenText(k-1)) {
		return false
	}
	for t := k + 1; t < s.TokEnd && t <= k+listItemsWords; t++ {
		w := d.TokenText(t)
		switch {
		case w == "and" || w == "or":
			return isLowerWord(d.TokenText(t - 1))
		case w == ",":
			if !isLowerWord(d.TokenText(t - 1)) {
				return false
			}
		case !isLowerWord(w):
			return false
		}
	}
	return false
}

// listItemsWords is how many tokens may follow a list's comma before its
// "and" or "or".
const listItemsWords = 8
