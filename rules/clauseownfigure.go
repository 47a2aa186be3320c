package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword that opens a clause of its own after a comma or a conjunction,
// and whose clause then states its own figure, counts that figure: in
// "Dravenna cholera cases pass 9,000, deaths rise to 171" the deaths are
// 171, however near "deaths" stands to the 9,000 the comma parts from it;
// and "deaths" rules the 9,000 out of no metric of cases either
// (clause_keyword_own_figure.yaml, walk57). The semicolon's case is
// ownFigureAfterSemicolon (semicolon.go).

// clauseOwnReach is how many tokens past a keyword its clause's own figure
// may stand ("deaths, they tell us, have gone up to 171"); clauseOpenReach
// how many words may stand between the break and the keyword ("and the
// cholera deaths").
const (
	clauseOwnReach  = 10
	clauseOpenReach = 2
)

// ownFigureAfterClauseBreak reports whether hit h stands after figure fi,
// opens a clause after a comma or a conjunction (and, while, whilst, whereas, but;
// not "as", which is as often a preposition: "the grant arrives as credit") with
// at most clauseOpenReach words before it, each a determiner or a
// modifier, none a verb (clauseOpenerWord),
// and that clause gives an amount of fi's kind within clauseOwnReach
// tokens of h that names no other thing after it (bareClauseFigure) and
// is no change "by" an amount. Its clause ends at a semicolon or a stop.
func ownFigureAfterClauseBreak(d *figures.Document, s *figures.Sentence, h hit, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if h.start <= fe || !subjectShaped(d, h) {
		return false
	}
	k := h.start - 1
	for n := 0; n < clauseOpenReach && k > fe && d.Tokens[k].IsWord() && !clauseBreakWord(d.LowerTokenText(k)); n++ {
		if w := d.LowerTokenText(k); !isLowerWord(d.TokenText(k)) || prepositions[w] || figureAt(d, k) >= 0 || !clauseOpenerWord(w) {
			return false // "some 900 people, are staying in tents": no subject of its own
		}
		k--
	}
	if k < fe || !(d.TokenText(k) == "," || clauseBreakWord(d.LowerTokenText(k))) {
		return false
	}
	for t := h.end; t < s.TokEnd && t < h.end+clauseOwnReach; t++ {
		switch w := d.LowerTokenText(t); {
		case w == ";" || w == "." || w == ":" || clauseBreakWord(w):
			return false // "... and the remainder, $20 million": another clause's
		}
		fj := figureAt(d, t)
		if fj < 0 {
			continue
		}
		fs, _ := d.FigureTokens(fj)
		return fs == t && d.Figures[fj].Kind == d.Figures[fi].Kind && d.LowerTokenText(t-1) != "by" && bareClauseFigure(d, s, fj)
	}
	return false
}

// clauseBreakWord reports whether w is a conjunction that may open a
// clause with a subject of its own.
func clauseBreakWord(w string) bool {
	switch w {
	case "and", "while", "whilst", "whereas", "but":
		return true
	}
	return false
}

// clauseOpenerWord reports whether w may stand between a clause's break
// and its subject keyword ("and the deaths", ", cholera deaths"): no form
// of "be" or "have", no word shaped as a verb's participle or an adverb.
func clauseOpenerWord(w string) bool {
	switch {
	case beForm(w), w == "have", w == "has", w == "had", w == "now", w == "also", w == "still", w == "already", w == "then":
		return false
	case strings.HasSuffix(w, "ed"), strings.HasSuffix(w, "ing"), strings.HasSuffix(w, "ly"):
		return false
	}
	return true
}

// subjectShaped reports whether hit h may be a clause's subject: its last
// word is no preposition and no participle ("roughly, crammed into a
// town built for ..." is the figure's verb), unless "the" makes it a
// noun ("the displaced").
func subjectShaped(d *figures.Document, h hit) bool {
	w := d.LowerTokenText(h.end - 1)
	switch {
	case preposition(w), verbParticle(w), w == "into", w == "onto", strings.HasSuffix(w, "ing"):
		return false
	case strings.HasSuffix(w, "ed"):
		return h.start > 0 && d.LowerTokenText(h.start-1) == "the"
	}
	return true
}
