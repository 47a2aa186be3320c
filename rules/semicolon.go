package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// pastSemicolon reports whether keyword hit h stands before a semicolon
// that comes before figure fi, whose own clause after it has its own
// verb: "every displaced family; in Sudan, where 750,000 people are on the
// brink of famine, ...". The clauses a semicolon parts are sentences of
// their own; the figure counts what its own verb says. A figure with no
// verb after it stays the keyword's ("Displaced in Sudan; 12 million and
// counting").
func pastSemicolon(d *figures.Document, s *figures.Sentence, h hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if h.end > fs {
		return false
	}
	semi := false
	for t := h.end; t < fs; t++ {
		if d.TokenText(t) == ";" {
			semi = true
			break
		}
	}
	return semi && subjectWithVerb(d, s, fe)
}

// subjectWithVerb reports whether the figure ending at token fe is the
// subject of a verb: at most two lower-case words of its noun phrase
// ("people", "more people"), then an auxiliary, a modal or a verb that
// states ("face", "need", "remain").
func subjectWithVerb(d *figures.Document, s *figures.Sentence, fe int) bool {
	word := sentenceWords(d, s)
	k := fe
	for n := 0; n < 2 && k < s.TokEnd && isLowerWord(d.TokenText(k)) && !verbAfterSubject(word(k)); n++ {
		k++
	}
	return k < s.TokEnd && verbAfterSubject(word(k))
}

// verbAfterSubject reports whether lower-cased w is a verb that follows a
// subject: an auxiliary, a modal, or a verb of state or need.
func verbAfterSubject(w string) bool {
	if auxiliary(w) || modalWord(w) || linkingVerb(w) {
		return true
	}
	switch w {
	case "face", "faced", "facing", "need", "needed", "depend", "depends", "live", "lived", "go", "went":
		return true
	}
	return false
}

// frontedAfterSemicolon reports whether keyword hit h opens the clause
// after a semicolon that follows the figure ending at token fe, as a
// phrase a comma closes: "the toll has reached 31,045; in Rafah, about
// 1.4 million shelter". The clause after the semicolon is a sentence of
// its own, and a phrase fronted in it sets its own scene, not the earlier
// clause's (semicolon_own_place.yaml). A keyword the clause takes up
// later ("...; 1.4 million shelter in Rafah") is read by distance still.
func frontedAfterSemicolon(d *figures.Document, s *figures.Sentence, h hit, fe int) bool {
	if h.start <= fe || h.end >= s.TokEnd || d.TokenText(h.end) != "," {
		return false
	}
	k := h.start - 1
	if w := d.LowerTokenText(k); w == "and" || w == "but" {
		k--
	}
	if k < fe || d.TokenText(k) != ";" {
		return false
	}
	for t := fe; t < k; t++ {
		if d.TokenText(t) == ";" {
			return false // another clause between: the keyword is further off
		}
	}
	return true
}

// ownFigureAfterSemicolon reports whether keyword hit h stands in a clause
// after a semicolon that follows figure fi, and that clause gives an
// amount of its own, of the same kind, that names no other thing after it:
// "toll rises to 63; suspected cases near 3,100". The
// keyword counts its own clause's figure, not one the semicolon parts from
// it, however near (semicolon_keyword_own_figure.yaml). A clause with no
// amount of its own ("...; many of the displaced sleep in schools") leaves
// the keyword read by distance.
func ownFigureAfterSemicolon(d *figures.Document, s *figures.Sentence, h hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if h.start < fe {
		return false
	}
	semi := -1
	for t := fe; t < h.start; t++ {
		if d.TokenText(t) == ";" {
			semi = t
		}
	}
	if semi < 0 {
		return false
	}
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		js, _ := d.FigureTokens(fj)
		if js <= semi {
			continue
		}
		for t := semi + 1; t < js; t++ {
			if d.TokenText(t) == ";" {
				return false // the keyword's clause ended before it
			}
		}
		return d.Figures[fj].Kind == d.Figures[fi].Kind && bareClauseFigure(d, s, fj)
	}
	return false
}

// bareClauseFigure reports whether figure fj names no other thing after it
// than people: "displaced top 40,000", "number more than 40,000, mostly
// ...", not "get 2 meals a day" or "need 3 million litres", whose nouns say
// they count something else and leave the keyword to the figure before.
func bareClauseFigure(d *figures.Document, s *figures.Sentence, fj int) bool {
	_, fe := d.FigureTokens(fj)
	if fe >= s.TokEnd || !isLowerWord(d.TokenText(fe)) {
		return true
	}
	switch d.LowerTokenText(fe) {
	case "people", "persons", "residents", "civilians":
		return true
	}
	return false
}
