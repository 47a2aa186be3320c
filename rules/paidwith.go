package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A price may be said to be paid with a flow of money the metric counts:
// "a $3 billion deal paid for with U.S. military financing", "an F-35
// costs about $100 million, paid largely with US foreign military
// financing", "a $3bn deal funded by US military aid". The keyword names
// the means of payment, and the figure is what the thing cost, not the
// flow's amount. A figure marked as a year's ("$3.3bn a year, paid out of
// FMF") or with a word of a year between it and the keyword stays the
// flow's.

// keywordAsMeans reports whether keyword hit h, after figure fi, follows
// a participle of paying and its preposition of means ("paid for with",
// "funded by", "financed through"), perhaps past an adverb and the
// giver's name, with no year's words between the figure and the keyword.
func keywordAsMeans(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	_, fe := d.FigureTokens(fi)
	if h.start <= fe || h.start-fe > 12 || perYearAfter(d, s, fi) || perYearBetween(d, s, fe, h.end) {
		return false
	}
	word := sentenceWords(d, s)
	for k := h.start - 1; k > fe && k >= h.start-6; k-- {
		switch word(k) {
		case "with", "by", "through", "from", "using":
		default:
			continue
		}
		j := k - 1
		if word(j) == "for" {
			j--
		}
		switch word(j) {
		case "largely", "partly", "mostly", "chiefly", "wholly", "entirely", "mainly":
			j--
		}
		switch word(j) {
		case "paid", "funded", "financed", "bought", "purchased", "bankrolled":
			return j > fe && !amountBetween(d, s, fe, j) && (wordBetween(d, fe, j) || priceBefore(d, s, fi))
		}
		return false
	}
	return false
}

// A sum with the participle right after it and no thing named between
// ("Congress approved $14 billion, funded by emergency military
// financing") is itself what was paid with the flow: the flow's amount. Only
// a thing named between ("a $900 million deal paid for with") or a verb of
// price before the sum ("costs about $60 million, paid largely with")
// makes it a price.

// wordBetween reports whether a word stands in tokens from to to.
func wordBetween(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if d.Tokens[k].IsWord() {
			return true
		}
	}
	return false
}

// priceWords is how many words before figure fi a verb of price may stand:
// "costs Egypt's air force about $60 million".
const priceWords = 6

// priceBefore reports whether a verb of price ("cost", "priced") stands
// within priceWords words before figure fi in its clause.
func priceBefore(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	words := 0
	for k := fs - 1; k >= s.TokStart && words < priceWords; k-- {
		if !d.Tokens[k].IsWord() {
			if w := d.TokenText(k); isApostrophe(w) || w == "-" {
				continue
			}
			return false // the clause's start
		}
		words++
		switch stem(d.LowerTokenText(k)) {
		case "cost", "price":
			return true
		}
	}
	return false
}
