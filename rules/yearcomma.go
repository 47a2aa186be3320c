package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// yearOpensClause reports whether "in" at token k, before a year of an
// earlier event, closes the sentence's opening stretch and so dates what
// follows it: the year stands right before a comma and no amount comes
// before it ("if you look at the last war in 2014, 2,200 Palestinians
// were killed", "I was in Gölcük in ninety-nine, right, when seventeen
// thousand people died"). A word of comparison or contrast in the stretch
// ("unlike in 2014, ...", "more than in 2014, ...") names the year only to
// set the count against it, "since" makes it the count's start, and a
// relative pronoun makes the stretch an aside on the subject.
func yearOpensClause(d *figures.Document, s *figures.Sentence, k int) bool {
	fi := figureAt(d, k+1)
	if fi < 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd || d.TokenText(fe) != "," {
		return false
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if ts, _ := d.FigureTokens(fj); ts < k && !d.Figures[fj].Kind.IsCalendar() {
			return false
		}
	}
	for t := s.TokStart; t < k; t++ {
		switch strings.ToLower(d.TokenText(t)) {
		case "unlike", "compared", "than", "since", "like", "versus", "against":
			return false
		case "who", "which", "whose", "whom":
			return false // an aside on the subject: "a nurse who settled in Lincoln in 2015, said ..."
		}
	}
	return true
}

// yearOpensMarkedClause reports whether "in" at token k, before a year of
// an earlier event, opens the clause after a colon, a semicolon or a dash
// (or a comma and a conjunction: ", yet in 2014") as "In 1982" opens a
// sentence: the clause tells of that year ("The
// ministry's figures held up in earlier wars: in 2014 it reported 2,310
// deaths", "Gaza has been here before; in 2014 some 2,251 were killed").
// Its year frames what the clause says; a clause of the metric's own
// elsewhere in the sentence is still read (ownClauseKept). A word of
// comparison right before the mark ("more than: in 2014") is left to
// comparedAt's reading, and the mark must follow a word, not open the
// sentence (a speaker's label: yearOpensClause).
func yearOpensMarkedClause(d *figures.Document, s *figures.Sentence, k int) bool {
	if k-2 < s.TokStart {
		return false
	}
	switch d.TokenText(k - 1) {
	case ":", ";", "—", "–":
		return d.Tokens[k-2].IsWord()
	}
	// A comma and a conjunction open a clause as a semicolon does: "Critics
	// doubt the ministry's figures, yet in 2014 its tally of 2,310 dead
	// held up".
	if k-3 >= s.TokStart && d.TokenText(k-2) == "," && d.Tokens[k-3].IsWord() {
		switch d.LowerTokenText(k - 1) {
		case "but", "yet", "and", "though", "although", "while", "whereas":
			return true
		}
	}
	return false
}

// frontedEventOfYear reports whether "of" at token k, before a year of an
// earlier event, dates the noun of an event in the phrase that opens the
// sentence on "In", "During" or "Throughout" and closes at the comma
// right after the year, or after the span of years it opens ("In the
// Donbas fighting of 2014 to 2022,": yearSpanEnd): "In the 50-day war of 2014, 2,251 Palestinians
// were killed", "During the Lebanon war of 2006, ...". Such a phrase
// frames all its clause says, as "In 2014," does (yearOpensClause). The
// noun before "of" must name an event (eventWord: "In a repeat of 2014"
// names none), and the phrase may hold no mark and no word of comparison
// ("In contrast to the war of 2014, this one has killed ...").
func frontedEventOfYear(d *figures.Document, s *figures.Sentence, k int) bool {
	if k-1 <= s.TokStart || !strings.EqualFold(d.TokenText(k), "of") || !eventWord(strings.ToLower(d.TokenText(k-1))) {
		return false
	}
	switch strings.ToLower(d.TokenText(s.TokStart)) {
	case "in", "during", "throughout":
	default:
		return false
	}
	fi := figureAt(d, k+1)
	if fi < 0 {
		return false
	}
	if fe := yearSpanEnd(d, s, fi); fe >= s.TokEnd || d.TokenText(fe) != "," {
		return false // "In the Donbas fighting of 2014 to 2022," spans from the year
	}
	for t := s.TokStart + 1; t < k; t++ {
		w := strings.ToLower(d.TokenText(t))
		if w == "," || w == ";" || w == ":" || w == "contrast" || w == "comparison" || comparisonWord(w) {
			return false
		}
	}
	return true
}

// yearSpanAside reports whether year figure fi, at token ts, opens a span
// of years (or a lone year) set off by commas right after an event's noun
// (perhaps with its place: "the fighting in Ukraine,"), ending before
// since: "in the Donbas fighting, twenty fourteen to twenty
// twenty-one, about three thousand four hundred civilians were killed",
// "The conflict in the east, 2014-2021, killed some 3,400". The aside
// dates the event as an apposition, as "From 2014 to 2021" would
// (priorperiod.go); a span that reaches the metric's years ("2022 to
// 2024") is no earlier event (endsBefore).
func yearSpanAside(d *figures.Document, s *figures.Sentence, ts, fi, since int) bool {
	if ts-2 < s.TokStart || d.TokenText(ts-1) != "," {
		return false
	}
	n := ts - 2
	if named(d, n) && n-2 >= s.TokStart && (d.LowerTokenText(n-1) == "in" || d.LowerTokenText(n-1) == "across") {
		n -= 2 // the noun's place: "the fighting in Ukraine, 2014 to 2021,"
	}
	if w := d.LowerTokenText(n); !spellNoun(w) && !eventWord(w) {
		return false
	}
	if !endsBefore(d, s, fi, since) {
		return false
	}
	fe := yearSpanEnd(d, s, fi)
	return fe < s.TokEnd && d.TokenText(fe) == ","
}

// yearSpanEnd returns the token after year figure fi, or after the year
// that closes the span it opens with "to", "through" or a dash ("2014 to
// 2021", "twenty fourteen to twenty twenty-one"): the span is read as
// one date of an event, as the one figure "2014-2021" is.
func yearSpanEnd(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	switch d.LowerTokenText(min(fe, s.TokEnd-1)) {
	case "to", "through", "-", "–":
		if fj := figureIn(d, s, fe+1); fj >= 0 && d.Figures[fj].Kind == figures.Year {
			_, fe = d.FigureTokens(fj)
		}
	}
	return fe
}
