package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Bodies handed over in a trade are goods exchanged, not deaths reported:
// "a businessman and three soldiers' bodies for some 430 prisoners",
// "the remains of two hostages in exchange for 60 detainees". A noun of
// the dead ("bodies", "remains"), with a short "of" phrase of whose, then
// "for", "in exchange for" or "in return for" and a figure is no keyword: the figure is what the dead
// were traded for. "Rescuers recovered 40 bodies for burial" names no
// figure after "for", and keeps its keyword.

// dropTradedBodies removes from hits the keyword hits that end on a noun
// of the dead traded for a figure.
func dropTradedBodies(d *figures.Document, s *figures.Sentence, hits []hit) []hit {
	word := sentenceWords(d, s)
	out := hits[:0]
	// The answer is the hit's last token's alone, and metrics that share
	// a keyword (a thousand metrics' twins) find their hits one after
	// another at the same place: the last token's answer is kept (at, -1
	// when none was asked yet).
	at, traded := -1, false
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end > h.start {
			if h.end-1 != at {
				at, traded = h.end-1, deadNounShape(d.TokenText(h.end-1)) && tradedFor(d, s, word, h.end-1)
			}
			if traded {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// deadNounShape reports whether token text w has the length and the first
// letter (any case) of one of tradedFor's nouns of the dead: most keywords
// have neither, and are passed over without lowering their last word (a
// thousand metrics' hits each asked it).
func deadNounShape(w string) bool {
	switch len(w) {
	case len("body"), len("bodies"), len("remains"): // "corpses" as "remains"
		c := w[0] | 0x20
		return c == 'b' || c == 'r' || c == 'c'
	}
	return false
}

// tradedFor reports whether token k is a noun of the dead followed by a
// preposition of exchange and, within maxTradeWords words, an amount.
func tradedFor(d *figures.Document, s *figures.Sentence, word func(int) string, k int) bool {
	switch word(k) {
	case "bodies", "body", "remains", "corpses":
	default:
		return false
	}
	t := k + 1
	if word(t) == "of" {
		// Whose: "the body of a pilot in return for".
		for n := 0; n < maxTradeWords && t+1 < s.TokEnd && word(t+1) != "for" && word(t+1) != "in"; n++ {
			t++
		}
		t++
	}
	switch {
	case word(t) == "for":
		t++
	case word(t) == "in" && (word(t+1) == "exchange" || word(t+1) == "return") && word(t+2) == "for":
		t += 3
	default:
		return false
	}
	for n := 0; n < maxTradeWords && t < s.TokEnd; n, t = n+1, t+1 {
		if fi := figureAt(d, t); fi >= 0 && d.Figures[fi].Kind.IsAmount() {
			return true
		}
	}
	return false
}

// maxTradeWords is how many words may stand between the preposition of an
// exchange and its figure: a qualifier ("some", "more than") or a
// determiner ("the").
const maxTradeWords = 3
