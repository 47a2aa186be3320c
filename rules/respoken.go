package rules

import (
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A speaker says a figure again without a word of correction in two ways.
// A restatement that goes on further replaces the first saying: "thirty-one
// thousand — thirty-one thousand five hundred, I should say" is 31,500,
// the first figure's words the start of the second's. A spelled-out
// repetition says the same figure digit by digit: "ninety — that's
// nine-zero — Palestinian prisoners" counts 90 prisoners, and "nine" and
// "zero" count nothing. Neither first saying nor digits are the claim.

// respoken reports whether figure fi of sentence s is said again as
// restatedLonger or spelledDigits read it, so that it is not the claim.
func respoken(d *figures.Document, s *figures.Sentence, fi int) bool {
	return restatedLonger(d, s, fi) || spelledDigits(d, s, fi)
}

// restatedLonger reports whether the next figure of sentence s opens with
// every token of figure fi and goes on, parted from it by a dash or a
// speaker's filler (and maybe a comma): "thirty-one thousand —
// thirty-one thousand five hundred". A speaker's short interjection may
// stand there too, set off by marks: "forty-one thousand, uh — forgive
// me, forty-one thousand two hundred and six", "fifty thousand — let me
// check my notes — fifty thousand and twelve" (interjectionWord).
func restatedLonger(d *figures.Document, s *figures.Sentence, fi int) bool {
	if fi+1 >= s.FigEnd {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	ns, ne := d.FigureTokens(fi + 1)
	if ns <= fe || ns-fe > 3+interjectionWords {
		return false
	}
	// The second saying opens with the first's words: compared first, as
	// it rules out almost every pair of figures at once. The first's bound
	// ("more than twenty — twenty-two thousand") is not said again.
	fs = restartNumber(d, fi, ns)
	if fs < 0 || ne-ns <= fe-fs {
		return false
	}
	// A dash, not a comma: "killed 2,000, 2,500 injured" lists two
	// figures. A speaker's filler between commas is the hesitation of a
	// restart as a dash is: "ten thousand, er, ten thousand three hundred
	// and seventy-eight".
	dash, words := false, 0
	var buf [64]byte
	for t := fe; t < ns; t++ {
		w := d.TokenText(t)
		dash = dash || isDash(w)
		if isDash(w) || w == "," {
			continue
		}
		if speakerFiller(string(lowerInto(&buf, w))) {
			dash = true
			continue
		}
		if !interjectionWord(w) {
			return false
		}
		words++
	}
	if !dash || words > interjectionWords {
		return false
	}
	if words > 0 && (!d.Tokens[fe].IsSymbol() || !d.Tokens[ns-1].IsSymbol()) {
		// The interjection stands between marks: "— forgive me,". A word
		// that runs on into the second figure joins it ("— and 20,500
		// more were wounded").
		return false
	}
	return true
}

// restartNumber returns the token figure fi's number opens at when the
// figure at token ns opens with that number's words ("more than twenty"
// and "twenty-two thousand": the token of "twenty"), past the bound words
// before it, words only; else -1.
func restartNumber(d *figures.Document, fi, ns int) int {
	fs, fe := d.FigureTokens(fi)
	_, ne := d.FigureTokens(fi + 1)
	for j := fs; j < fe; j++ {
		if j > fs && !d.Tokens[j-1].IsWord() {
			return -1 // a bound is words: "more than", "About"
		}
		if fe-j >= ne-ns {
			continue // the whole goes on further than the start
		}
		same := true
		for i := 0; i < fe-j; i++ {
			if !strings.EqualFold(d.TokenText(j+i), d.TokenText(ns+i)) {
				same = false
				break
			}
		}
		if same {
			return j
		}
	}
	return -1
}

// interjectionWords is how many words a speaker's interjection between a
// figure and its longer restatement may hold: "let me check my notes
// here".
const interjectionWords = 6

// interjectionWord reports whether token text w may stand in a speaker's
// interjection: a lower-case word, "I", or an apostrophe's pieces ("I'm",
// "that's"). A name or a capitalised word opens something else.
func interjectionWord(w string) bool {
	return w == "I" || isApostrophe(w) || isLowerWord(w)
}

// speakerFiller reports whether lower-cased w is a sound a speaker fills a
// pause with.
func speakerFiller(w string) bool { return figures.FillerSound(w) }

// spelledDigits reports whether figure fi of sentence s is one of the
// digits that spell the figure before them: digit words joined by hyphens
// ("nine-zero", "one-five-zero", which the finder may read as a range and
// a digit), after the figure and words that say it again ("that's",
// "that is", "i.e."), their digits the figure's.
func spelledDigits(d *figures.Document, s *figures.Sentence, fi int) bool {
	if digitWords(d, fi) == "" {
		return false
	}
	first, last := fi, fi
	for first-1 >= s.FigStart && digitWords(d, first-1) != "" && hyphenJoined(d, first-1, first) {
		first--
	}
	for last+1 < s.FigEnd && digitWords(d, last+1) != "" && hyphenJoined(d, last, last+1) {
		last++
	}
	p := first - 1
	if p < s.FigStart {
		return false
	}
	var digits strings.Builder
	for g := first; g <= last; g++ {
		digits.WriteString(digitWords(d, g))
	}
	v := d.Figures[p].Value
	if digits.Len() < 2 || v != float64(int64(v)) || strconv.FormatInt(int64(v), 10) != digits.String() {
		return false
	}
	_, pe := d.FigureTokens(p)
	gs, _ := d.FigureTokens(first)
	says := false
	for t := pe; t < gs; t++ {
		switch w := strings.ToLower(d.TokenText(t)); {
		case correctionMark(w), w == "'", w == "’", w == "s", w == "'s", w == "’s", w == "is", w == "e", w == ".":
		case w == "that's", w == "that’s", w == "that", w == "ie", w == "i":
			says = true
		default:
			return false
		}
	}
	return says
}

// digitWords returns the digits figure fi spells out, one word a digit
// joined by hyphens ("nine", "three-nine"), or "".
func digitWords(d *figures.Document, fi int) string {
	fs, fe := d.FigureTokens(fi)
	// Most figures open with a numeral, which names no digit: a digit's
	// name opens with an ASCII letter in any case (none holds a letter
	// that lowers to ASCII from outside it), so the text of no other
	// figure is lowered and compared with the ten names.
	if w := d.TokenText(fs); w == "" || w[0]|0x20 < 'a' || w[0]|0x20 > 'z' {
		return ""
	}
	var b strings.Builder
	for t := fs; t < fe; t++ {
		// An ASCII word is lowered in the document's lowered text,
		// not in a string of its own (strings.ToLower allocates one
		// for each capital: "Two").
		w := d.TokenText(t)
		if isASCIIText(w) {
			w = d.LowerTokenText(t)
		} else {
			w = strings.ToLower(w)
		}
		if w == "-" && t > fs && !d.Tokens[t].Space {
			continue
		}
		i := digitName(w)
		if i < 0 {
			return ""
		}
		b.WriteByte(byte('0' + i))
	}
	return b.String()
}

// digitName returns the digit lower-cased w names ("nine": 9), or -1.
func digitName(w string) int {
	for i, n := range [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"} {
		if w == n {
			return i
		}
	}
	return -1
}

// hyphenJoined reports whether figures a and b stand joined by a hyphen
// with no space: "nine-zero".
func hyphenJoined(d *figures.Document, a, b int) bool {
	_, ae := d.FigureTokens(a)
	bs, _ := d.FigureTokens(b)
	return bs == ae+1 && d.TokenText(ae) == "-" && !d.Tokens[ae].Space && !d.Tokens[bs].Space
}
