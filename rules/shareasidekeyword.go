package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword may stand in a share aside after the figure, which tells what
// a part of the counted people are, not what the figure counts: "Some 25
// million people in Sudan face acute hunger, a quarter of them displaced",
// "40,000 people live in the camp, most of whom were displaced". The
// figure's own clause says what it counts (hunger, living in a camp); the
// keyword after ", SHARE of them", closing the sentence (perhaps before a
// source's credit, ", the WHO said"), is the part's. An
// aside between the figure's noun and its verb is the subject's gloss,
// and stays ("1.4 million Palestinians, most of them displaced from the
// north, are now sheltering in Rafah"). A share that is the whole
// ("all of them displaced", "each of them", "both of them") says the
// figure's people are the keyword's, and stays; so does a keyword of the
// figure's own clause nearer it (the nearest keyword is the one read).
// share_aside_keyword.yaml.

// shareAsideWords is how many words the share may take before "of them":
// "the great majority" is three.
const shareAsideWords = 3

// keywordInShareAside reports whether keyword hit h stands right after a
// share aside ", SHARE of them|whom" that follows figure fi of sentence s,
// perhaps past a form of "be" and an adverb ("of whom were now
// displaced").
func keywordInShareAside(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	_, fe := d.FigureTokens(fi)
	if h.start <= fe+3 || !ofBefore(d, h.start) {
		return false // no room for ", SHARE of them", or no "of" just before
	}
	word := sentenceWords(d, s)
	k := h.start - 1
	for n := 0; n < 2 && k > fe && (beForm(word(k)) || word(k) == "now" || word(k) == "already"); n++ {
		k-- // "of whom were displaced", "of them now displaced"
	}
	if w := word(k); (w != "them" && w != "whom") || word(k-1) != "of" {
		return false
	}
	c := k - 2 // the share's last word
	for n := 0; n < shareAsideWords && c > fe && word(c) != ","; n++ {
		if fj := figureAt(d, c); fj >= 0 && d.Figures[fj].Kind == figures.Count || !d.Tokens[c].IsWord() && figureAt(d, c) < 0 {
			return false // "3 million of them": another count, read as such
		}
		c--
	}
	if c <= fe || word(c) != "," || c+1 >= k-1 {
		return false
	}
	switch word(c + 1) {
	case "all", "each", "both", "every":
		return false // the whole: "all of them displaced"
	}
	// The aside follows the figure's clause, which runs on past the
	// figure's noun with no comma and no other figure ("people in Sudan
	// face acute hunger"); an aside right after the figure's noun is the
	// subject's, whose verb comes after it ("1.4 million Palestinians, most
	// of them displaced from the north, are sheltering in Rafah"), and so
	// is one the sentence goes on after.
	words := 0
	for t := fe; t < c; t++ {
		if fj := figureAt(d, t); fj >= 0 && fj != fi || d.TokenText(t) == "," {
			return false
		}
		if isLowerWord(d.TokenText(t)) {
			words++
		}
	}
	if words < 2 {
		return false
	}
	for t := h.end; t < s.TokEnd; t++ {
		if w := d.TokenText(t); w == "," && trailingAttribution(d, s, t+1) {
			return true // "..., half of them displaced, the WHO said."
		} else if w == "," || clauseMark(w) {
			return false
		}
	}
	return true
}

// trailingAttribution reports whether the tokens from k to the sentence's
// end, at most attributionWords (itcount.go), only credit a source: "the
// WHO said", "said the IOM", "according to OCHA".
func trailingAttribution(d *figures.Document, s *figures.Sentence, k int) bool {
	end := s.TokEnd
	if end > k && d.TokenText(end-1) == "." {
		end--
	}
	if end-k > attributionWords || end <= k {
		return false
	}
	if d.LowerTokenText(k) == "according" {
		return true
	}
	for t := k; t < end; t++ {
		if !d.Tokens[t].IsWord() && !isApostrophe(d.TokenText(t)) {
			return false
		}
		if creditVerb(d.LowerTokenText(t)) {
			return true
		}
	}
	return false
}

// ofBefore reports whether an "of" stands among the four tokens before
// token k, by the raw text: the cheap test before keywordInShareAside
// reads the words.
func ofBefore(d *figures.Document, k int) bool {
	for t := k - 1; t >= 0 && t >= k-4; t-- {
		if d.TokenText(t) == "of" {
			return true
		}
	}
	return false
}
