package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The whole a share is taken of is the count of a metric that is no
// running total when the whole's own phrase names what the metric counts
// by a keyword: "Two thirds of the 1.3 million people in Rafah sleep in
// tents", "nine in ten of the 1.4m sheltering in the city", "A quarter of
// the 1.2 million crammed into Rafah". The share says
// how the crowd divides; the crowd is the count, as "Most of the crowd
// of N in Rafah" is (figurefacts.go). A whole that names another crowd
// ("Half of Gaza's 2.2 million people now shelter in Rafah") has no keyword in
// its phrase and stays the share's whole (share_whole_place.yaml).

// keywordPhraseWhole reports whether a keyword of hits stands in the noun
// phrase of figure fi, the whole a share is taken of: right after the
// figure ("the 1.2m sheltering in Rafah"), or after its people noun and
// at most one word of the present ("the 1.4 million people currently in
// Rafah"), as a
// place's preposition or a participle ("in Rafah", "packed into"), with
// no clause narrowing the whole after it ("the 1.3 million in Rafah that
// UNRWA has registered"). No count or sum stands before the
// share: the share is then an aside on that count.
func keywordPhraseWhole(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if d.Figures[fi].Kind == figures.Money {
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind == figures.Count || d.Figures[fj].Kind == figures.Money {
			return false
		}
	}
	_, fe := d.FigureTokens(fi)
	at := -1
	if peopleNoun(d, fe) {
		at = fe + 1
		switch d.LowerTokenText(at) {
		case "now", "still", "currently", "already":
			at++
		}
	}
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.start != fe && h.start != at || !isLowerWord(d.TokenText(h.start)) {
			continue
		}
		if h.start == at {
			w := d.LowerTokenText(h.start)
			if !crowdPreposition(w) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
				continue
			}
		}
		end := h.end
		if crowdPreposition(d.LowerTokenText(end - 1)) {
			for end < s.TokEnd && capitalised(d, end) {
				end++ // the place the keyword's preposition takes: "packed into Rafah"
			}
		}
		if !narrowingClauseAt(d, s, end) {
			return true
		}
	}
	return false
}

// crowdPreposition reports whether lower-case w puts a crowd in a place:
// "in", "into", "inside", "within", "across", "at".
func crowdPreposition(w string) bool {
	switch w {
	case "in", "into", "inside", "within", "across", "at":
		return true
	}
	return false
}
