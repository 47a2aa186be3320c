package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A wire dateline before the dash ("RAMALLAH (wire) —", "KYIV (Northern
// Wire) —", "IDLIB, Syria (CCW) —", "DOHA, Nov 22 (Reuters) -") says where
// and when the copy was filed, as a live blog's time stamp says when: the
// sentence starts after the dash, so a place fronted there ("— In the
// occupied West Bank, ...", "— In rebel-held north-west Syria, ...")
// frames the sentence as it would with no dateline.
//
// Where a sentence's own words start is read here as a whole: past a stamp,
// a dateline or a transcript's ellipsis (afterStamp), then a speaker's
// label or a quotation mark (sentenceOpening).

// datelineReach is how many tokens a dateline may hold before its
// agency's bracket: the town, its country or state and a date ("ANTAKYA,
// Turkey, Feb. 8").
const datelineReach = 9

// bareDatelineWords is how many words in capitals a dateline with no
// bracket and no comma may hold before its dash: the town ("DAMASCUS —",
// "PORT SUDAN —", "NEW YORK —").
const bareDatelineWords = 3

// datelineBracket is how many tokens the agency's bracket may hold.
const datelineBracket = 6

// datelineOpens reports whether sentence s opens with a dateline: a name
// in capitals right before a bracket that names the agency.
func datelineOpens(d *figures.Document, s *figures.Sentence) bool {
	return s.TokStart+1 < s.TokEnd && upperWord(d.TokenText(s.TokStart)) && d.TokenText(s.TokStart+1) == "("
}

// datelineEnd returns the token after the dash that closes a dateline
// opening sentence s, or -1: a name in capitals, then only capitalised
// names, figures (the date), commas and full stops ("GAZIANTEP, Türkiye,
// Feb. 9"), then the agency's bracket and a dash, or the dash right after
// a comma's place or date ("KHARKIV, March 3 —"), or right after the
// town's name in capitals alone, of up to bareDatelineWords words
// ("DAMASCUS —", "PORT SUDAN —"); or a town in title case, with no comma,
// right before a bracket that opens with a capitalised agency ("Kyiv
// (AFP) -").
func datelineEnd(d *figures.Document, s *figures.Sentence) int {
	k := s.TokStart
	if k >= s.TokEnd {
		return -1
	}
	// A town in title case is a dateline only before its agency's
	// bracket, the agency capitalised ("Kyiv (AFP) -", "Jakarta (ANTARA)
	// -"): "Key numbers (updated) —" is a label.
	mixed := !upperWord(d.TokenText(k))
	if mixed && !named(d, k) {
		return -1
	}
	comma, capitals := false, !mixed
	for k++; k < s.TokEnd && d.TokenText(k) != "("; k++ {
		if k-s.TokStart > datelineReach {
			return -1
		}
		switch w := d.TokenText(k); {
		case datelineDash(w) && k+1 < s.TokEnd && (comma || capitals && k-s.TokStart <= bareDatelineWords):
			return pastDash(d, s, k)
		case w == "," && !mixed:
			comma = true
		case w == ".", named(d, k), figureAt(d, k) >= 0:
		default:
			return -1
		}
		capitals = capitals && upperWord(d.TokenText(k))
	}
	open := k
	if mixed && (k+1 >= s.TokEnd || !named(d, k+1)) {
		return -1
	}
	for k++; k < s.TokEnd && d.TokenText(k) != ")"; k++ {
		if k-open > datelineBracket {
			return -1
		}
	}
	if k+2 >= s.TokEnd {
		return -1
	}
	if datelineDash(d.TokenText(k + 1)) {
		return pastDash(d, s, k+1)
	}
	return -1
}

// pastDash returns the token after the dash at token k of sentence s: a
// typewriter's dash, two hyphens ("DAMASCUS (Agency) -- In Syria, ..."),
// is two "-" tokens, and the words start past both.
func pastDash(d *figures.Document, s *figures.Sentence, k int) int {
	if k+2 < s.TokEnd && d.TokenText(k) == "-" && d.TokenText(k+1) == "-" && !d.Tokens[k+1].Space {
		return k + 2
	}
	return k + 1
}

// datelineDash reports whether token text w is a dash that closes a
// dateline; two hyphens are two tokens, the first a dash (pastDash).
func datelineDash(w string) bool {
	switch w {
	case "—", "–", "-":
		return true
	}
	return false
}

// afterEllipsis returns the first token of sentence s past the ellipsis a
// transcript's cut-in opens with ("...in Syria's government-held areas,
// er, the health ministry is saying ..."): the words start where the tape
// does, and a place fronted there frames them. It returns s.TokStart when
// s opens with no ellipsis.
func afterEllipsis(d *figures.Document, s *figures.Sentence) int {
	k := s.TokStart
	for k < s.TokEnd-1 && (d.TokenText(k) == "." || d.TokenText(k) == "…") {
		k++
	}
	return k
}

// sentenceOpening returns the first token of what sentence s says: past a
// live blog's stamp or a dateline (afterStamp), a transcript's speaker
// label (afterSpeakerLabel) and the quotation mark that opens a quote
// ("'In the northwest alone, the White Helmets tell us ...,' the
// correspondent said"). A phrase fronted there frames the quote as it
// would the sentence.
func sentenceOpening(d *figures.Document, s *figures.Sentence) int {
	k := max(afterStamp(d, s), afterSpeakerLabel(d, s))
	for k < s.TokEnd-1 && isQuoteMark(d.TokenText(k)) {
		k++
	}
	return k
}

// afterStamp returns the first token of sentence s after a live blog's
// time stamp and its dash ("18:30 —", "14:05 GMT —") or its colon, perhaps
// after a word ("Update 12:05:", "Live 14:20 GMT:"), or after a wire
// dateline's dash (datelinestart.go), or the sentence's first token when
// it has none. The answer is kept in the document for the last sentence
// asked (figures.Document.SentenceOpening): some thirty readings of each
// figure ask it of the figure's sentence.
func afterStamp(d *figures.Document, s *figures.Sentence) int {
	return d.SentenceOpening(s, readStamp)
}

// readStamp works out afterStamp's answer.
func readStamp(d *figures.Document, s *figures.Sentence) int {
	if e := datelineEnd(d, s); e >= 0 {
		return e
	}
	if k := afterEllipsis(d, s); k > s.TokStart {
		return k
	}
	opening := d.Tokens[s.TokStart:min(s.TokEnd, s.TokStart+6)]
	for i := range opening {
		k := s.TokStart + i
		// Most tokens are words: the first byte of a colon or a dash
		// (an em or en dash's is 0xE2) passes them over without comparing
		// their text with each case below.
		if c := d.Text[opening[i].Start]; c != ':' && c != '-' && c != 0xE2 {
			continue
		}
		switch d.TokenText(k) {
		case ":":
			if k > s.TokStart && figureAt(d, k) < 0 {
				if fi := figureAt(d, k-1); fi >= 0 && d.Figures[fi].Kind == figures.Time {
					return k + 1
				}
			}
		case "—", "–", "-":
			if k > s.TokStart && !d.Tokens[s.TokStart].IsWord() || upperWord(d.TokenText(s.TokStart)) && len(d.TokenText(s.TokStart)) <= 3 || datelineOpens(d, s) {
				return pastDash(d, s, k)
			}
			return s.TokStart
		}
	}
	return s.TokStart
}
