package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An op-ed or a speaker gives the story's count with its people and whose
// count it is, and no keyword: "Eleven thousand civilians, by the UN's own
// careful count, and still there are voices urging Kyiv to negotiate".
// The attribution's count noun points back to the count the sentence
// before (or the article's headline, for a text's first sentence) names,
// as countnounsubject.go's "The UN's figure is ..." does: "by the UN's
// count" stands for the keyword. The owner must be one the metric's name
// or description gives ("UN"), the noun a noun for a count ("count",
// "tally", "figures"), and the attribution an aside (after a comma) or the
// sentence's opening ("By the ministry's tally, ..."); the rest of the
// engine judges the figure as it would beside the keyword itself.

// byCountModifiers is how many words may stand between the owner's "'s"
// and the count noun: "the UN's own careful count".
const byCountModifiers = 3

// byCountHits appends a keyword hit on the count noun of a "by OWNER's
// count" attribution in sentence si for each metric that has no keyword
// there, whose description names the owner, and whose keyword the sentence
// before (or the article) names with nothing it rules out beside it.
func (e *Engine) byCountHits(st *docState, si int, hits []hit) []hit {
	d := st.d
	s := &d.Sentences[si]
	// Its count noun is a figure or tally noun: without one in the
	// sentence (most sentences), its words are not read.
	if !st.wordMarks(s).countNoun() {
		return hits
	}
	owner, noun := byOwnersCount(d, s)
	if noun < 0 {
		return hits
	}
	return e.pointedBackHits(st, si, noun, hits, func(m *metric) bool { return describedName(m.spec, d.TokenText(owner)) })
}

// byOwnersCount returns the owner (the last word of its name) and the count noun of the first "by
// (the) OWNER's ... count" of sentence s that opens it or follows a
// comma, or -1, -1.
func byOwnersCount(d *figures.Document, s *figures.Sentence) (owner, noun int) {
	for k := s.TokStart; k+3 < s.TokEnd; k++ {
		// The length first (no letter outside ASCII folds to a b or a
		// y): EqualFold's call, for every token of a sentence with a
		// count noun, had been most of the search.
		if t := d.Tokens[k]; t.End-t.Start != 2 || !strings.EqualFold(d.TokenText(k), "by") || k > s.TokStart && d.TokenText(k-1) != "," {
			continue
		}
		o := k + 1
		if strings.EqualFold(d.TokenText(o), "the") {
			o++
		}
		for n := 0; n < 2 && o+1 < s.TokEnd && named(d, o) && named(d, o+1); n++ {
			o++ // a name of several words: "the Red Cross's"
		}
		if o+2 >= s.TokEnd || !named(d, o) || ownerBefore(d, o+3) != o {
			continue
		}
		for t := o + 3; t < s.TokEnd && t <= o+3+byCountModifiers; t++ {
			w := d.LowerTokenText(t)
			if figureNoun(w) || tallyNoun(w) {
				return o, t
			}
			if !isLowerWord(d.TokenText(t)) {
				break
			}
		}
	}
	return -1, -1
}
