package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A table set out on one line parts its cells with bars and puts each
// figure alone in a cell, with what it counts in the cell before it:
// "Foreign Military Financing (yearly) | $3.3bn | MOU", "Hostages freed |
// 33 | Palestinian detainees let go | 1,737". That cell is the figure's
// label as a colon's would be, so a word there names the figure however
// many words it holds, and a note in a later cell (the agreement, the
// source, the date) is no nearer a name than the label. A figure that
// shares its cell with words ("killed 38,000 |") is bareLabel's.

// tableCellLabel returns the token span [start, end) of the cell before
// figure fi when fi fills a cell of a bar-parted row alone (with its rate:
// "$3.3bn a year"): a bar right before it, and a bar or the sentence's end
// right after it. The cell before must hold a word outside any figure
// ("Hostages freed in phase one"), not end in digits and hold no more than
// maxCellLabel tokens. It returns -1, -1 otherwise.
func tableCellLabel(d *figures.Document, s *figures.Sentence, fi int) (int, int) {
	fs, fe := d.FigureTokens(fi)
	bar := fs - 1
	if bar <= s.TokStart || d.TokenText(bar) != "|" {
		return -1, -1
	}
	if fe = rateEnd(d, s, fe); fe < s.TokEnd && d.TokenText(fe) != "|" && !(fe == s.TokEnd-1 && d.TokenText(fe) == ".") {
		return -1, -1
	}
	if g := figureAt(d, bar-1); g >= 0 && d.Figures[g].Kind.IsAmount() && d.Tokens[bar-1].IsNumber() {
		return -1, -1 // a cell that ends in a figure is a value's: "killed 38,000 | 87,000"
	}
	word := false
	k := bar - 1
	for ; k >= s.TokStart && d.TokenText(k) != "|"; k-- {
		if bar-k > maxCellLabel {
			return -1, -1
		}
		word = word || d.Tokens[k].IsWord() && !inFigure(d, k)
	}
	if !word {
		return -1, -1
	}
	return k + 1, bar
}

// maxCellLabel is how many tokens a table cell that labels the figure
// after it may hold: a count's name with its place and source
// ("Palestinian prisoners and detainees freed", "Killed in Gaza (health
// ministry)").
const maxCellLabel = 12
