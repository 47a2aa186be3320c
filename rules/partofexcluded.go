package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A part of a whole amount that an exclude_near word names is a part of
// that other sum, however near the metric's keyword stands to the part:
// "Some $3.5bn of the $14.3bn supplemental Congress passed for Israel is
// Foreign Military Financing" is FMF in a one-off bill, not the yearly grant; "Of
// the $14bn emergency package, some $3.5bn is FMF" the same. The whole is
// the amount after "of" and a determiner, or the one a fronted "Of the
// ..." phrase names (frontedWholeFigure); the exclude_near word stands
// right beside it ("the $14.3bn supplemental", "the emergency $14bn").
// A money metric asks it: a sum's parts are told this way
// (part_of_excluded_whole.yaml).

// partOfExcludedWhole reports whether figure fi of sentence s is a part of
// a whole amount an exclude_near hit names.
func partOfExcludedWhole(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	w := partWhole(d, s, fi)
	if w < 0 {
		return false
	}
	ws, we := d.FigureTokens(w)
	for _, h := range hits {
		if h.ref.role != roleNear {
			continue
		}
		if h.start >= we && d.WordPos(h.start)-d.WordPos(we) <= 1 && wordsOnly(d, we, h.start) ||
			h.end <= ws && d.WordPos(ws)-d.WordPos(h.end) == 0 {
			return true
		}
	}
	return false
}

// partWhole returns the whole amount figure fi is said to be a part of:
// right after it, "of" and a determiner or owner ("$3.3bn of the $14bn"),
// or in a phrase opening the sentence ("Of the $14bn ..., $3.5bn"); else -1.
func partWhole(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	if fe+2 < s.TokEnd && d.LowerTokenText(fe) == "of" {
		switch d.LowerTokenText(fe + 1) {
		case "the", "its", "their", "this", "that":
			if w := figureIn(d, s, fe+2); w >= 0 && d.Figures[w].Kind.IsAmount() {
				if ws, _ := d.FigureTokens(w); ws == fe+2 {
					return w
				}
			}
		}
	}
	if w := frontedWholeFigure(d, s, fs); w >= 0 && w != fi {
		return w
	}
	return -1
}
