package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A clause opened by ", while" or ", whereas" after the figure's says
// something set against it, of its own subject: "OCHA's count of
// identified women and children moved from about 24,000 to about 13,000,
// while the overall toll it cites did not fall". A keyword there names
// that subject, not what the figure before the comma counts, so it does
// not reach back over the contrast. A keyword before the figure, or in
// the figure's own clause, is read as before.

// contrastApart reports whether keyword hit kw stands in a contrasting
// clause (", while", ", whereas") that opens after figure fi ends.
func contrastApart(d *figures.Document, s *figures.Sentence, fi int, kw hit) bool {
	_, fe := d.FigureTokens(fi)
	if kw.start < fe {
		return false
	}
	for k := fe; k+1 < kw.start && k+1 < s.TokEnd; k++ {
		if d.TokenText(k) != "," {
			continue
		}
		switch strings.ToLower(d.TokenText(k + 1)) {
		case "while", "whereas", "whilst":
			return true
		}
	}
	return false
}
