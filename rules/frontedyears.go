package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A span of many years fronted before the clause of a yearly metric's
// figure makes it a sum of those years: "Over its ten years, 2019 to 2028,
// it pledges $33bn in Foreign Military Financing", "Over the decade covered
// by the memorandum, that amounts to $38bn". yearsAfter reads the span
// after the figure ("$38bn over ten years"); this reads it opening the
// sentence, before a comma, and the parts of the sum a dash aside gives
// share it. A figure its clause says is a year's ("Over the decade, Israel
// gets $3.3bn every year") stays.

// frontedYears returns the token that opens a span of years fronted before
// figure fi, or -1.
func frontedYears(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	k := afterStamp(d, s)
	switch word(k) {
	case "over", "across", "during", "within", "throughout", "for", "in":
	default:
		return -1
	}
	t := k + 1
	if possessiveDeterminer(word(t)) {
		// "Over its ten years": the span of what the sentence speaks of.
		t++
		if word(t) == "first" || word(t) == "full" {
			t++
		}
		if !yearsSpan(d, s, t) {
			return -1
		}
	} else if !yearsSpan(d, s, t) && !termOfSpan(d, s, t) {
		return -1
	}
	comma := -1
	for j := t; j < fs; j++ {
		switch word(j) {
		case ",":
			if comma < 0 {
				comma = j
			}
		case "—", "–":
			// A dash aside that breaks the sum down shares its span:
			// "Over the decade ..., that amounts to $38bn — $33bn in FMF
			// and $5bn for missile defence" (as spanparts.go reads it
			// after the sum).
			if comma < 0 || !amountBetween(d, s, comma+1, j) {
				return -1
			}
		case ";", ":":
			return -1
		}
	}
	if comma < 0 || perYearBetween(d, s, comma+1, clauseEndAfter(d, s, fe)) {
		return -1
	}
	return k
}

// termOfSpan reports whether the words from token t name the whole term
// of something that runs for years: "the life of the memorandum", "the
// term of the 2016 deal", "the length of the MOU" (agreement_term_fronted
// .yaml). The term of one unit of time spans only it: "the course of the
// year", "the length of a month" stay.
func termOfSpan(d *figures.Document, s *figures.Sentence, t int) bool {
	word := sentenceWords(d, s)
	if word(t) != "the" || word(t+2) != "of" {
		return false
	}
	switch word(t + 1) {
	case "term", "life", "lifetime", "length", "course", "duration":
	default:
		return false
	}
	k := t + 3
	for n := 0; n < 3 && k < s.TokEnd; n++ {
		switch w := word(k); {
		case w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || possessiveDeterminer(w):
			k++
		case figureAt(d, k) >= 0 || w == "fiscal" || w == "calendar" || w == "financial":
			if fi := figureAt(d, k); fi >= 0 {
				_, k = d.FigureTokens(fi)
			} else {
				k++
			}
		default:
			n = 3
		}
	}
	return k < s.TokEnd && d.Tokens[k].IsWord() && !timeUnit(word(k))
}

// perYearBetween reports whether the tokens [from, to) say an amount is a
// year's: "annually", "yearly", "a year", "each year", "every year", "per
// year".
func perYearBetween(d *figures.Document, s *figures.Sentence, from, to int) bool {
	word := sentenceWords(d, s)
	for k := from; k < to; k++ {
		switch word(k) {
		case "annually", "yearly", "annual", "a-year":
			return true
		case "year":
			switch word(k - 1) {
			case "a", "per", "each", "every":
				return true
			}
		}
	}
	return false
}

// amountBetween reports whether an amount of sentence s starts at a token
// from from to before to.
func amountBetween(d *figures.Document, s *figures.Sentence, from, to int) bool {
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if js, _ := d.FigureTokens(fj); js >= from && js < to && d.Figures[fj].Kind.IsAmount() {
			return true
		}
	}
	return false
}

// clauseEndAfter returns the token that ends the clause from token t: a
// semicolon, a colon or the sentence's end.
func clauseEndAfter(d *figures.Document, s *figures.Sentence, t int) int {
	for ; t < s.TokEnd; t++ {
		switch d.TokenText(t) {
		case ";", ":":
			return t
		}
	}
	return s.TokEnd
}
