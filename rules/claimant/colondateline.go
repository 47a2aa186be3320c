package claimant

// South Asian papers, and the agencies they take copy from, close a
// dateline on a colon where wire copy puts a dash: "LUCKNOW (PTI): The
// state government said ...", "COLOMBO, Mar 4 (UNI): ...". Written so,
// the dateline looks like a transcript's speaker label, and its place or
// its agency was read as the line's speaker; the agency in brackets only
// places the copy (convention 2: a relay is no claimant).

// colonDateline returns the token after a dateline that opens the view at
// lo and closes on its agency's credit in brackets and a colon: a place
// in capitals, an optional ", Mon DD", then "(Credit):". lo when there is
// none. The credit is one or two words with capitals, or one short word
// in lower case ("dpa"); a stage note ("(through interpreter)",
// "(translated)") is no credit, and a speaker's description after a comma
// ("NADIA, NURSE (translated):") is no place, nor is a speaker named by a
// post or a rank ("ISRAELI SPOKESMAN (clip):", "DEPUTY (Dáil
// Éireann):").
func (v *view) colonDateline(lo int) int {
	if v.marks&spColon == 0 || lo+4 >= len(v.toks) || !v.toks[lo].word || !v.toks[lo].shouted {
		return lo
	}
	open := -1
	for k := lo; k < len(v.toks) && k < lo+8; k++ {
		t := &v.toks[k]
		if v.isOne(k, wOpenBracket) {
			open = k
			break
		}
		switch {
		case t.word && t.shouted && open < 0 && !v.isOne(k-1, wComma) && !v.speakerWord(k):
		case v.isOne(k, wComma) && k > lo && v.toks[k+1].has(cMonthName):
		case t.has(cMonthName) && v.isOne(k-1, wComma):
		case t.num && k > lo && v.toks[k-1].has(cMonthName):
		default:
			return lo
		}
	}
	if open < 0 || open == lo {
		return lo
	}
	n := 0
	for k := open + 1; k < len(v.toks) && !v.isOne(k, wCloseBracket); k++ {
		if !v.toks[k].word || n == 2 {
			return lo
		}
		n++
	}
	c := open + 1 + n
	if n == 0 || !v.isOne(c, wCloseBracket) || !v.isOne(c+1, wColon) {
		return lo
	}
	first := &v.toks[open+1]
	if !first.capital && (n > 1 || len(first.low) > 4 || first.inLexicon()) {
		return lo
	}
	if n == 2 && !v.toks[open+2].capital {
		return lo
	}
	return c + 2
}

// speakerWord reports whether the word at k names a speaker rather than a
// place: a post, a kind of body or a rank (a people's adjective is
// written like a place: "HANOI" and "ISRAELI" end alike).
func (v *view) speakerWord(k int) bool {
	return v.bodyWord(k) || rankWords[v.toks[k].low] || v.toks[k].has(cRankTitle)
}
