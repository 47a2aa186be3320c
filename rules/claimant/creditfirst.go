package claimant

// An agency's English service may open its copy on its own credit, then
// the dateline: "(AGENZIA) - Bari, March 4 - The port authority said
// ...". The credit's dash was taken for the dateline's, so the place and
// the date were read as the line's first words, and the place as the
// subject a later "it" takes up. A credit in brackets opening the line
// only places the copy (convention 2), and the dateline after it is
// passed too.

// pastCreditDateline returns the token after a place-and-date dateline
// that follows a credit opening the line, j being the token after the
// credit's dash: one to three capitalised words, a comma, a month and a
// day in either order, and a spaced dash. j when there is none.
func (v *view) pastCreditDateline(lo, i, j int) int {
	if i != lo+3 || !v.isOne(lo, wOpenBracket) || !v.isOne(lo+2, wCloseBracket) || !v.toks[lo+1].capital {
		return j
	}
	k := j
	for k < len(v.toks) && k < j+3 && v.toks[k].word && v.toks[k].capital && !v.toks[k].has(cMonthName) {
		k++
	}
	if k == j || !v.isOne(k, wComma) || k+3 >= len(v.toks) {
		return j
	}
	month, day := k+1, k+2
	if v.toks[month].num {
		month, day = day, month
	}
	if !v.toks[month].has(cMonthName) || !v.toks[day].num || !v.isOne(k+3, wDash) || !v.toks[k+3].space {
		return j
	}
	return k + 4
}
