package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A month named after "in" or "during" in a figure's clause dates what it
// counts to that month: "212 people drowned off Libya in June", "perished
// at sea during July". For a running total that began before the month
// that is one month's part, as "on Tuesday" dates a day's (dayword.go)
// and "last June" a past month's (period.go); for a level it is only the
// level's date ("1.4 million were sheltering in Rafah in February"), and
// stays. A level the count stood at ("stood at 1,100 in June") is read
// by countAtTime first, a report's date ("said in June") ends the
// figure's clause, and "since June", "by June" or "from January to June"
// name no month after "in". The month the count began in, in a story of
// that month, is all of it so far, and a count with no start month given
// may have begun in the month named (monthOfYoungCount).

// monthAfterIn reports whether token t, "in" or "during", opens a month's
// name that is no date's ("in June 12" is a day) and no span's own
// ("in June alone" is read by spanWords).
func monthAfterIn(d *figures.Document, s *figures.Sentence, t int) bool {
	word := sentenceWords(d, s)
	if w := word(t); w != "in" && w != "during" {
		return false
	}
	if monthNumber(word(t+1)) == 0 || !named(d, t+1) || isApostrophe(word(t+2)) {
		return false // a month that owns its event: "died in February's earthquakes"
	}
	fi := figureIn(d, s, t+1)
	return fi < 0 || d.Figures[fi].Kind != figures.Date
}

// levelAtMonth reports whether figure fi stands right after a form of
// "be": the count's level at the month ("the count ... was 210,000 in
// May"), not what the month added.
func levelAtMonth(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	return fs > s.TokStart && beForm(d.LowerTokenText(fs-1))
}

// monthOfYoungCount reports whether the month that token k's "in" opens
// may be all the metric's count has run: the count gives no start month,
// or began in that month and the story is of that month too ("230
// drowned in June" of a count since June, told in June, is the whole so
// far).
func (m *metric) monthOfYoungCount(st *docState, s *figures.Sentence, k int) bool {
	since := m.spec.Since
	if since.Year == 0 || since.Month == 0 {
		return true // with no start month, the month may be the count's first: no part can be told
	}
	if st.articleYear != since.Year || st.articleMonth != since.Month {
		return false
	}
	return monthNumber(sentenceWords(st.d, s)(k+1)) == since.Month
}
