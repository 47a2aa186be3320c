package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A whole broken down by place after ", with" counts each place it names:
// "the region's confirmed heat toll stands at 461, with 112 in Italy and 51
// in Greece". The parts are inside the figure before the comma, so an
// excluded place named in one of them rules that figure out too, as a part
// after ", including" naming another place does (ownFigureClauseAt). A part
// a focus word marks ("with 90 in Lisbon alone") says where most of the
// whole fell, and is read as before (whole_with_place_parts.yaml).

// placePartReach is how many words may stand between a part's figure and
// the preposition before its place: "with 140 of them in Portugal".
const placePartReach = 3

// withPlacePartAt reports whether the comma at token t opens ", with" a
// figure, then within placePartReach words "in" or "across" and
// the exclude word at token k, a capitalised name (perhaps after "the"),
// in the same clause and with no focus word after it, after a figure
// before the comma.
func withPlacePartAt(d *figures.Document, s *figures.Sentence, t, k int) bool {
	if t+3 >= s.TokEnd || d.LowerTokenText(t+1) != "with" || !figureWithin(d, s, s.TokStart, t) {
		return false
	}
	fi := figureIn(d, s, t+2)
	if fi < 0 {
		fi = figureIn(d, s, t+3) // "with roughly 150 in France"
	}
	if fi < 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	if k < fe || !namesPlace(d, k) || monthName(d.LowerTokenText(k)) {
		return false
	}
	if !placePartOfWhole(d, fi) {
		return false
	}
	p := k - 1
	if d.LowerTokenText(p) == "the" {
		p--
	}
	switch d.LowerTokenText(p) {
	case "in", "across":
	default:
		return false
	}
	if p < fe || p-fe > placePartReach {
		return false
	}
	for j := fe; j < p; j++ {
		if w := d.TokenText(j); w == "," || w == ";" || !d.Tokens[j].IsWord() {
			return false
		}
	}
	for j := k + 1; j < s.TokEnd; j++ {
		w := d.LowerTokenText(j)
		if w == "," || w == ";" {
			break
		}
		if focusWord(w) {
			return false // "with 90 in Lisbon alone": the part's own clause
		}
	}
	return true
}

// placePartOfWhole reports whether figure fi, after ", with", can be a part of
// the figure before it: both counts with no unit of measure, the part
// smaller.
func placePartOfWhole(d *figures.Document, fi int) bool {
	if fi == 0 {
		return false
	}
	part, whole := d.Figures[fi], d.Figures[fi-1]
	return part.Kind == figures.Count && whole.Kind == figures.Count && part.Unit == "" && whole.Unit == "" &&
		part.Value < whole.Value
}
