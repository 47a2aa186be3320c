package claimant

// A sentence opening on a figure and "more" or "further" adds to what the
// sentence before counted, as "Another 58" does: "The IDF said three
// soldiers were killed. Two more were wounded.", "Ten more soldiers were
// wounded.", "Five further bodies were found later." Its source goes on
// speaking (see continues). "Ten more than last year" compares, and is the
// figure's own sentence's.

// figureMore reports whether the sentence opening at lo is a figure, after
// words of amount only, then "more" or "further" not followed by "than".
func (v *view) figureMore(lo int) bool {
	k := lo
	for k < len(v.toks) && k <= lo+3 && !v.toks[k].fig && approxWords[v.toks[k].low] {
		k++
	}
	if k >= len(v.toks) || !v.toks[k].fig {
		return false
	}
	for k < len(v.toks) && v.toks[k].fig {
		k++
	}
	if k >= len(v.toks) || v.toks[k].low != "more" && v.toks[k].low != "further" {
		return false
	}
	return k+1 >= len(v.toks) || v.toks[k+1].low != "than"
}
