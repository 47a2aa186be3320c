package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A part taken out of a whole named earlier is no figure of a running
// total, wherever its clause opens: pronounWhole (otherstate.go) reads the
// sentence that opens "Of those, ..."; the same partitive may open a later
// clause of the sentence ("4,100 were treated for heatstroke; of those, 52
// have died", "..., and of those 52 have died", "... — of them, 52 died"),
// carry the group it takes from ("Of those treated for heatstroke in the
// heatwave, 52 have died", "Of those cases, 212 proved fatal"), or follow
// the figure ("4,100 were treated; 52 of them have died", "52 of those
// admitted"). The figure counts the deaths among that group, not the
// deaths the metric counts (testdata/examples/part_of_earlier_whole.yaml).

// partOfEarlierWords is how many tokens the group a fronted partitive
// names may hold before its comma: "Of those treated for heatstroke in the
// heatwave,".
const partOfEarlierWords = 12

// pointingWhole reports whether lower-cased w points back to a whole named
// before: "those", "them", "that" (number), "these", "this".
func pointingWhole(w string) bool {
	switch w {
	case "those", "these", "them", "that", "this":
		return true
	}
	return false
}

// partOfEarlier reports whether figure fi of sentence s is a part taken
// out of a whole named before it, as the comment above reads it.
func partOfEarlier(d *figures.Document, s *figures.Sentence, fi int) bool {
	return partitiveOpener(d, s, fi) >= 0
}

// partitiveOpener returns where the part figure fi is opens, when it is a
// part taken out of a whole named before it: the figure itself before "of
// them", or the fronted partitive of its clause; otherwise -1.
func partitiveOpener(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	if fe+1 < s.TokEnd && d.LowerTokenText(fe) == "of" && pointingWhole(d.LowerTokenText(fe+1)) {
		// "52 of them have died", "52 of those admitted", after the
		// whole's own figure: not "all 52 of them", which names the whole
		// group the figure is, nor a figure with none before it, whose
		// pronoun is its own noun ("cleared some 100 of them",
		// "The displaced, 11 million of them, ...").
		if earlierAmount(d, s, fi) && (fs-1 < s.TokStart || d.LowerTokenText(fs-1) != "all") {
			return fs
		}
		return -1
	}
	return frontedPartitiveClause(d, s, fs)
}

// wholeOfLaterPartitive reports whether figure fi is the whole a later
// figure of the sentence takes its part of ("Clinics saw 4,000 people;
// of them, 52 have died"), and the only keyword hits stand in that part's
// clause, after its figure with no mark between: the keyword counts the
// part, and the whole is some other count. A keyword before the part's
// clause ("The heatwave has killed 212 people; of those, 52 were over
// 80") and a part set off as an aside ("More than 212 people, 52
// of them in Murcia, have died") leave the whole its keyword.
func wholeOfLaterPartitive(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	_, fe := d.FigureTokens(fi)
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		o := partitiveOpener(d, s, fj)
		if o < fe {
			continue
		}
		_, je := d.FigureTokens(fj)
		own := false
		for _, h := range hits {
			if h.ref.role != roleKeyword {
				continue
			}
			if h.start < o {
				return false // the whole's own keyword
			}
			if h.start >= je && !clauseMarkBetween(d, je, h.start) {
				own = true
			}
		}
		return own
	}
	return false
}

// clauseMarkBetween reports whether a mark that closes a clause or an
// aside stands in tokens [from, to).
func clauseMarkBetween(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		switch d.TokenText(k) {
		case ",", ";", ":", "—", "–", "(", ")":
			return true
		}
	}
	return false
}

// frontedPartitiveClause returns the "of" or "among" that opens the
// clause holding the figure that opens at token fs, with a word pointing
// back ("of those", "among them"), whose phrase closes with a comma before
// the figure, at most partOfEarlierWords tokens on and with no figure in
// it, or -1. The clause opens at the sentence's start (past a stamp) or
// after a semicolon, a colon, a dash, or "and" or "but".
func frontedPartitiveClause(d *figures.Document, s *figures.Sentence, fs int) int {
	word := sentenceWords(d, s)
	o := -1
	for k := fs - 1; k >= s.TokStart; k-- {
		w := word(k)
		if w == ";" || w == "—" || w == "–" || w == ":" {
			break // the figure's clause opens after this mark: "— among them, ... — now number 7,450"
		}
		if w != "of" && w != "among" && w != "amongst" || !pointingWhole(word(k+1)) {
			continue
		}
		if k == s.TokStart || k == afterStamp(d, s) {
			o = k
			break
		}
		switch word(k - 1) {
		case ";", ":", "—", "–", "and", "but", "while":
			o = k
		}
		break // the nearest partitive decides
	}
	if o < 0 {
		return -1
	}
	for k := o + 2; k < fs && k <= o+2+partOfEarlierWords; k++ {
		if figureAt(d, k) >= 0 {
			return -1 // "of those 4,100, 52 died": the whole's own figure is read as such (parts.go)
		}
		if word(k) == "," {
			return o
		}
		if word(k) == ";" || word(k) == ":" || word(k) == "—" {
			return -1
		}
	}
	if fs == o+2 {
		return o // ", and of those 52 have died": the figure right after the pointing word
	}
	return -1
}

// earlierAmount reports whether an amount of sentence s ends before
// figure fi starts: the whole a later "N of them" takes its part from.
func earlierAmount(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	for fj := s.FigStart; fj < fi; fj++ {
		if _, je := d.FigureTokens(fj); je <= fs && d.Figures[fj].Kind.IsAmount() {
			return true
		}
	}
	return false
}
