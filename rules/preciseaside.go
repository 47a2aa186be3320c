package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A hedged or bounded figure followed by an aside in dashes or brackets
// that opens on the same count told more precisely is one claim said
// twice, and the aside's is the figure to record: "More than a million
// displaced Palestinians — roughly 1.4 million, UN agencies say — are
// crowded into Rafah", "The toll, nearly 35,000 — 34,789 in the
// ministry's Monday update — has barely slowed", "well over a million
// people — by UN counts about 1.4 million — have taken shelter there". The
// first saying sets the scene, the aside gives the source's number; taken
// as the claim, the rounder figure posts a change that is no change.
//
// The aside restates the figure only when its figure is one the first
// saying allows: inside the first figure's bounds ("more than a million"
// allows 1.4 million, "nearly 35,000" allows 34,789, "about 7,800" does not
// restate "more than 34,000") and within a factor of two of it. A part
// ("— 600,000 of them children —", "— 200,000 more since May —"), an aside
// that adds another count ("(and more than 480 in the West Bank)") or a
// figure after the verb ("have been killed in Gaza — about ...") is no
// restatement, nor is a figure the aside opens as where a change started or
// as a yardstick ("— up from 33,500 last week —", "— compared with ...",
// "— against ..."). A bare first figure is as precise as its writer meant it,
// and an equal value is restatedAfterDash's (dashrestated.go).
// (precise_aside.yaml)

// preciseAsideGap is how many words may stand between the first figure and
// the aside's opening mark ("displaced Palestinians", "dead in the floods").
const preciseAsideGap = 4

// preciseAsideOpen is how many tokens may open the aside before its figure:
// a source or a count ("by UN counts", "by the Red Crescent's count",
// "according to the agency,").
const preciseAsideOpen = 8

// restatedInAside reports whether figure fi of sentence s is said again,
// more precisely, by the figure that opens an aside right after it.
func restatedInAside(d *figures.Document, s *figures.Sentence, fi int) bool {
	if fi+1 >= s.FigEnd {
		return false
	}
	g, f := &d.Figures[fi], &d.Figures[fi+1]
	if g.Qualifier == figures.Exact || g.Qualifier == figures.Vague || f.Qualifier == figures.Vague ||
		f.Kind != g.Kind || f.Unit != g.Unit || !g.Kind.IsAmount() || f.Value == g.Value ||
		f.Value > 2*g.Value || 2*f.Value < g.Value ||
		g.Low != nil && f.Value < *g.Low || g.High != nil && f.Value > *g.High {
		return false
	}
	word := sentenceWords(d, s)
	_, ge := d.FigureTokens(fi)
	fs, fe := d.FigureTokens(fi + 1)
	open := -1
	for k := ge; k < fs && k <= ge+preciseAsideGap; k++ {
		w := word(k)
		if isDash(w) || w == "(" {
			open = k
			break
		}
		if !d.Tokens[k].IsWord() || auxiliary(w) {
			return false
		}
	}
	if open < 0 || fs-open-1 > preciseAsideOpen {
		return false
	}
	switch word(open + 1) {
	case "and", "or", "plus", "including", "among", "with", "not", "of", "excluding":
		return false
	}
	for k := open + 1; k < fs; k++ {
		w := word(k)
		if w != "," && !isApostrophe(w) && !d.Tokens[k].IsWord() {
			return false
		}
		if w == "from" || w == "against" || comparisonWord(w) {
			return false // "— up from 33,500 last week —", "— compared with ...": an earlier or other figure (review50)
		}
	}
	switch word(fe) {
	case "of", "more", "others", "other", "additional", "further", "among":
		return false // a part or another count
	}
	// The aside closes (or the sentence ends) before another figure.
	for k := fe; k < s.TokEnd; k++ {
		if w := word(k); isDash(w) || w == ")" || w == "." {
			return true
		}
		if figureAt(d, k) >= 0 {
			return false
		}
	}
	return true
}
