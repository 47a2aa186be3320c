package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An absolute with-clause after a comma ("..., with more than 12,000
// civilians killed") details a figure before it only when that figure is
// a whole it could be a part of: an amount of the same kind, in the
// clause the with-clause hangs on. A share or a sum before a count ("GDP
// shrank 29 per cent in 2022, with over 11,900 civilians killed") is
// another fact the sentence sets beside the count (a share "of" a group
// may be the with-clause's part: "half of those killed were in Hatay,
// with about 22,000 dead in that province"), and a figure before a
// semicolon stands in a sentence of its own ("Tourist arrivals slid by a
// fifth; the earthquakes' human cost dwarfs that, with more than 47,500
// people killed").
// (absolute_with_beside.yaml)

// withWholeBefore reports whether an amount before figure fi of sentence
// s, whose ", with" stands at token with, is a whole the with-clause may
// detail: not a spell of time ("Ten weeks on, with ..."), of fi's own
// kind, with no semicolon between it and the with-clause.
func withWholeBefore(d *figures.Document, s *figures.Sentence, fi, with int) bool {
	f := &d.Figures[fi]
	for fj := s.FigStart; fj < fi; fj++ {
		g := &d.Figures[fj]
		if !g.Kind.IsAmount() || spellOfTime(d, s, fj) {
			continue
		}
		if f.Kind == figures.Count && g.Kind != f.Kind && !shareOfGroup(d, s, fj) {
			continue // a change, a rate or a sum beside the count, no whole of it
		}
		if _, ge := d.FigureTokens(fj); semicolonBetween(d, ge, with) {
			continue
		}
		return true
	}
	return false
}

// shareOfGroup reports whether share figure fj of sentence s is taken
// "of" a group ("Half of those killed were in Hatay, with about 22,000
// dead in that province"): the with-clause may count that share. A share with no
// "of" ("fell 18 per cent", "shrank by a quarter") is a change or a rate.
func shareOfGroup(d *figures.Document, s *figures.Sentence, fj int) bool {
	g := &d.Figures[fj]
	if g.Kind != figures.Percent && g.Kind != figures.Fraction {
		return false
	}
	_, ge := d.FigureTokens(fj)
	return ge < s.TokEnd && d.LowerTokenText(ge) == "of"
}

// semicolonBetween reports whether a semicolon stands among tokens
// [from, to).
func semicolonBetween(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if d.TokenText(k) == ";" {
			return true
		}
	}
	return false
}

// withHostCurrent reports whether the figure at token fs opens an absolute
// with-clause (", with over 50,000 dead") that hangs on a clause after a
// semicolon, the earlier year at token yt stands before that semicolon,
// and the host clause speaks of the present: a word of the present
// (currentMarked: "this time", "now"), a present verb ("is", "are",
// "has") or a span counted on from then ("five years on"). The year
// dates its own clause only: "In 1999 the Izmit quake hit the northwest;
// this time the south is in ruins, with over 50,000 dead".
func withHostCurrent(d *figures.Document, s *figures.Sentence, yt, fs, since int) bool {
	w := fs - 1
	if w-1 <= s.TokStart || d.LowerTokenText(w) != "with" || d.TokenText(w-1) != "," {
		return false
	}
	host := -1
	for k := w - 2; k > yt; k-- {
		if d.TokenText(k) == ";" {
			host = k + 1
			break
		}
	}
	if host < 0 {
		return false
	}
	if currentMarked(d, s, host, w-1, since) {
		return true
	}
	for k := host; k < w-1; k++ {
		switch d.LowerTokenText(k) {
		case "is", "are", "has", "have", "remains", "remain":
			return true
		case "on":
			if k-1 > host && timeUnit(d.LowerTokenText(k-1)) {
				return true // "five years on"
			}
		}
	}
	return false
}
