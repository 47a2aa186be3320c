package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A count may end on a part of it that alone names the metric's place:
// "Some 1.9 million people have been displaced across Gaza, UN agencies
// say, many of them pushed south towards Rafah", "Nearly 1.7m Gazans are
// uprooted, most of them now crowded into Rafah". The figure is the whole;
// only a share of it is in the place, so it is not the place's count. The
// part phrase opens after a comma with a word of share ("many", "most",
// "some", "several", "half", "the majority", "the bulk") and "of them",
// "of whom" or "of those", and runs to the end of the sentence with no
// mark of another clause; every scope word of the sentence stands in it.
// A part set off mid-sentence ("Some 1.4 million, many of whom have fled
// several times, are now sheltering in Rafah") is not one: a comma closes
// it. Only for a metric that finds its scope in the sentence and counts
// no total (a total's parts are read by its own rules).

// trailingPartOnlyPlace returns the comma that opens a trailing part
// phrase of sentence s holding every scope word of metric m, or -1.
func (m *metric) trailingPartOnlyPlace(st *docState, s *figures.Sentence) int {
	if m.spec.Total || !m.scopedInSentence() {
		return -1
	}
	d := st.d
	comma := -1
	for k := s.TokEnd - 1; k > s.TokStart; k-- {
		if w := d.TokenText(k); isClauseMark(w) || labelMark(w) {
			if w != "," {
				return -1
			}
			comma = k
			break
		}
	}
	if comma < 0 || !sharePartOpens(d, s, comma+1) {
		return -1
	}
	if !m.scopeOnlyWhere(st, s, func(ti int) bool { return ti > comma }) {
		return -1
	}
	return comma
}

// sharePartOpens reports whether a share of the people before opens at
// token k: "many of them", "most of whom", "the bulk of them", "the
// majority of those".
func sharePartOpens(d *figures.Document, s *figures.Sentence, k int) bool {
	if k < s.TokEnd && d.LowerTokenText(k) == "the" {
		k++
	}
	if k+2 >= s.TokEnd || d.LowerTokenText(k+1) != "of" {
		return false
	}
	switch d.LowerTokenText(k) {
	case "many", "most", "some", "several", "half", "majority", "bulk":
	default:
		return false
	}
	switch d.LowerTokenText(k + 2) {
	case "them", "whom", "those":
		return true
	}
	return false
}
