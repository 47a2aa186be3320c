package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// An owner's figure is said with its noun left out when the owner's 's
// stands right before the figure: "far higher than the ministry's
// 37,877", "set against the ministry's 41,000". A keyword that names an
// owner's figure ("ministry's count") is met by the owner and a bare
// figure after its 's, as it is by the owner and a noun for a figure
// (ownersfigure.go). The figure must stand bare (a mark or the sentence's
// end after it: a noun after it says what it counts, "the ministry's 13
// hospitals"), and a sentence with any word of the metric's own is read
// by those alone.

// ownedFigureHits appends to hits a keyword hit on the owner whose 's
// stands right before a bare figure of sentence s, for each metric with
// an owner's-figure keyword of that owner.
func (e *Engine) ownedFigureHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		fs, _ := d.FigureTokens(fi)
		at := ownerBefore(d, fs)
		if at < s.TokStart || !bareAnswer(d, s, fs) {
			continue
		}
		owner := d.LowerTokenText(at)
		for mi, m := range e.metrics {
			if metricHit(hits, mi) {
				continue
			}
			for ki, ph := range m.keywords {
				if o, ok := ownersFigure(ph); ok && o == owner {
					hits = append(hits, hit{ref: phraseRef{metric: int32(mi), role: roleKeyword, index: int32(ki)}, start: at, end: at + 1})
					break
				}
			}
		}
	}
	return hits
}
