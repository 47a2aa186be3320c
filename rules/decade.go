package rules

import (
	"strings"

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

// framingDecade returns the figure of a decade that opens sentence s (or
// follows its opening label) after a preposition of time: "In the 1980s",
// "Through the 1990s", "In the early 2000s". Or -1.
func framingDecade(d *figures.Document, s *figures.Sentence) int {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if !isDecade(&d.Figures[fi]) {
			continue
		}
		if p := decadeAt(d, s, firstTok(d, fi)); p >= 0 && (p == s.TokStart || afterOpeningLabel(d, s, p)) && !presentBefore(d, s, figureEnd(d, fi)) {
			return fi
		}
	}
	return -1
}

// presentBefore reports whether the words from token k up to the next
// figure not a date (and before a semicolon, a colon or a dash) tell
// their first auxiliary in the present: "Through the 2020s Israel has
// received $3.3 billion a year", "the 2020s, in which the aid is $3.8
// billion". Only the decade a sentence is written in takes the present or
// the present perfect; a past decade takes the past ("In the 1990s aid ran
// to about $1.8 billion, alongside economic aid that has since ended":
// the present is another clause's, after the figure), and words with no
// auxiliary are read as dated.
func presentBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	for ; k < s.TokEnd && !clauseMark(d.TokenText(k)); k++ {
		if fi := figureAt(d, k); fi >= 0 && !dateKind(d.Figures[fi].Kind) {
			return false
		}
		switch w := d.LowerTokenText(k); {
		case w == "has" || w == "have" || w == "is" || w == "are":
			return true
		case auxiliary(w) || w == "will" || w == "would":
			return false
		}
	}
	return false
}

// decadeInStretch reports whether a decade after a preposition of time
// stands in the stretch of figure fi (between the marks around it:
// ownclause.go markedStretch), with no other amount between the two:
// "the $3 billion a year Israel received in military aid in the 1980s".
func decadeInStretch(d *figures.Document, s *figures.Sentence, fi int) bool {
	cs, ce := -1, -1 // the figure's stretch, read only once a decade is found
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if !isDecade(&d.Figures[fj]) {
			continue
		}
		ts, _ := d.FigureTokens(fj)
		if decadeAt(d, s, ts) < 0 || presentBefore(d, s, figureEnd(d, min(fi, fj))) {
			continue
		}
		if cs < 0 {
			fs, fe := d.FigureTokens(fi)
			cs, ce = markedStretch(d, s, fs, fe)
		}
		if ts < cs || ts >= ce {
			continue
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
		mk.decadeRead, mk.decade = true, framingDecade(d, s)+1
	}
	fi := mk.decade - 1
	if fi < 0 {
		return false
	}
	if g.earlierAt = firstTok(d, fi); !m.ownClauseKept(d, s, g.earlierAt) {
		if tr != nil {
			tr.note(NoteSentenceLeft, "left: %q dates the sentence to a past decade (decade.go)", d.Figures[fi].Text)
		}
		return true
	}
	if tr != nil {
		tr.noteFigure(NoteNear, d.Figures[fi].Text, " dates the sentence to a past decade: only a clause of the metric's own is read")
	}
	return false
}
