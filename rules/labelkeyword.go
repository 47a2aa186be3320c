package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A headline's opening label may carry the first word of a two-word
// keyword whose last word is the noun the figure counts: "Arms pipeline:
// 100-plus sales to Israel since October 7 ..." says "arms sales" of its
// figure. A figure with another noun ("Arms pipeline: 40 deliveries") or
// none takes no hit. The label is at most three words before a colon that
// opens the sentence (after a live blog's stamp); the hit covers the
// figure's noun.

// labelKeywordHits appends a keyword hit on the noun right after a figure
// past the label's colon when a word of the label opens a two-word
// keyword phrase and the noun is that phrase's second word.
func (e *Engine) labelKeywordHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	if s.FigEnd <= s.FigStart {
		return hits
	}
	colon := st.labelColon(s) // any words label here
	if colon < 0 {
		return hits
	}
	start := afterStamp(d, s)
	if colon <= start {
		return hits
	}
	var buf [64]byte
	for k := start; k < colon; k++ {
		w := lowerInto(&buf, d.TokenText(k))
		for _, ref := range e.byStem[st.stems.of(w)] {
			ph := e.phraseOf(ref)
			if ref.role != roleKeyword || len(ph.keys) != 2 || ph.exact || ph.prefix {
				continue
			}
			for fi := s.FigStart; fi < s.FigEnd; fi++ {
				fs, fe := d.FigureTokens(fi)
				if fs <= colon || fe >= s.TokEnd || !d.Figures[fi].Kind.IsAmount() || !d.Tokens[fe].IsWord() {
					continue
				}
				var nb [64]byte
				if st.stems.of(lowerInto(&nb, d.TokenText(fe))) == ph.keys[1] {
					hits = append(hits, hit{ref: ref, start: fe, end: fe + 1})
				}
			}
		}
	}
	return hits
}
