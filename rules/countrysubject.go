package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// Another country may hold the count as the subject of the figure's
// clause: "Yemen has 4.5 million displaced", "Syria still counts 6.8
// million people uprooted", "Gaza has 1.9 million displaced and ...". The
// count is that country's, as "displaced in Yemen" says it is
// (othercountry.go decides whether the country is another than the
// metric's). The country opens its clause (the sentence, past a stamp, a
// speaker's label or a joining word, or a clause after a semicolon, "and",
// "but", "while", "whereas" or "yet"), a verb of having, counting or
// receiving follows it, perhaps after one adverb ("still", "now", "once")
// or an aside between commas ("Pakistan, a large FMF recipient in the
// 2000s, got about $300 million a year"), and the figure is the verb's
// object, right after it.

// countHoldingForms are the finite forms of the verbs whose subject holds
// the count their object is: "counts", "hosted", "records", "holds".
var countHoldingForms = wordform.Set([]wordform.Verb{{Base: "count"}, {Base: "host"}, {Base: "hold", Past: "held"}, {Base: "record"}, {Base: "register"}}, true, wordform.Finite)

// receivingForms are the finite forms of the verbs whose subject receives
// the sum or the units their object is: "got", "receives", "obtained",
// "Egypt secured 12 foreign military sales" (other_country_secured.yaml).
var receivingForms = wordform.Set([]wordform.Verb{{Base: "receive"}, {Base: "get", Past: "got"}, {Base: "obtain"}, {Base: "secure"}}, true, wordform.Finite)

// countHoldingVerb reports whether w is a finite form of having, of a
// verb of holding a count or of receiving ("Pakistan got about $300
// million a year").
func countHoldingVerb(w string) bool {
	switch w {
	case "has", "have", "had":
		return true
	}
	return countHoldingForms[w] || receivingForms[w]
}

// asideBefore returns the token of the comma that opens an aside ending
// with the comma at token k ("Pakistan, a large recipient in the 2000s,
// got"), the aside opening on a lower-case word and holding no other mark
// nor figure but a year, within twelve tokens; or -1.
func asideBefore(d *figures.Document, s *figures.Sentence, k int) int {
	if k-1 <= s.TokStart || d.TokenText(k) != "," {
		return -1
	}
	for j := k - 1; j > s.TokStart && j >= k-12; j-- {
		w := d.TokenText(j)
		if w == "," && !inFigure(d, j) {
			if j+1 < k && isLowerWord(d.TokenText(j+1)) {
				return j
			}
			return -1
		}
		if fj := figureIn(d, s, j); fj >= 0 && !dateKind(d.Figures[fj].Kind) || stretchMark(d, j) {
			return -1
		}
	}
	return -1
}

// countrySubject returns the first token of a listed country's name (or
// of a place of names/within.yaml standing for its country) that is the
// subject of a verb of holding whose object is figure fi, opening its
// clause, or -1.
func countrySubject(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	v := fs - 1
	if v <= s.TokStart || !countHoldingVerb(d.LowerTokenText(v)) {
		return -1
	}
	end := v
	if w := d.LowerTokenText(v - 1); subjectAdverb(w) || stateTimeAdverb(w) || w == "once" {
		end = v - 1
	}
	if j := asideBefore(d, s, end-1); j >= 0 {
		end = j // "Colombia, at its peak a top recipient, got"
	}
	if end <= s.TokStart || !named(d, end-1) {
		return -1
	}
	c := longestCountryBefore(d, s, end)
	if c < 0 {
		// "Kyiv gets $1 billion a year": a capital or a town holds its
		// country's count (capitalcountry.go).
		c, _ = countryPlaceBefore(d, s, end)
	}
	if c < 0 || !opensCountryClause(d, s, c) {
		return -1
	}
	return c
}

// opensCountryClause reports whether token c opens its clause: the
// sentence's own words (frontedOpening), or the words after a semicolon
// or a joining word ("and", "but", "while", "whereas", "yet").
func opensCountryClause(d *figures.Document, s *figures.Sentence, c int) bool {
	if c == frontedOpening(d, s, sentenceWords(d, s)) {
		return true
	}
	if c-1 <= s.TokStart {
		return false
	}
	switch d.LowerTokenText(c - 1) {
	case ";", "and", "but", "while", "whereas", "yet":
		return true
	case ",":
		return frontedAdverbialTo(d, s, c-1)
	}
	return false
}

// frontedAdverbialWords is how many words a phrase of time or
// circumstance fronted before a country's clause may hold: "At the height
// of its civil war".
const frontedAdverbialWords = 9

// frontedAdverbialTo reports whether the comma at token comma closes a
// phrase of time or circumstance that opens sentence s, so that the
// clause after it opens there: "At the height of its civil war, Syria
// counted ...", "By 2016, Turkey hosted ...", "Last year, Chad received
// ...". The phrase opens on a preposition or a word of time, and holds
// words alone (a year or a date may stand in it), no other mark.
func frontedAdverbialTo(d *figures.Document, s *figures.Sentence, comma int) bool {
	p := frontedOpening(d, s, sentenceWords(d, s))
	if p >= comma || comma-p > frontedAdverbialWords {
		return false
	}
	switch d.LowerTokenText(p) {
	case "at", "in", "during", "by", "after", "before", "since", "until", "over", "throughout", "under", "amid",
		"last", "this", "back", "then", "earlier", "later", "once":
	default:
		return false
	}
	for t := p; t < comma; t++ {
		if fi := figureAt(d, t); fi >= 0 {
			if !dateKind(d.Figures[fi].Kind) {
				return false
			}
			continue
		}
		if !d.Tokens[t].IsWord() && !isApostrophe(d.TokenText(t)) && d.TokenText(t) != "-" {
			return false
		}
	}
	return true
}
