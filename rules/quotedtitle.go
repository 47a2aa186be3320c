package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure that opens a quoted title is part of the name of a work, a
// campaign or a memorial, not a count the sentence states: "A memorial
// called '35,000 Shoes', laid out in Parliament Square, marks the dead of
// Gaza", "'Ten Million Steps', an exhibition of photographs of Sudan's
// displaced, opens in Nairobi". The title is the quote mark, the figure,
// one to four capitalised words and the closing mark, with nothing else
// inside; a quoted count in lower case ("'35,000 dead', the banner read"),
// a sign in capitals ("signs reading \"$3.8 BILLION A YEAR\"", which
// israel-gaza-107:273 records) or a quotation of speech ("'1.4 million
// people are in Rafah,' she said") is not one. Capitals tell a title only
// where the words round them are in lower case: a title-cased headline
// capitalises a quoted count as it does every word ("'More Than 35,000
// Dead' in Gaza, Ministry Says", "Gaza Ministry: '34,000 Killed' Since
// October 7").

// quotedTitleFigure reports whether figure fi opens a quoted title.
func quotedTitleFigure(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fs-1 < s.TokStart || !isQuoteMark(d.TokenText(fs-1)) || sentenceCase(d, s) == titleCased {
		return false
	}
	words := 0
	for k := fe; k < s.TokEnd && k < fe+5; k++ {
		switch w := d.TokenText(k); {
		case isQuoteMark(w):
			return words > 0
		case named(d, k) && hasLower(w):
			words++
		default:
			return false
		}
	}
	return false
}

// hasLower reports whether w holds a lower-case letter: "Shoes", not "YEAR".
func hasLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}
