package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword that names a source's count ("the UN's verified figure") may
// stand as the other term of a comparison: "could be tens of thousands
// higher than the UN's verified figure, perhaps 50,000 or more". The
// figure set beside it, before the comparison or in an apposition after
// its term, is the writer's own estimate, not the keyword's count. A
// figure inside the term is the keyword's ("far higher than the
// ministry's figure of 37,877").

// comparedKeywordElsewhere reports whether keyword hit h is the other
// term of a comparison ("than the UN's verified figure") and figure fi
// of sentence s stands outside that term.
func comparedKeywordElsewhere(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	start := h.start
	// Step back over the owners of the keyword: "the UN's", "Kyiv's".
	for start-3 >= s.TokStart && d.LowerTokenText(start-1) == "s" && isApostrophe(d.TokenText(start-2)) && d.Tokens[start-3].IsWord() {
		start -= 3
	}
	from, to, ok := comparedTerm(d, s, hit{ref: h.ref, start: start, end: h.end})
	if !ok {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	return fs < from || fe > to
}

// A keyword that is a count noun ("verified count", "official tally")
// says nothing of what is counted: "of" after it names that ("the UN's
// verified count of attacks on civilian infrastructure", "the verified
// number of civilians detained"). A count of anything other than the
// metric's names another count; one of the metric's own (another keyword
// in the phrase: "count of civilians killed") or of its figure ("figure
// of 12,910") is the metric's.

// countOfOther reports whether keyword hits[kw] of sentence s ends in a
// count noun whose "of" phrase, up to a figure or a punctuation mark,
// holds no other keyword of its metric.
func countOfOther(d *figures.Document, s *figures.Sentence, hits []hit, kw int) bool {
	h := hits[kw]
	switch d.LowerTokenText(h.end - 1) {
	case "count", "tally", "figure", "number":
	default:
		return false
	}
	if h.end+1 >= s.TokEnd || d.LowerTokenText(h.end) != "of" || inFigure(d, h.end+1) {
		return false
	}
	end := h.end + 1
	for end < s.TokEnd && end < h.end+10 && !inFigure(d, end) && !stretchMark(d, end) && d.TokenText(end) != "." {
		end++
	}
	for i, o := range hits {
		if i != kw && o.ref.metric == h.ref.metric && o.ref.role == roleKeyword && o.start > h.end && o.start < end {
			return false
		}
	}
	return true
}
