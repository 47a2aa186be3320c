package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure in an aside set off from a country's name tells of that
// country: "South Sudan, itself scarred by a civil war that displaced four
// million, cannot absorb this", "Chad, which itself hosts 1.2 million
// refugees, ...", "Ethiopia, whose own war uprooted 2 million, ...". Its
// count is the country's own, another country's when the name is not the
// metric's (inOtherCountry); an aside on the metric's own country ("Sudan,
// where 9 million have fled, ...", "Sudan, itself home to 9 million
// displaced") stays the metric's. hostholds.go reads the aside whose
// figure a word of holding takes ("itself home to 2 million"); this reads
// any verb.
//
// Either of two marks sets the aside off (country_aside.yaml shows the
// edges where tune22's comma reading and fa22's "itself" reading drew
// apart, and how each is decided):
//   - "itself" right after the name's comma (or after at most itselfLead
//     words: "which itself", "now itself"), with no comma or clause mark
//     between it and the figure. The reflexive alone marks the aside, as
//     a reader takes it: it need not close with a comma near the figure
//     ("itself scarred by a war that displaced 4 million people in the
//     decade before independence, ..."), and the name may close a phrase
//     ("fled into Chad, itself hosting 400,000 ..."). It sets the country
//     beside the metric's as a case of its own, so the figure is the
//     country's whatever else the aside names ("Egypt, itself taking in
//     1.2 million people who fled Sudan").
//   - without "itself", a comma right after the figure's own words that
//     closes the aside, the name opening its clause (opensClauseAt) and
//     words only between its comma and the figure: "South Sudan, which saw
//     2.2 million displaced by its own civil war, is taking ...". Without
//     the closing comma nothing tells an aside from a list or a predicate
//     ("Libya, Chad and Egypt have taken in 2 million"), and a name that
//     closes a phrase ("killed in Israel, number 43,922") has no aside
//     after it. An aside that names one of the metric's places after the
//     country tells of them ("Israel, whose war in Gaza has killed 40,000,
//     ..."): countryIsOther.

// countryAside returns the first token of the listed country's name an
// aside holding figure fi is set off from, by either mark, or -1.
// countryPhrase (othercountry.go) asks it before the phrases after the
// figure: the aside marks its country more surely.
func countryAside(d *figures.Document, s *figures.Sentence, fi int) int {
	if k := itselfAside(d, s, fi); k >= 0 {
		return k
	}
	if k := relativeAside(d, s, fi); k >= 0 {
		return k
	}
	return commaAside(d, s, fi)
}

// relativeAside returns the first token of the listed country's name that a
// relative clause holding figure fi is set on, or -1: a comma right after
// the name, then "which", "who" or "whose", then only words up to the
// figure ("followed by Egypt and Jordan, which together get about
// $1.7bn"). The relative pronoun marks the aside however the sentence goes
// on after the figure, and whatever clause the name closes: a relative on
// a name says what that name's place does (country_relative_aside.yaml).
func relativeAside(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	for k := fs - 1; k > s.TokStart && k >= fs-countryAsideWords; k-- {
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) && d.TokenText(k) != "-" {
			return -1
		}
		if relativeWord(d.LowerTokenText(k)) {
			if k-1 <= s.TokStart || d.TokenText(k-1) != "," {
				return -1
			}
			c := longestCountryBefore(d, s, k-1)
			if c-1 > s.TokStart && prepositions[d.LowerTokenText(c-1)] && clauseInAntecedent(d, c-1) {
				// "the offensive Netanyahu ordered after the raid on
				// Israel, which has killed 40,000": the relative is the
				// antecedent's head's (places.go).
				return -1
			}
			return c
		}
	}
	return -1
}

// itselfLead is how many words may stand between the name's comma and
// "itself": "which itself", "now itself".
const itselfLead = 2

// itselfAside returns the first token of the listed country's name whose
// aside, opened by "itself", holds figure fi, or -1: back from the figure,
// with no comma, clause mark or full stop between, to "itself", then at
// most itselfLead words back to a comma right after the name.
func itselfAside(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fs - 1; k > s.TokStart; k-- {
		w := word(k)
		if w == "itself" {
			c := k - 1
			for n := 0; n < itselfLead && c > s.TokStart && word(c) != ","; n++ {
				c--
			}
			if word(c) != "," {
				return -1
			}
			return longestCountryBefore(d, s, c)
		}
		if w == "," || clauseMark(w) || w == "." {
			return -1
		}
	}
	return -1
}

// itselfOpens reports whether the aside after the listed country's name
// at token k opens with "itself" (itselfAside): the name, a comma, at most
// itselfLead words, "itself".
func itselfOpens(d *figures.Document, s *figures.Sentence, k int) bool {
	e := countryAt(d, s, k)
	if e < 0 || e >= s.TokEnd || d.TokenText(e) != "," {
		return false
	}
	word := sentenceWords(d, s)
	for t := e + 1; t <= e+1+itselfLead && t < s.TokEnd; t++ {
		if word(t) == "itself" {
			return true
		}
		if !d.Tokens[t].IsWord() {
			return false
		}
	}
	return false
}

// commaAside returns the first token of the listed country's name an
// aside holding figure fi is set off from by commas, or -1: back from the
// figure at most countryAsideWords tokens, words only, to a comma that
// follows a country's name that opens its clause (opensClauseAt), and a
// comma right after the figure's own words.
func commaAside(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	if !asideClosesAfter(d, s, fe) {
		return -1
	}
	for k := fs - 1; k > s.TokStart && k >= fs-countryAsideWords; k-- {
		if d.TokenText(k) == "," {
			if c := longestCountryBefore(d, s, k); c >= 0 && opensClauseAt(d, s, c) {
				return c
			}
			return -1
		}
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) && d.TokenText(k) != "-" {
			return -1
		}
	}
	return -1
}

// countryAsideWords is how far back from the figure the aside may open:
// ", itself scarred by a civil war that displaced" is eight.
const countryAsideWords = 10

// asideTailWords is how many words of the figure's own may close the
// aside: "displaced by its own civil war" is six.
const asideTailWords = 8

// asideClosesAfter reports whether a comma closes an aside after token
// fe, past at most asideTailWords words of the figure's own ("four million
// people, ", "2.2 million displaced by its own civil war, "), and the
// sentence goes on after it.
func asideClosesAfter(d *figures.Document, s *figures.Sentence, fe int) bool {
	for t := fe; t < s.TokEnd && t <= fe+asideTailWords; t++ {
		if d.TokenText(t) == "," {
			return t+1 < s.TokEnd && d.Tokens[t+1].IsWord()
		}
		if fj := figureAt(d, t); fj >= 0 && dateKind(d.Figures[fj].Kind) {
			continue // "19 arms sales approved since 2021,": a time, no other count
		}
		if !d.Tokens[t].IsWord() || figureAt(d, t) >= 0 {
			return false
		}
	}
	return false
}

// opensClauseAt reports whether token c opens a clause of sentence s: the
// sentence's first word (after a stamp), or a word after a semicolon, a
// colon, a dash or a conjunction that joins clauses ("and", "but",
// "while", "whereas", "yet"). A focusing adverb before the name leaves it
// the clause's subject: "Only Syria, with 13 million displaced, has had
// more" (other_country_focused.yaml).
func opensClauseAt(d *figures.Document, s *figures.Sentence, c int) bool {
	if c-1 >= s.TokStart && focusingAdverb(d.LowerTokenText(c-1)) {
		c-- // "Only Syria", "Even Yemen"
	}
	if c <= afterStamp(d, s) {
		return true
	}
	switch d.LowerTokenText(c - 1) {
	case ";", ":", "—", "–", "and", "but", "while", "whereas", "yet":
		return true
	}
	return false
}

// focusingAdverb reports whether lower-cased w singles out the noun phrase
// after it without changing what it is to its clause: "only", "even",
// "just".
func focusingAdverb(w string) bool {
	return w == "only" || w == "even" || w == "just"
}
