package figures

import "unicode"

// claim113: a company's name written with its abbreviated suffix, then its
// short name in brackets, then the verb: "Korea Railroad Corp. (Korail)
// said", "East Japan Railway Co. (JR East) says". The stop is the
// suffix's (mayEnd), and the bracket names what the suffix closed; a
// sentence the bracket opened would run on past it in capitals or close
// inside it, never go on in lower case straight after its ")".

// shortNameBracket reports whether token j opens a bracket of one to four
// words that closes and is followed by a lower-case word or a comma.
func shortNameBracket(text string, toks []Token, j int) bool {
	if j >= len(toks) || text[toks[j].Start:toks[j].End] != "(" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		w := text[toks[k].Start:toks[k].End]
		if w == ")" {
			if k == j+1 || k+1 >= len(toks) || toks[k+1].Break {
				return false
			}
			next := text[toks[k+1].Start:toks[k+1].End]
			r := []rune(next)[0]
			return next == "," || toks[k+1].Kind == tWord && unicode.IsLower(r)
		}
		if toks[k].Kind != tWord && w != "-" && w != "&" || toks[k].Break {
			return false
		}
	}
	return false
}
