package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A heading names the whole its items divide: "Civilian casualties: 12,340
// killed, 27,836 injured", "civilian casualty count | Killed: 13,341 |
// Injured: 32,744". The heading's exclude_near word (casualties: the dead
// and the injured together) is the list's whole, and each item's own word
// says what its figure counts; as near the figure as that word, the
// heading rules nothing out (heading_whole_items.yaml). The heading
// closes at its colon or at a table's pipe, holds no amount and no other
// exclude_near word of the metric (a part of its own: "Kharkiv civilian
// casualties:", "casualties this month:"), and another item's figure
// follows the figure. An item word joined to the other side ("killed or
// injured", "killed and wounded") names the whole again.

// headingNamesWhole reports whether exclude_near hit ex stands in the
// heading of a list whose item, figure fi, keyword hit kw names.
func headingNamesWhole(d *figures.Document, s *figures.Sentence, hits []hit, ex, kw hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if ex.end > fs || kw.start < ex.end || !isLowerWord(d.TokenText(ex.start)) {
		return false
	}
	mark := -1
	for k := ex.end; k < fs; k++ {
		if t := d.TokenText(k); t == ":" || t == "|" {
			mark = k
			break
		}
		if fj := figureAt(d, k); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			return false // the heading's own figure
		}
	}
	if mark < 0 || kw.start < mark {
		return false
	}
	for _, h := range hits {
		if h.ref.metric == ex.ref.metric && h.ref.role == roleNear && h.start < mark && h.start != ex.start {
			return false // another exclude_near word in the heading: a part of its own
		}
	}
	// The item's own word: right after the figure ("12,340 killed"), or
	// its label right before it ("Killed: 13,341").
	own := kw.start == fe || kw.end == fs || kw.end+1 == fs && d.TokenText(kw.end) == ":"
	if !own {
		return false
	}
	if kw.end < s.TokEnd {
		switch w := d.LowerTokenText(kw.end); {
		case w == "or" || w == "/" || w == "and" && (kw.end+1 >= s.TokEnd || figureAt(d, kw.end+1) < 0):
			return false // "killed or injured"
		}
	}
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		if d.Figures[fj].Kind.IsAmount() {
			return true // another item
		}
	}
	return false
}
