package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence that names an earlier event or an earlier start ("the 2014
// war", "since 2014") is ruled out whole by earlierEvent and earlierStart
// (since.go): most such sentences count that event. One that compares it
// with the metric's own figure keeps that figure in a clause of its own:
// "The 2014 war killed 2,251, and the current one has killed more than
// 40,000", "Measured against the 2008-09 war, which killed some 1,400,
// the current toll of roughly 47,000 ...". The figure's clause must say so
// itself, by a word of the present ("current", "now", "this war") or a
// date of the metric's own period ("since February 2022"), or be the main
// clause after a fronted comparison; a clause that says neither is read as
// the earlier event's still.

// ownClauseApart reports whether figure fi stands in another clause than
// the earlier year at token yt, and that clause is the metric's own: it
// marks itself current, or the year stands in a fronted comparison
// ("Compared with the 2008-09 war, ...") and the figure in the main
// clause after it.
func ownClauseApart(d *figures.Document, s *figures.Sentence, yt, fi, since int) bool {
	fs, fe := d.FigureTokens(fi)
	cs, ce := markedStretch(d, s, fs, fe)
	if restatingStretch(d, s, cs, ce, fs, fe) {
		// "the current war has uprooted more than four times that, over
		// 11 million people": the figure restates the clause before.
		cs, _ = markedStretch(d, s, cs-2, cs-1)
	}
	if yt >= cs && yt < ce {
		return false
	}
	if currentMarked(d, s, cs, ce, since) || datesOtherKind(d, s, yt, fi) || yearAfterColon(d, s, yt, fi) || yearInLaterTalk(d, s, yt, fe) || withHostCurrent(d, s, yt, fs, since) {
		return true
	}
	m := frontedComparisonEnd(d, s)
	return m >= 0 && yt < m && fs >= m
}

// restatingStretch reports whether the stretch [cs, ce) of sentence s is
// figure [fs, fe) and at most two words of its noun after a comma, with
// a word before the comma: an apposition that restates what the clause
// before it says ("..., more than four times that, over 11 million
// people"), no clause of its own.
func restatingStretch(d *figures.Document, s *figures.Sentence, cs, ce, fs, fe int) bool {
	if fs != cs || cs-2 < s.TokStart || d.TokenText(cs-1) != "," || !d.Tokens[cs-2].IsWord() {
		return false
	}
	words := 0
	for k := fe; k < ce; k++ {
		switch w := d.TokenText(k); {
		case isLowerWord(w):
			words++
		case k == s.TokEnd-1 && (w == "." || w == "!"):
		default:
			return false
		}
	}
	return words <= 2
}

// markedStretch returns the stretch [cs, ce) of sentence s between the
// punctuation marks around the figure at tokens [fs, fe): a comma, a
// semicolon, a colon, a dash or a bracket, or the sentence's ends.
func markedStretch(d *figures.Document, s *figures.Sentence, fs, fe int) (int, int) {
	cs, ce := s.TokStart, s.TokEnd
	for k := fs - 1; k >= s.TokStart; k-- {
		if stretchMark(d, k) {
			cs = k + 1
			break
		}
	}
	for k := fe; k < s.TokEnd; k++ {
		if stretchMark(d, k) {
			ce = k
			break
		}
	}
	return cs, ce
}

// stretchMark reports whether token k is a mark that parts a sentence's
// stretches: a comma, a semicolon, a colon, a dash or a bracket, not
// within a figure ("2,251").
func stretchMark(d *figures.Document, k int) bool {
	switch d.TokenText(k) {
	case ",", ";", ":", "—", "–", "(", ")":
		return !inFigure(d, k)
	}
	return false
}

// currentMarked reports whether the stretch [cs, ce) says it is of the
// present: "current", "currently", "now", "present", "today", "this" or
// "the current" before an event's noun or "one", or a year or date of
// the metric's own period ("since February 2022"), or a date after
// "since" that names no year ("since October 7": recentSince).
func currentMarked(d *figures.Document, s *figures.Sentence, cs, ce, since int) bool {
	for k := cs; k < ce; k++ {
		if fj := figureIn(d, s, k); fj >= 0 {
			if f := &d.Figures[fj]; dateKind(f.Kind) && (ownPeriodDate(f, since) || recentSince(d, s, fj)) {
				return true
			}
			continue
		}
		switch w := strings.ToLower(d.TokenText(k)); w {
		case "current", "currently", "now", "present", "today":
			return true
		case "this":
			if k+1 < ce {
				if n := strings.ToLower(d.TokenText(k + 1)); n == "one" || eventNoun(n) || eventWord(n) {
					return true
				}
			}
		}
	}
	return false
}

// recentSince reports whether date figure fj names no year and follows
// "since": "since October 7" is of this year or the last, never an earlier
// start (whether it is a later one than the metric's is laterStart's).
func recentSince(d *figures.Document, s *figures.Sentence, fj int) bool {
	f := &d.Figures[fj]
	ts, _ := d.FigureTokens(fj)
	return f.Kind == figures.Date && dateYear(f.Text, 0) == 0 && ts-1 >= s.TokStart && strings.EqualFold(d.TokenText(ts-1), "since")
}

// ownPeriodDate reports whether year or date f falls in the metric's own
// period, from year since on.
func ownPeriodDate(f *figures.Figure, since int) bool {
	switch f.Kind {
	case figures.Year:
		return f.Value >= float64(since)
	case figures.Date:
		return dateYear(f.Text, 0) >= since
	}
	return false
}

// frontedComparisonEnd returns the first token of the main clause after
// a comparison that opens sentence s ("Compared with the 2008-09 war,",
// "Measured against the 2014 war, which killed 2,251,", "Unlike the 2014
// war,"), past a relative clause on its noun, or -1.
func frontedComparisonEnd(d *figures.Document, s *figures.Sentence) int {
	if !frontedComparison(d, s) {
		return -1
	}
	for k := s.TokStart + 2; k < s.TokEnd-1; k++ {
		if d.TokenText(k) != "," || inFigure(d, k) {
			continue
		}
		if relativeOpens(d, k+1, s.TokEnd) || strings.EqualFold(d.TokenText(k+1), "who") {
			continue // the relative clause on the compared noun
		}
		return k + 1
	}
	return -1
}

// frontedComparison reports whether sentence s opens with a phrase of
// comparison: "Compared with/to", "Measured/Set/Weighed/Judged against",
// "Against", "Unlike", "Like", "Beside", "Next to", "By/In comparison with".
func frontedComparison(d *figures.Document, s *figures.Sentence) bool {
	word := sentenceWords(d, s)
	first, second := word(s.TokStart), word(s.TokStart+1)
	switch first {
	case "compared", "comparing":
		return second == "with" || second == "to"
	case "measured", "set", "weighed", "judged":
		return second == "against"
	case "against", "unlike", "beside", "like":
		return true
	case "next":
		return second == "to"
	case "by", "in":
		return second == "comparison"
	}
	return false
}

// ownClauseKept reports whether a figure of sentence s other than a year
// or a date stands in a clause of the metric's own apart from the earlier
// year at token yt, and the metric reads keywords, not a pair of values:
// the sentence is then read for that clause, not ruled out whole.
func (m *metric) ownClauseKept(d *figures.Document, s *figures.Sentence, yt int) bool {
	if len(m.keywords) == 0 || len(m.valueNames) > 0 {
		return false
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if !dateKind(d.Figures[fi].Kind) && ownClauseApart(d, s, yt, fi, m.spec.Since.Year) {
			return true
		}
	}
	return false
}

// yearInLaterTalk reports whether the earlier year at token yt stands in
// a clause with a subject of its own after the figure's, ending at token
// fe (clauseStartWithSubject: ", and still no minister has resigned over
// the 2019 building amnesty", ", while prosecutors study the 2007 code"),
// and that clause counts nothing: the event it names is what the clause
// talks of, not what the figure before it counts. A later clause that
// counts something itself ("..., and the 1999 tremor left 17,000 dead") is the
// earlier event's, and the figure's clause must still mark itself
// current (event_year_elsewhere.yaml).
func yearInLaterTalk(d *figures.Document, s *figures.Sentence, yt, fe int) bool {
	c := clauseStartWithSubject(d, s, yt)
	if c <= fe || c >= yt {
		c = joinedClauseStart(d, s, fe, yt)
	}
	// After a comma only: a colon's clause explains or heads the figure's
	// ("Toll passes 17,000: the 1999 disaster revisited"), read by
	// yearAfterColon; a semicolon's is a sentence of its own.
	if c < 0 || c <= fe || c >= yt || d.TokenText(c-1) != "," {
		return false
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if js, _ := d.FigureTokens(fj); js >= c && !dateKind(d.Figures[fj].Kind) {
			return false
		}
	}
	return true
}

// joinedClauseStart returns the token after the last comma between tokens
// fe and yt when "and", "but" or "yet" opens a clause there with a
// subject and a finite verb of its own (", and not one minister has
// answered", ", and still no minister has resigned": an adverb may stand
// before the subject), or -1. clauseStartWithSubject leaves ", and" to
// readers that must not cut a list; a clause that names an earlier event
// and counts nothing is no list's item.
func joinedClauseStart(d *figures.Document, s *figures.Sentence, fe, yt int) int {
	for t := yt - 1; t >= fe; t-- {
		if d.TokenText(t) != "," || inFigure(d, t) {
			continue
		}
		switch d.LowerTokenText(t + 1) {
		case "and", "but", "yet":
		default:
			return -1
		}
		k := t + 2
		if w := d.LowerTokenText(k); w == "still" || strings.HasSuffix(w, "ly") && isLowerWord(d.TokenText(k)) {
			k++ // "and still no minister"
		}
		if k < yt && opensSubject(d, k) && finiteVerbWithin(d, k+1, 5) {
			return t + 1
		}
		return -1
	}
	return -1
}
