package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A hedged or bounded figure followed by an aside in dashes or brackets
// that opens on the same count told more precisely is one claim said
// twice, and the aside's is the figure to record: "More than a million
// displaced Palestinians — roughly 1.4 million, UN agencies say — are
// crowded into Rafah", "The toll, nearly 35,000 — 34,789 in the
// ministry's Monday update — has barely slowed", "well over a million
// people — by UN counts about 1.4 million — have taken shelter there". The
// first saying sets the scene, the aside gives the closer number; taken
// as the claim, the rounder figure posts a change that is no change. This
// is the one mechanism for the class: the first figure is dropped here
// (figuredrops.go) and the aside's, the next figure, is the one left near
// the keyword. (dup50 merged dashsourced.go's swap of a sourced dash
// aside's figure into it: the two read one concept twice and disagreed on
// hedged asides.)
//
// The aside restates the figure only when its figure is one the first
// saying allows: inside the first figure's bounds ("more than a million"
// allows 1.4 million, "nearly 35,000" allows 34,789, "about 7,800" does not
// restate "more than 34,000", "nearly 5,000" does not allow "6,200 by the
// opposition's count") and within a factor of two of it. A part
// ("— 600,000 of them children —", "— 200,000 more since May —"), an aside
// that adds another count ("(and more than 480 in the West Bank)") or a
// figure after the verb ("have been killed in Gaza — about ...") is no
// restatement, nor is a figure the aside gives as where a change started or
// as a yardstick ("— up from 33,500 last week —", "— compared with ...",
// "— against ...") or rejects ("— not 700,000, as first reported —", "—
// 700,000 was never the count —"). A bare first figure is as precise as
// its writer meant it, and an equal value is restatedAfterDash's
// (dashrestated.go).
//
// The aside need not name a source, and a hedged or indefinite one
// restates all the same: "— perhaps 740,000 —", "— 655,000, by some counts
// —", "— 107, according to one estimate —". Counted before ruling (dup50):
// the dev files (*.dev.yaml) hold two asides hedged with "perhaps" after a
// looser saying of the count (israel-gaza-95:98 "— perhaps 1.4 million —",
// unsourced; israel-gaza-28:59, "perhaps" and a UN source in one aside)
// and label both with the aside's figure, 2 of 2; none holds an aside on
// "by some counts" or "one estimate" after a looser figure, and the two
// labelled figures that stand on "by one count" alone are labelled claims
// (israel-gaza-105 and -59, "some 107"). No dev case labels the looser
// first figure over a hedged aside, so the hedge is the aside's own
// qualifier ("perhaps" reads approximately), not a refusal.
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
		if asideRefuses(w) {
			return false
		}
	}
	switch word(fe) {
	case "of", "more", "others", "other", "additional", "further", "among":
		return false // a part or another count
	}
	// The aside closes (or the sentence ends) before another figure, and
	// what follows its figure neither compares nor rejects it.
	for k := fe; k < s.TokEnd; k++ {
		w := word(k)
		if isDash(w) || w == ")" || w == "." {
			return true
		}
		if g := figureAt(d, k); g >= 0 && !sourceOne(d, s, g) || asideRefuses(w) {
			return false // another figure; "by one estimate"'s "one" names a source (oneattribution.go)
		}
	}
	return true
}

// asideRefuses reports whether word w of an aside makes its figure no
// restatement of the first: where a change started or a yardstick ("— up
// from 33,500 last week —", "— compared with ...", "— against ...";
// review50), or an alternative rejected ("— not 700,000, as first
// reported —", "— 700,000 was never the count —").
func asideRefuses(w string) bool {
	return w == "from" || w == "against" || w == "not" || w == "never" || comparisonWord(w)
}
