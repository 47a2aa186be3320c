package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A fronted condition says under what the clause after it would happen:
// "Should military operations expand into Rafah, partners estimate that up
// to 600,000 people could be displaced again", "If fighting reaches the
// camps in Rafah, up to half a million could be uprooted". A keyword in
// the condition names where the event may come, not whom the figure
// counts; the figure's own words follow its modal, and it is what may
// come. A figure whose noun names people there now, before the modal
// ("the 1.4 million people sheltering there could be displaced again"),
// has its keyword nearer, and stays a count.

// conditionWords is how many words a fronted condition may hold.
const conditionWords = 16

// conditionProjection reports whether keyword hit h, the nearest to
// figure fi, stands in a condition fronted before the figure's clause and
// another keyword of hits follows modal mj, of which the figure is the
// subject, in the figure's clause; none stands between the condition and
// the modal.
func conditionProjection(d *figures.Document, s *figures.Sentence, hits []hit, h hit, fi, mj int) bool {
	fs, _ := d.FigureTokens(fi)
	if mj < 0 || h.end > fs {
		return false
	}
	end := conditionEnd(d, s, fs)
	if end < 0 || h.end > end {
		return false
	}
	after := false
	for _, o := range hits {
		switch {
		case o.ref.role != roleKeyword:
		case o.start > end && o.start < mj:
			return false // the figure's noun names whom it counts now: "the 1.4 million people sheltering there"
		case o.start > mj && !commaBetween(d, mj, o.start) && !clauseBreak(d, mj, o.start):
			after = true
		}
	}
	return after
}

// conditionEnd returns the comma that closes a condition the sentence
// opens with, before figure token fs ("If ...,", "Should ...,", "Were
// ... to ...,", "Unless ...,"), past a speaker's label ("ANALYST:"), or
// -1.
func conditionEnd(d *figures.Document, s *figures.Sentence, fs int) int {
	k := s.TokStart
	if k+1 < fs && named(d, k) && d.TokenText(k+1) == ":" {
		k += 2
	}
	switch strings.ToLower(d.TokenText(k)) {
	case "if", "should", "were", "unless":
	default:
		return -1
	}
	for c := k + 1; c < fs && c <= k+conditionWords; c++ {
		switch d.TokenText(c) {
		case ",":
			return c
		case ";", ":", "—", "–":
			return -1
		}
	}
	return -1
}
