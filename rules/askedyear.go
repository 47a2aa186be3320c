package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A question dated by an earlier year asks about that time, and the
// answer right after it tells of then: "What did Hamas win in 2011? Some
// 1,027 prisoners for one captive soldier", "How many died back in
// 2014? About 2,250 Palestinians", "What was the toll during 2008? Some
// 1,400." The year stands after "in", "back in" or "during" and before
// the metric's start; a question that compares ("higher than in 2014?",
// "compared with 2014") or opens a period ("since 2014") asks about now.
// question.go reads a question naming the earlier event itself ("the 2014
// war").

// askedInEarlierYear returns the year figure of question q dated before
// since by "in" or "during", or -1.
func askedInEarlierYear(d *figures.Document, q *figures.Sentence, since int) int {
	word := sentenceWords(d, q)
	for k := q.TokStart; k < q.TokEnd; k++ {
		switch word(k) {
		case "than", "compared", "since", "versus", "vs":
			return -1
		}
	}
	for fi := q.FigStart; fi < q.FigEnd; fi++ {
		f := &d.Figures[fi]
		if f.Kind != figures.Year || f.Value >= float64(since) {
			continue
		}
		fs, _ := d.FigureTokens(fi)
		if w := word(fs - 1); w == "in" || w == "during" {
			return fi
		}
	}
	return -1
}
