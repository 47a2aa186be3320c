package rules

import (
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A decade dates what a sentence says to a past period even for a metric
// with no `since` (a yearly grant, the people in a city now): "In the 1980s
// Israel's Foreign Military Financing settled at $1.8 billion a year",
// "Through the 1980s some 60,000 refugees lived in Rafah's camps", "In the
// early 2000s Hamas had perhaps 2 battalions in Rafah". A metric with a
// `since` reads its decades with the other years (since.go); one without
// has no year to set them against, but no one dates the present by a whole
// decade. A decade that opens the sentence frames all of it, a clause of
// the metric's own apart ("In the 1980s it was $1.8 billion; today ...
// runs to $3.3 billion a year") still read (ownclause.go); one inside the
// figure's own stretch, after "in", dates that figure ("the $3 billion a
// year Israel received in military aid in the 1980s"). "since the 1980s"
// opens a period up to now and dates nothing.
//
// A year does the same in the same places once the article's date is
// known (ExtractInArticle's date, now35): "In 2019 Washington approved
// just 6 arms sales to Israel", "In fiscal 2008 Israel's Foreign Military
// Financing was $2.38 billion", "loans that peaked at $4 billion in 1979",
// said in 2026. Only a year before the date's previous one is past (a
// level "in 2025" told in 2026 may be this year's still); with no date no
// year is past and a year reads as before. The exceptions are the
// decade's: a clause marked present, "since 2019" (a span up to now), a
// year after a determiner or an owner ("the 2016 memorandum", "the 2014
// war": a name, not when the figure held), and a year that names a unit
// of account ("in 2019 dollars"). A date that writes its year ("In March
// 2019", "on 14 May 2018") is read by its year, through the same reader
// (now36).

// isDecade reports whether figure f is a decade: "1980s", "2000s".
func isDecade(f *figures.Figure) bool {
	return f.Kind == figures.Year && strings.HasSuffix(f.Text, "s")
}

// decadePreposition reports whether w puts a thing within a period: "in",
// "during", "through", "throughout", "by", "until".
func decadePreposition(w string) bool {
	switch w {
	case "in", "during", "through", "throughout", "by", "until":
		return true
	}
	return false
}

// decadeAt returns the token of the preposition before "the" and a decade
// starting at token ts ("in the 1980s", "through the early 2000s"), or -1.
func decadeAt(d *figures.Document, s *figures.Sentence, ts int) int {
	b := decadePart(d, s, ts) // "the early 2000s"
	if b-2 < s.TokStart || !strings.EqualFold(d.TokenText(b-1), "the") || !decadePreposition(d.LowerTokenText(b-2)) {
		return -1
	}
	return b - 2
}

// yearOf returns the year of an article's date, or 0 when the date is
// the zero time (not known).
func yearOf(date time.Time) int {
	if date.IsZero() {
		return 0
	}
	return date.Year()
}

// monthOf returns the month (1-12) of date, or 0 when it is zero.
func monthOf(date time.Time) int {
	if date.IsZero() {
		return 0
	}
	return int(date.Month())
}

// pastYear reports whether figure f is a year before the one before
// year now, the year of the article's date (0: unknown, and no year is
// past). A span of years is past when it ends so ("2008-09"). A date that
// writes its year ("March 2019", "14 March 2019", "March 14, 2019") is
// read by its year, as the bare year is (now36): a month or a day within
// a past year is as past as the year. One with no year ("14 March") is
// the present's.
func pastYear(f *figures.Figure, now int) bool {
	if now == 0 {
		return false
	}
	switch {
	case f.Kind == figures.Date:
		y := dateYear(f.Text, 0)
		return y > 0 && y < now-1
	case f.Kind != figures.Year || isDecade(f):
		return false
	}
	last := f.Value
	if f.Qualifier == figures.Range && f.High != nil {
		last = *f.High
	}
	return last < float64(now-1)
}

// pastYearAt returns the token of the preposition of time right before
// year figure fi, or before "fiscal" and the year ("in 2019", "by
// 1985", "in fiscal 2008"), or -1. A year that names a unit of account
// ("in 2019 dollars", "in 2008 prices") dates no figure.
func pastYearAt(d *figures.Document, s *figures.Sentence, fi int) int {
	ts, te := d.FigureTokens(fi)
	if te < s.TokEnd {
		switch d.LowerTokenText(te) {
		case "dollars", "prices", "terms":
			return -1
		}
	}
	k := ts - 1
	if k > s.TokStart && d.LowerTokenText(k) == "fiscal" {
		k--
	}
	if k < s.TokStart {
		return -1
	}
	if w := d.LowerTokenText(k); !decadePreposition(w) && (w != "on" || d.Figures[fi].Kind != figures.Date) {
		return -1 // "on" dates a day ("on 14 March 2019"), never a year
	}
	return k
}

// mayBePastPeriod reports, cheaply, whether figure f may name a past
// period: a year, and either a decade or a date is known; or, with a date
// known, a date of the calendar. The readers' loops ask it of every figure
// before pastPeriodAt.
func mayBePastPeriod(f *figures.Figure, now int) bool {
	return f.Kind == figures.Year && (now != 0 || strings.HasSuffix(f.Text, "s")) || f.Kind == figures.Date && now != 0
}

// pastPeriodAt returns the token of the preposition that puts what
// sentence s says in the past period figure fi names: a decade after
// "in the" (decadeAt), or a past year after "in" (pastYearAt), or -1.
func pastPeriodAt(d *figures.Document, s *figures.Sentence, fi, now int) int {
	switch f := &d.Figures[fi]; {
	case isDecade(f):
		return decadeAt(d, s, firstTok(d, fi))
	case pastYear(f, now):
		return pastYearAt(d, s, fi)
	}
	return -1
}

// framingDecade returns the figure of a decade, or of a past year, that
// opens sentence s (or follows its time stamp, dateline or opening label)
// after a preposition of time: "In the 1980s", "Through the 1990s", "In the early 2000s", "In
// 2019" said in 2026. An adverb that points back may stand before the
// preposition ("Back in 2009,", "Way back in the 1990s"), and a past year
// may open a span with "from" ("From 1990 the grant was held at ..."):
// told in the past, what follows is of then; told in the present ("From
// 2019 Israel has received ...") it runs up to now (presentBefore).
// Or -1. (fronted_back_in_year.yaml)
func framingDecade(d *figures.Document, s *figures.Sentence, now int) int {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if !mayBePastPeriod(&d.Figures[fi], now) {
			continue
		}
		p := pastPeriodAt(d, s, fi, now)
		if p < 0 && pastYear(&d.Figures[fi], now) && !spanStillRuns(d, s, fi, now) {
			p = spanFromPastYear(d, s, fi)
		}
		if p < 0 || presentBefore(d, s, figureEnd(d, fi)) {
			continue
		}
		if framingAt(d, s, p) {
			return fi
		}
		// "Back in 2016, Washington promised ..., a sum it still pays":
		// the adverb frames only a sentence that says nothing of now.
		if b := backAdverbStart(d, s, p); b < p && framingAt(d, s, b) && !spanStillRuns(d, s, fi, now) {
			return fi
		}
	}
	return -1
}

// framingAt reports whether token p opens sentence s, or follows its time
// stamp, dateline or opening label: where a phrase that frames all the
// sentence says stands.
func framingAt(d *figures.Document, s *figures.Sentence, p int) bool {
	return p == s.TokStart || p == afterStamp(d, s) || afterOpeningLabel(d, s, p)
}

// presentBefore reports whether the words from token k up to the next
// figure not a date (and before a semicolon, a colon or a dash) tell
// their first auxiliary in the present: "Through the 2020s Israel has
// received $3.3 billion a year", "the 2020s, in which the aid is $3.8
// billion". Only the decade a sentence is written in takes the present or
// the present perfect; a past decade takes the past ("In the 1990s aid ran
// to about $1.8 billion, alongside economic aid that has since ended":
// the present is another clause's, after the figure), and words with no
// auxiliary are read as dated. A word of the present ("now", "today",
// "currently") says so with no auxiliary.
func presentBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	for ; k < s.TokEnd && !clauseMark(d.TokenText(k)); k++ {
		if fi := figureAt(d, k); fi >= 0 && !dateKind(d.Figures[fi].Kind) {
			return false
		}
		switch w := d.LowerTokenText(k); {
		case w == "has" || w == "have" || w == "is" || w == "are":
			return true
		case w == "now" || w == "today" || w == "currently":
			return true // "Lawmakers who served in 2009-2016 said Israel now gets $3.3 billion"
		case auxiliary(w) || w == "will" || w == "would":
			return false
		}
	}
	return false
}

// decadeInStretch reports whether a decade, or a past year, after a
// preposition of time stands in the stretch of figure fi (between the
// marks around it: ownclause.go markedStretch), with no other amount
// between the two: "the $3 billion a year Israel received in military aid
// in the 1980s", "loans that peaked at $4 billion in 1979".
func decadeInStretch(d *figures.Document, s *figures.Sentence, fi, now int) bool {
	cs, ce := -1, -1 // the figure's stretch, read only once a decade is found
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if !mayBePastPeriod(&d.Figures[fj], now) {
			continue
		}
		p := pastPeriodAt(d, s, fj, now)
		if p < 0 || presentBefore(d, s, figureEnd(d, min(fi, fj))) || datesLaterNoun(d, s, fi, fj, p) || fj < fi && infinitiveBetween(d, figureEnd(d, fj), firstTok(d, fi)) {
			continue
		}
		ts, _ := d.FigureTokens(fj)
		if cs < 0 {
			fs, fe := d.FigureTokens(fi)
			cs, ce = markedStretch(d, s, fs, fe)
		}
		if ts < cs || ts >= ce {
			continue
		}
		if fj > fi && presentBefore(d, s, cs) {
			continue // the figure's own verb in the present: "Washington has provided Israel with $3.8bn ... since the 2016 agreement took effect in 2019"
		}
		lo, hi := min(fi, fj), max(fi, fj)
		between := false
		for fk := lo + 1; fk < hi; fk++ {
			if !dateKind(d.Figures[fk].Kind) {
				between = true
			}
		}
		if !between {
			return true
		}
	}
	return false
}

// decadeLeaves reports whether sentence s opens on a decade that dates
// all it says, for metric m with no `since`: the sentence is read only
// for a clause of the metric's own apart from it (g.earlierAt), or left.
func (m *metric) decadeLeaves(st *docState, s *figures.Sentence, g *gates) bool {
	d := st.d
	tr := st.trace
	mk := st.marksOf(s)
	if !mk.decadeRead {
		mk.decadeRead, mk.decade = true, framingDecade(d, s, st.articleYear)+1
	}
	fi := mk.decade - 1
	if fi < 0 {
		return false
	}
	if g.earlierAt = firstTok(d, fi); !m.ownClauseKept(d, s, g.earlierAt) {
		if tr != nil {
			tr.note(NoteSentenceLeft, "left: %q dates the sentence to a past decade or year (decade.go)", d.Figures[fi].Text)
		}
		return true
	}
	if tr != nil {
		tr.noteFigure(NoteNear, d.Figures[fi].Text, " dates the sentence to a past decade or year: only a clause of the metric's own is read")
	}
	return false
}
