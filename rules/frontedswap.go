package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A swap may open with what one side is freed for: "In return for those
// three young women, Israel has let go ninety Palestinian prisoners", "In
// exchange for the 33 it holds, Hamas wants 1,000 freed". The fronted
// phrase's figure is the other side from the figure of the clause after
// its comma, whatever the phrase's noun ("women", "it holds").

// frontedSwapWords is how many words may stand between the fronted
// phrase's comma and the other side's figure: the clause's subject and
// verb.
const frontedSwapWords = 10

// frontedSwap reports whether figure a of sentence s stands in a phrase
// "in return for" or "in exchange for" that opens the sentence (after at
// most two words: "And", "But so"), its noun phrase closed by a comma, and
// figure b stands in the clause after that comma, no other figure between.
func frontedSwap(d *figures.Document, s *figures.Sentence, a, b int) bool {
	as, ae := d.FigureTokens(a)
	bs, _ := d.FigureTokens(b)
	k := as - 1
	if k > s.TokStart && frontedDeterminer(d.TokenText(k)) {
		k--
	}
	if k-2 < s.TokStart || !strings.EqualFold(d.TokenText(k), "for") || !strings.EqualFold(d.TokenText(k-2), "in") {
		return false
	}
	switch strings.ToLower(d.TokenText(k - 1)) {
	case "return", "exchange":
	default:
		return false
	}
	if d.WordPos(k-2)-d.WordPos(s.TokStart) > 2 {
		return false // not the sentence's opening phrase
	}
	comma := -1
	for t := ae; t < bs && t <= ae+4; t++ {
		if d.TokenText(t) == "," {
			comma = t
			break
		}
		if !d.Tokens[t].IsWord() {
			return false
		}
	}
	if comma < 0 || d.WordPos(bs)-d.WordPos(comma) > frontedSwapWords {
		return false
	}
	for t := comma + 1; t < bs; t++ {
		if figureAt(d, t) >= 0 {
			return false
		}
		if w := d.TokenText(t); w == ";" || w == ":" || w == "," {
			return false
		}
	}
	return true
}

// frontedDeterminer reports whether w may stand between "for" and a
// fronted side's figure: "for those three young women", "for the 33".
func frontedDeterminer(w string) bool {
	switch strings.ToLower(w) {
	case "the", "those", "these", "all", "its", "their":
		return true
	}
	return false
}
