package claimant

// bracketedBefore reports whether attribution a stands inside brackets
// that close an item before the figure at ft: "22 homes lost (fire
// service), 41 in shelters", "2,600 evacuated (per the Ministry of Public
// Security), 19 roads closed". A bracket's source is set right after what
// it covers, as bracketSources reads one, and a comma or a semicolon after
// the bracket, then a figure, opens the list's next item, which it does
// not cover; a clause going on after the comma ("(CDC data), the first
// drop since 2018", "(White Helmets figures), with hundreds still under
// rubble") is still the bracket's item, and read as before. A
// bracket in a list's header, closed by the header's colon ("Key numbers
// (per OCHA): ...", "(Source: Gulf Courier tally) ..."), covers the items
// after it.
func (v *view) bracketedBefore(a attr, ft int) bool {
	lo, hi := min(a.src, a.anchor), max(a.srcEnd, a.anchor+1)
	open := -1
	for k := lo; k >= 0 && k >= lo-4; k-- {
		if v.toks[k].low == ")" {
			return false
		}
		if v.toks[k].low == "(" {
			open = k
			break
		}
	}
	// Only in a list under a header's colon ("Key numbers so far: ...",
	// "Tally at noon: ..."): in a sentence, a figure after the bracket's
	// comma goes on with its item ("14 arrests (Met figures), 9 of them
	// for assault", "240 boats (Home Office data), 60 more than in July").
	if open <= 0 || !v.colonBefore(open) || !v.itemFigureBefore(open) {
		return false
	}
	for k := hi; k < ft; k++ {
		if v.toks[k].low == "(" {
			return false
		}
		if v.toks[k].low == ")" {
			return k+2 <= ft && v.is(k+1, wComma, wSemicolon) && (v.toks[k+2].fig || v.toks[k+2].num) && v.parallelItem(k+2)
		}
	}
	return false
}

// itemFigureBefore reports whether the list item the bracket at open
// closes holds its figure before the bracket, back to the comma, the
// semicolon or the colon that opens the item: "14 homes destroyed
// (sheriff's office)". An item written as its noun, its bracket and then
// its value ("civilians killed (UN-verified), 12,654") has its figure
// after the comma, and the bracket covers it.
func (v *view) itemFigureBefore(open int) bool {
	for k := open - 1; k >= 0; k-- {
		if v.is(k, wComma, wSemicolon, wColon) {
			return false
		}
		if v.toks[k].fig {
			return true
		}
	}
	return false
}

// colonBefore reports whether a colon stands before token k in the
// sentence: a list's header or a label before its items.
func (v *view) colonBefore(k int) bool {
	for m := 0; m < k; m++ {
		if v.isOne(m, wColon) {
			return true
		}
	}
	return false
}

// parallelItem reports whether the figure at f opens an item of its own,
// its own counted noun or participle after it ("38 people in shelters",
// "19 roads closed"), and not the item before going on: a comparison
// ("22,000 fewer than in 2023", "58 more than the week before") or a
// share of it ("9 of them").
func (v *view) parallelItem(f int) bool {
	m := f
	for m < len(v.toks) && (v.toks[m].fig || v.toks[m].num) {
		m++
	}
	if m >= len(v.toks) || !v.toks[m].word || v.toks[m].capital {
		return false
	}
	return !goesOnWords[v.toks[m].low]
}

// goesOnWords after a figure say it measures the item before against
// something, or takes a share of it.
var goesOnWords = set("more fewer less higher lower up down above below over under short of")
