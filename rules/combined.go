package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure whose keyword is joined by "or" or "and" to an excluded word
// counts both at once: "1,213 killed or injured", "more than 30,000
// civilians killed and wounded", "8,000 deaths and injuries". That is a
// count of casualties, not of the keyword's kind, however near the keyword
// stands. A figure of its own after the excluded word makes two counts
// ("33,091 killed and 75,750 wounded"), and the first is the keyword's.

// joinedToKeyword reports whether exclude_near hit h follows a keyword hit
// of role r that counts figure [fs, fe) and is joined to it by "or", "and"
// or "and/or", perhaps with an adverb in -ly between ("killed or seriously
// injured"). The keyword stands after the figure, at most six words from
// it besides a passive's or a perfect's auxiliaries (the figure's noun and
// a phrase of place: "12,000 civilians in the east of Ukraine have been
// killed or hurt"), with only words between; nothing but the end of the
// phrase may follow h before a figure. (Three words until left40, which
// missed "residents of the valley had been killed and injured"; the whole
// dev read the same with no bound at all.)
func joinedToKeyword(d *figures.Document, hits []hit, h hit, r role, fs, fe int) bool {
	word := func(t int) string { return d.LowerTokenText(t) }
	for _, k := range hits {
		if k.ref.role != r || k.start < fe || k.end >= h.start || wordGap(d, fs, fe, k.start, k.end)-auxiliariesIn(d, fe, k.start) > 6 {
			continue
		}
		if !onlyWords(d, fe, k.start) {
			continue
		}
		t := k.end
		switch word(t) {
		case "or":
			t++
		case "and":
			t++
			if t+1 < h.start && word(t) == "/" && word(t+1) == "or" {
				t += 2
			}
		default:
			continue
		}
		for t < h.start && len(word(t)) > 2 && word(t)[len(word(t))-2:] == "ly" {
			t++
		}
		if t != h.start {
			continue
		}
		// "killed and 75,750 wounded" puts the figure before h; "killed
		// and wounded 3,000 more" gives h its own.
		if h.end < len(d.Tokens) && figureAt(d, h.end) >= 0 {
			continue
		}
		return true
	}
	return false
}

// auxiliariesIn returns how many of tokens [from, to) are auxiliaries of a
// passive or a perfect.
func auxiliariesIn(d *figures.Document, from, to int) int {
	n := 0
	for t := from; t < to; t++ {
		if auxiliary(d.LowerTokenText(t)) {
			n++
		}
	}
	return n
}

// onlyWords reports whether tokens [from, to) are all words.
func onlyWords(d *figures.Document, from, to int) bool {
	for t := from; t < to; t++ {
		if !d.Tokens[t].IsWord() {
			return false
		}
	}
	return true
}

// moneyOfOther reports whether keyword hit h says what another money
// figure of sentence s is, after its "in", and money figure fi is added to
// that one right after h: "Israel receives $3.3 billion a year in Foreign
// Military Financing, plus $500 million annually for missile defence". The
// keyword is the first amount's, however near fi stands: an amount added
// with "plus" or "and" pays for something of its own. An amount joined
// otherwise may be the first's share ("$14bn in military aid over a decade,
// with $1.4bn a year").
func moneyOfOther(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	fs, _ := d.FigureTokens(fi)
	if d.Figures[fi].Kind != figures.Money || h.end > fs || !addedAfter(d, h.end, fs) {
		return false
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if fj != fi && moneyIn(d, s, fj, h) {
			return true
		}
	}
	return false
}

// addedAfter reports whether tokens [from, to) add what follows to what
// came before: "plus" or "and", with a comma and "a further", "another",
// "also" at most ("and a further", ", plus").
func addedAfter(d *figures.Document, from, to int) bool {
	added := false
	for t := from; t < to; t++ {
		switch d.LowerTokenText(t) {
		case "plus", "and":
			added = true
		case ",", "a", "further", "another", "also":
		default:
			return false
		}
	}
	return added
}
