package claimant

// A sentence opening on a figure and "more" or "further" adds to what the
// sentence before counted, as "Another 58" does: "The IDF said three
// soldiers were killed. Two more were wounded.", "Ten more soldiers were
// wounded.", "Five further bodies were found later." Its source goes on
// speaking (see continues). "Ten more than last year" compares, and is the
// figure's own sentence's. Only a clause that goes on to tell what befell
// or was found of the ones counted continues the count: "Five more protests
// are planned for the weekend", "Six more hostages are due to be freed",
// "Three more hospitals closed their doors" count other things, or things
// to come, and are the writer's own (convention 5); a perfect ("Hundreds
// more have lost their homes", "Two more have died") tells what has befallen
// them.

// figureMore reports whether the sentence opening at lo is a figure, after
// words of amount only, then "more" or "further" not followed by "than".
func (v *view) figureMore(lo int) bool {
	k := v.pastOpeningFigure(lo, lo)
	if k < 0 || k >= len(v.toks) || v.toks[k].low != "more" && v.toks[k].low != "further" {
		return false
	}
	if k+1 >= len(v.toks) {
		return true
	}
	if v.toks[k+1].low == "than" {
		return false
	}
	return v.moreTold(k + 1)
}

// pastOpeningFigure returns the token after the figure that token k
// opens on, once words of amount ("some", "about") up to three tokens past
// lo are passed, or -1 when no figure stands there.
func (v *view) pastOpeningFigure(k, lo int) int {
	for k < len(v.toks) && k <= lo+3 && !v.toks[k].fig && approxWords[v.toks[k].low] {
		k++
	}
	if k >= len(v.toks) || !v.toks[k].fig {
		return -1
	}
	for k < len(v.toks) && v.toks[k].fig {
		k++
	}
	return k
}

// moreToldWords are the words of what befell or was found of people counted,
// as a count's continuation tells them: "were wounded", "died later",
// "bodies were recovered", "cases were confirmed".
var moreToldWords = set("hurt died dying found recovered rescued pulled arrested detained missing displaced evacuated treated admitted confirmed recorded registered reported counted identified buried")

// moreTold reports whether the clause from token k, up to its first
// boundary and within eight words, tells what befell or was found of what
// "more" counts.
func (v *view) moreTold(k int) bool {
	for j := k; j < len(v.toks) && j <= k+8; j++ {
		if v.boundary(j) {
			return false
		}
		w := v.toks[j].low
		if moreToldWords[w] || v.is(j, wDead, wKilled, wWounded, wInjured, wCasualties) || w == "have" || w == "has" || w == "had" {
			return true
		}
	}
	return false
}
