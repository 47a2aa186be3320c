package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A table's row or a list's item may open on a place and its kind before a
// colon or a dash: "Table, row 3: Khan Younis governorate — 5,842 killed,
// 11,090 wounded", "Donetsk oblast: 4,300 civilians killed". The label
// places the figure right after it as "in Kherson province" does after a
// figure (townPart): a part of a running total's place when namedPart
// finds the name one. The metric's own place ("Ukraine: 12,456 ...") and
// a label with no kind of place name the whole.

// kindLabelPart reports whether figure fi follows right after a label
// that names a part of the metric's place with its kind.
func (m *metric) kindLabelPart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	d := st.d
	fs, _ := d.FigureTokens(fi)
	if fs-3 < s.TokStart || !labelMark(d.TokenText(fs-1)) || !placeKindNoun(d.LowerTokenText(fs-2)) || !named(d, fs-3) {
		return false
	}
	return m.namedPart(st, s, hits, nameStart(d, s.TokStart, fs-3))
}
