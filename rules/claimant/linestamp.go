package claimant

// A podcast's or a hearing's transcript stamps each line with its time
// before the speaker label ("[00:12:40] JONAH PRICE: So I rang ..."): the
// stamp says when the line was spoken, and is no part of the label.

// lineStampLen returns the length of a time stamp in square brackets or
// parentheses opening text, with the spaces after it ("[00:12:40] ",
// "(14:05) "); 0 when text opens otherwise.
func lineStampLen(text string) int {
	if len(text) < 7 || text[0] != '[' && text[0] != '(' {
		return 0
	}
	closing := byte(']')
	if text[0] == '(' {
		closing = ')'
	}
	colons := 0
	for i := 1; i < len(text) && i <= 12; i++ {
		switch b := text[i]; {
		case b >= '0' && b <= '9':
		case b == ':':
			if text[i-1] == ':' || i == 1 {
				return 0
			}
			colons++
		case b == closing:
			if colons == 0 || text[i-1] == ':' {
				return 0
			}
			j := i + 1
			for j < len(text) && text[j] == ' ' {
				j++
			}
			if j == i+1 {
				return 0
			}
			return j
		default:
			return 0
		}
	}
	return 0
}

// afterLineStamp returns the token after a time stamp in brackets opening
// the line at token lo ("[00:12:40] JONAH PRICE: ..."), read from its
// tokens as lineStampLen reads its bytes; lo when there is none.
func (v *view) afterLineStamp(lo int) int {
	if lo >= len(v.toks) || v.toks[lo].low != "[" && v.toks[lo].low != "(" {
		return lo
	}
	closing := "]"
	if v.toks[lo].low == "(" {
		closing = ")"
	}
	colons := 0
	for k := lo + 1; k < len(v.toks) && k <= lo+8; k++ {
		w := v.toks[k].low
		if w == closing {
			if colons == 0 || k == lo+1 {
				return lo
			}
			return k + 1
		}
		for i := 0; i < len(w); i++ {
			switch {
			case w[i] == ':':
				colons++
			case w[i] < '0' || w[i] > '9':
				return lo
			}
		}
	}
	return lo
}
