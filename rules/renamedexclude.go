package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A writer names what a figure's phrase is in an apposition right after
// it, pointed back to by a demonstrative: "giving them $3.3bn every year
// for weapons alone, that foreign military financing, so ...", "the
// $3.3bn a year for weapons, the FMF, is ...". The apposition renames the
// phrase the keyword closes, so an exclude_near word it opens on says what
// the figure counts as near as the keyword does.

// renamedPhraseWords is how many words may stand between the keyword and
// the comma or dash that opens the apposition: "for weapons alone", "for
// weapons each year".
const renamedPhraseWords = 2

// renamedByExclude reports whether exclude_near hit ex opens an apposition
// on the phrase keyword hit kw closes after figure fi: kw follows the
// figure, a comma or a dash follows kw within renamedPhraseWords words,
// then "that", "this" or "the", then ex, and a comma, a dash or the end of
// the sentence after it. A relative "that" goes on with a verb (", that
// Israel spends on ...") and is no apposition.
func renamedByExclude(d *figures.Document, s *figures.Sentence, kw, ex hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if kw.start < fe || ex.start <= kw.end+1 {
		return false
	}
	c := kw.end
	for c < ex.start && c-kw.end < renamedPhraseWords && isLowerWord(d.TokenText(c)) {
		c++
	}
	if open := d.TokenText(c); open != "," && !isDash(open) || c+2 != ex.start {
		return false
	}
	switch d.LowerTokenText(c + 1) {
	case "that", "this", "the":
	default:
		return false
	}
	if ex.end >= s.TokEnd {
		return true
	}
	w := d.TokenText(ex.end)
	return w == "," || isDash(w) || ex.end+1 == s.TokEnd && !d.Tokens[ex.end].IsWord()
}
