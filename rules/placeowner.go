package rules

import (
	"iter"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A place's "'s" right before a count of people says what a keyword
// phrase "in PLACE" says: "Rafah's 1.3 million refugees from the rest of
// Gaza cannot be marched somewhere safe", "Where can Rafah's 1.4 million
// go?", "Rafah's 1.4m: where can they go?". The people a place owns are
// the people in it, as the people of a "where" that points back to it are
// (whereplace.go). A clause that already holds a word of the metric is
// read by that word, and a count of another noun ("Rafah's 40,000 tents")
// counts that noun.

// ownerPlaceHits appends, for each keyword phrase "in PLACE", a hit on the
// "'s" of PLACE standing right before a count, unless the figure's clause
// holds a keyword or an exclude_near word of the metric already, which
// reads it as before ("Rafah's 275,000 residents before the war"). It
// reads the sentence's figures, not its words, so a sentence with none
// pays nothing.
func (e *Engine) ownerPlaceHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.inPlaces) == 0 {
		return hits
	}
	d := st.d
	for fs := range kindStarts(d, s, figures.Count) {
		if fs-3 < s.TokStart || d.LowerTokenText(fs-1) != "s" || !isApostrophe(d.TokenText(fs-2)) || !named(d, fs-3) {
			continue
		}
		n := len(hits)
		hits = e.inPlaceHits(d, s, fs-3, fs-2, fs, hits)
		hits = dropNamedInClause(hits, n, clauseStart(d, s, fs-3), ownedClauseEnd(d, s, fs))
	}
	return hits
}

// kindStarts yields the first token of each figure of kind k in sentence
// s: the readings that add a hit before a figure (ownerPlaceHits,
// givenNameHits) read the sentence's figures, not its words.
func kindStarts(d *figures.Document, s *figures.Sentence, k figures.Kind) iter.Seq[int] {
	return func(yield func(int) bool) {
		for fi := s.FigStart; fi < s.FigEnd; fi++ {
			if d.Figures[fi].Kind != k {
				continue
			}
			if fs, _ := d.FigureTokens(fi); !yield(fs) {
				return
			}
		}
	}
}
