package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// asideWords counts the words of the relative clauses that stand between
// keyword hit h and figure fi, each opened by a comma and which, who, whose
// or where and closed by a comma: an aside about the keyword's noun, not a
// distance between the keyword and its figure. Only a keyword before its
// figure has one.
func asideWords(d *figures.Document, h hit, fi int) int {
	fs, _ := d.FigureTokens(fi)
	if h.end > fs {
		return 0
	}
	var buf [64]byte
	n := 0
	for t := h.end; t+1 < fs; t++ {
		if d.TokenText(t) != "," {
			continue
		}
		switch string(lowerInto(&buf, d.TokenText(t+1))) {
		case "which", "who", "whose", "where":
		default:
			continue
		}
		for c := t + 1; c < fs; c++ {
			if d.TokenText(c) == "," {
				n += d.WordPos(c) - d.WordPos(t+1)
				t = c
				break
			}
		}
	}
	return n
}
