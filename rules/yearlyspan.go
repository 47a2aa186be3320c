package rules

import (
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A yearly metric counts an amount over one year: a figure its words
// spread over several years, or over a term that has ended, counts over
// another length (period.go reads the periods of the other kinds).

// yearly reports whether a metric counts an amount per year: it requires
// a word of the year (require: ["@per_year"]), or its name or description
// says so ("annual", "each year"). A running total counts from its start
// to now, whatever its description says of its length ("a war now more
// than a year old"), and is never yearly.
func yearly(s MetricSpec) bool {
	if s.Total {
		return false
	}
	for _, r := range s.Require {
		if r == "@per_year" {
			return true
		}
	}
	words := strings.FieldsFunc(strings.ToLower(s.Name+" "+s.Description), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	text := " " + strings.Join(words, " ") + " "
	for _, w := range []string{"annual", "annually", "each year", "per year", "a year", "yearly", "every year"} {
		if strings.Contains(text, " "+w+" ") {
			return true
		}
	}
	return false
}

// perYearAfter reports whether the words right after figure fi say it is
// an amount a year ("$3.8bn a year since 2019").
func perYearAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	w := sentenceWords(d, s)
	switch w(fe) {
	case "annually", "yearly", "a-year":
		return true
	case "a", "per", "each", "every":
		return w(fe+1) == "year"
	case "/":
		return w(fe+1) == "yr" || w(fe+1) == "year"
	}
	return false
}

// manyYears returns the token of a "since" that frames figure fi of a
// yearly metric ("since 1946 it has received some $130bn"), or -1: a sum
// over many years, not one year's. A figure marked as a year's amount
// stays.
func (m *metric) manyYears(d *figures.Document, s *figures.Sentence, fi int) int {
	if k := earlierTerm(d, s, fi); k >= 0 {
		return k // a year's amount, of another term
	}
	if perYearAfter(d, s, fi) || perYearPastNoun(d, s, fi) || yearlyNounOf(d, s, fi) || yearlyWholePart(d, s, fi) {
		return -1
	}
	if k := yearsAfter(d, s, fi); k >= 0 {
		return k // "for a total of $38bn over ten years"
	}
	if k := totalSum(d, s, fi); k >= 0 {
		return k // "has received about $130 billion under it in total"
	}
	if k := yearsBefore(d, s, fi); k >= 0 {
		return k // "a ten-year total of $30bn" (spanbefore.go)
	}
	if k := spanAsidePart(d, s, fi); k >= 0 {
		return k // "$38bn over a decade — $33bn in FMF grants and ..." (spanparts.go)
	}
	if k := frontedYears(d, s, fi); k >= 0 {
		return k // "Over its ten years, 2019 to 2028, it pledges $33bn" (frontedyears.go)
	}
	if k := termYears(d, s, fi); k >= 0 {
		return k // "Under the FY2019-FY2028 memorandum, ... $33 billion in FMF" (termyears.go)
	}
	for k := s.TokStart; k < s.TokEnd; k++ {
		if strings.EqualFold(d.TokenText(k), "since") && !superlativeBefore(d, s, k+1) && sinceGoverns(d, s, k, fi) {
			return k
		}
	}
	return -1
}

// earlierTerm returns the token of an earlier agreement that frames figure
// fi, or -1: "Under the previous memorandum, covering 2009 to 2018, Israel
// received about $3.1 billion a year", "the old deal paid $3bn a year". A
// year's amount under a term that has ended is another year's. The
// agreement stands before the figure, and no other agreement ("the current
// one", "the new memorandum") is named between it and the figure.
func earlierTerm(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	at := -1
	for k := s.TokStart; k+1 < fs; k++ {
		if !agreementNoun(word(k + 1)) {
			continue
		}
		switch word(k) {
		case "previous", "prior", "earlier", "former", "old", "expired", "last":
			at = k
		case "current", "new", "present", "this", "latest":
			at = -1
		}
	}
	return at
}

// agreementNoun reports whether w names an agreement that sets an amount
// for a term of years.
func agreementNoun(w string) bool {
	switch w {
	case "memorandum", "mou", "agreement", "deal", "accord", "pact", "package", "compact":
		return true
	}
	return false
}

// yearsAfter returns the token that opens a span of years ("over ten
// years", "across the decade") at most periodWords words after figure fi,
// before its clause ends, or -1.
func yearsAfter(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	n := 0
	for t := fe; t < s.TokEnd && n <= periodWords; t++ {
		if d.Tokens[t].IsSymbol() {
			switch word(t) {
			case ",", ";", ":", "—", "–", "(", ")":
				return -1
			}
			continue
		}
		n++
		switch word(t) {
		case "over", "across", "during", "within", "in", "for":
			if yearsSpan(d, s, t+1) {
				return t
			}
		}
	}
	return -1
}

// yearsSpan reports whether the span of time at token t lasts two years or
// more: "ten years", "the next decade", "a decade". An amount over it is
// no year's.
func yearsSpan(d *figures.Document, s *figures.Sentence, t int) bool {
	word := sentenceWords(d, s)
	switch word(t) {
	case "a", "the":
		t++
	}
	switch word(t) {
	case "next", "past", "last", "coming":
		t++
	}
	if word(t) == "decade" || word(t) == "decades" {
		return true
	}
	fi := figureAt(d, t)
	if fi < 0 || d.Figures[fi].Value < 2 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	return word(fe) == "years" || word(fe) == "decades"
}

// totalSum returns the token of a word that calls figure fi of a yearly
// metric a total in its clause ("has received about $130 billion under it
// in total", "has received to date"), or -1: a sum over the years a
// programme has run. A sentence with a word of the year ("a year",
// "annual", "each year") says the total is a year's, and so does an
// amount after its parts ("$3.3bn in FMF plus $500m for missile defence,
// for $3.8bn in all"): both keep it.
func totalSum(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind == d.Figures[fi].Kind {
			return -1 // the total of the parts before it: "$3.3bn in FMF plus $500m ..., for $3.8bn in all"
		}
	}
	word := sentenceWords(d, s)
	for k := s.TokStart; k < s.TokEnd; k++ {
		switch w := word(k); w {
		case "annual", "annually", "yearly", "year":
			if w != "year" || word(k-1) == "a" || word(k-1) == "per" || word(k-1) == "each" || word(k-1) == "every" {
				return -1
			}
		}
	}
	from, to := fs, fe
	for from > s.TokStart && !totalClauseMark(word(from-1)) {
		from--
	}
	for to < s.TokEnd && !totalClauseMark(word(to)) {
		to++
	}
	for k := from; k < to; k++ {
		switch word(k) {
		case "altogether", "cumulatively":
			return k
		case "total", "all":
			if word(k-1) == "in" {
				return k - 1 // "in total", "in all"
			}
		case "told":
			if word(k-1) == "all" {
				return k - 1
			}
		case "date":
			if word(k-1) == "to" {
				return k - 1
			}
		}
	}
	return -1
}

// totalClauseMark reports whether lower-cased w ends a clause for totalSum: a
// mark of punctuation or a conjunction that opens another.
func totalClauseMark(w string) bool {
	switch w {
	case ",", ";", ":", "—", "–", "(", ")", "and", "but":
		return true
	}
	return false
}
