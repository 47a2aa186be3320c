package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// bareLabel returns the label of figure fi in a one-line list whose items
// are a label and a figure with no colon between them: "Key numbers,
// Sudan at 18 months: displaced 11.3m | refugees in Chad 700,000+ |
// facing acute hunger 25.6m". The figure closes its item (a bar, slash,
// bullet or semicolon, or the sentence's end, follows it); the label is
// the words back to the item's opening separator. A bar, slash or bullet
// must part the item from its neighbours; a semicolon only in a list a
// colon opens ("Sudan at a glance: displaced 11.3m; in Chad 700,000+"),
// since clauses with verbs of their own are parted by semicolons too. A
// bracket in the label is read whole ("civilians killed (UN-verified)
// 12,162").
// It returns -1, -1 when the figure is no such item.
func bareLabel(d *figures.Document, s *figures.Sentence, fi int) (int, int) {
	fs, fe := d.FigureTokens(fi)
	end := fs
	if end <= s.TokStart || !d.Tokens[end-1].IsWord() && d.TokenText(end-1) != ")" {
		return -1, -1
	}
	after := ""
	if fe < s.TokEnd {
		after = d.TokenText(fe)
		if !slashItem(after) && after != ";" && after != "." {
			return -1, -1
		}
	}
	start := -1
	before := ""
	skipped := 0 // tokens of a bracketed source, which name nothing
	for k := end - 1; k >= s.TokStart && k >= end-8-skipped; k-- {
		t := d.TokenText(k)
		if t == ":" || t == ";" || slashItem(t) {
			start, before = k+1, t
			break
		}
		// A label's source or qualifier in brackets is read whole:
		// "civilians killed (UN-verified) 12,162 | injured 26,919".
		if t == ")" {
			if open := openingParen(d, s, k); open > s.TokStart {
				skipped += k - open + 1
				k = open
				continue
			}
		}
		if !d.Tokens[k].IsWord() || inFigure(d, k) {
			return -1, -1
		}
	}
	if start < 0 || start >= end {
		return -1, -1
	}
	if slashItem(before) || slashItem(after) {
		return start, end
	}
	if (before == ";" || after == ";") && semicolonList(d, s) {
		return start, end
	}
	return -1, -1
}

// semicolonList reports whether sentence s is a list a colon opens whose
// items a semicolon parts: a colon comes before the first semicolon.
func semicolonList(d *figures.Document, s *figures.Sentence) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ":":
			return true
		case ";":
			return false
		}
	}
	return false
}

// openingParen returns the "(" that the ")" at token k closes, within
// sentence s and with no figure inside, or -1.
func openingParen(d *figures.Document, s *figures.Sentence, k int) int {
	for j := k - 1; j >= s.TokStart && k-j <= maxLabelParen; j-- {
		switch {
		case d.TokenText(j) == "(":
			return j
		case inFigure(d, j), d.TokenText(j) == ")":
			return -1
		}
	}
	return -1
}

// maxLabelParen is how many tokens a label's bracket may hold: a source or
// a qualifier ("UN-verified", "OHCHR, verified").
const maxLabelParen = 8
