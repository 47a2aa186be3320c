package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure may be glossed right after it, past a dash, a colon or a comma,
// by a count noun and what it counts: "read out a single figure, 45,227 —
// the number of Palestinians the Gaza health ministry says have been
// killed in the war". The gloss says what the figure is, so a keyword in
// it stands as near the figure as the count noun does, however long the
// gloss's own words (a source, a relative clause) between.

// glossTokens is how many tokens a gloss may run to its keyword.
const glossTokens = 30

// glossedCount reports whether figure fi of sentence s is followed by a
// dash, a colon or a comma and "the NOUN of", NOUN a count noun
// (tallyNoun: "number", "count", "tally", "total", "toll"), and keyword
// hit kw stands in that gloss: after it, before a semicolon, a dash, a
// colon or another figure.
func glossedCount(d *figures.Document, s *figures.Sentence, fi int, kw hit) bool {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if w := word(fe); w != "," && w != ":" && !isDash(w) {
		return false
	}
	if word(fe+1) != "the" || !tallyNoun(word(fe+2)) || word(fe+3) != "of" || kw.start <= fe+3 || kw.start-fe > glossTokens {
		return false
	}
	for k := fe + 4; k < kw.start; k++ {
		if w := word(k); w == ";" || w == ":" || isDash(w) || figureIn(d, s, k) >= 0 {
			return false
		}
	}
	return true
}
