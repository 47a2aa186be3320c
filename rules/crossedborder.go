package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// crossedBorder reports whether figure fi counts people a verb right after
// it says crossed a border: its keyword, then "across", "over" or
// "beyond", an owner or article, and the border ("have fled across
// Sudan's borders", "fled over the border into Chad", "fled beyond the
// country's frontiers"), or "abroad" ("3m flee abroad"). They are the part abroad, which a metric whose
// exclude_near names a border ("fled across the border", in @refugees)
// rules out in any wording. A border joined to the inside ("inside the
// country and across its borders") is the whole.
func (m *metric) crossedBorder(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if !m.excludesBorder() {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end <= fs && borderBeforeFigure(d, s, h, fs) {
			return true
		}
		if h.ref.role != roleKeyword || h.start < fe || d.WordPos(h.start)-d.WordPos(fe) > 4 || !sameClause(d, fe, h.start) {
			continue
		}
		if w := word(h.start - 1); w == "and" || w == "or" {
			continue
		}
		switch word(h.end) {
		case "across", "over", "beyond":
		case "to", "into":
			// "have fled to Egypt", "fled into neighbouring Chad": a
			// keyword's destination in another country is across a border
			// (fledto.go).
			if m.fledToOtherCountry(d, s, fi, h) {
				return true
			}
			// "flee to neighbours", "fled to other countries": other
			// countries not named (fledtoneighbours.go), unless joined to
			// another destination ("to neighbours or elsewhere in Sudan").
			if ok, next := abroadDestination(d, s, h.end+1); ok && peopleWords(d, fe, h.start) && !m.insideNamedAfter(d, s, next) {
				if w := word(next); w != "and" && w != "or" {
					return true
				}
			}
			continue
		case "abroad", "overseas":
			// The adverb says the border was crossed: "3m flee abroad",
			// "have fled overseas"; not joined to the inside ("fled
			// abroad or within the country" is the whole).
			// A mark between figure and keyword parts two items of a
			// list: "displaced: 10.1m | fled abroad: 2.1m".
			if w := word(h.end + 1); w != "and" && w != "or" && peopleWords(d, fe, h.start) {
				return true
			}
			continue
		default:
			continue
		}
		if borderAt(d, s, h.end+1) >= 0 {
			return true
		}
	}
	return false
}

// peopleWords reports whether tokens from..to are words of one phrase
// that counts people: lower-case words, or a people's name ("3m Sudanese
// have sought safety abroad", "2 million Syrians fled abroad"). A mark or
// another name parts two items of a list.
func peopleWords(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		w := d.TokenText(k)
		if !isLowerWord(w) && !demonymShape(w) && !demonymShape(strings.TrimSuffix(w, "s")) {
			return false
		}
	}
	return true
}

// excludesBorder reports whether an exclude_near phrase of the metric
// names a border ("fled across the border", "crossed the border").
func (m *metric) excludesBorder() bool {
	for _, p := range m.near {
		for _, w := range p.words {
			if strings.HasPrefix(w, "border") {
				return true
			}
		}
	}
	return false
}

// A keyword before the figure that crosses a border names it as its
// value's heading: "The exodus across Sudan's borders — some 3.2 million
// people, of whom Egypt has received ...", "The flight over the border:
// 2.1 million". The figure is the people abroad, as after its verb
// (crossed_border_heading.yaml).

// borderBeforeFigure reports whether keyword hit h, before figure token
// fs, is followed by "across", "over" or "beyond", an owner or article and
// the border, and then by the figure with only marks or a form of "be"
// between.
func borderBeforeFigure(d *figures.Document, s *figures.Sentence, h hit, fs int) bool {
	word := sentenceWords(d, s)
	switch word(h.end) {
	case "across", "over", "beyond":
	default:
		return false
	}
	k := borderAt(d, s, h.end+1)
	if k < 0 || k+1 >= fs {
		return false
	}
	for t := k + 1; t < fs; t++ {
		if w := word(t); d.Tokens[t].IsWord() && w != "is" && w != "was" && w != "has" && w != "been" && w != "now" {
			return false
		}
	}
	return true
}

// borderAt returns the token of "border" (or "borders", "frontier") when
// it stands at token k of sentence s after its owner ("the", "its",
// "their", or a name or "country" with 's), or -1.
func borderAt(d *figures.Document, s *figures.Sentence, k int) int {
	word := sentenceWords(d, s)
	switch word(k) {
	case "the", "its", "their":
		k++
	}
	if k+2 < s.TokEnd && ownsNext(d, hit{start: k, end: k + 1}) {
		k += 3
	}
	switch word(k) {
	case "border", "borders", "frontier", "frontiers":
		return k
	}
	return -1
}
