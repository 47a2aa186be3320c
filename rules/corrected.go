package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A speaker who corrects a figure says it again: "the toll stands at
// seventeen thousand — correction, nineteen thousand three hundred", "ten
// thousand five hundred — no, let me correct that — ten thousand five
// hundred and eighty-two", "12,000, sorry, 12,400 dead", "about 9,000, or
// rather 9,600". The figure before the correction is withdrawn; the one
// after it is the claim. What stands between the two is only the
// correction: marks and the words a speaker corrects with, at least one of
// which says so ("correction", "sorry", "rather", "I mean", "make that",
// "I tell a lie", or a bare "no" set off by marks on both sides: "twelve
// thousand three — no, twelve thousand four hundred"). A marker with anything else after it ("sorry to say", "rather more than
// expected") corrects nothing.

// correctionWords is how many tokens may stand between a withdrawn figure
// (and its noun) and the figure that replaces it.
const correctionWords = 9

// corrected reports whether figure fi, in sentence s, is withdrawn by a
// correction that the next figure of the sentence follows.
func corrected(d *figures.Document, s *figures.Sentence, fi int) bool {
	if respoken(d, s, fi) {
		return true // said again: respoken.go
	}
	if fi+1 >= s.FigEnd {
		return false
	}
	_, fe := d.FigureTokens(fi)
	next, _ := d.FigureTokens(fi + 1)
	word := sentenceWords(d, s)
	k := fe
	// The figure's own noun may stand before the correction: "12,000
	// dead, sorry, 12,400 dead".
	for n := 0; n < 2 && k < next && isLowerWord(word(k)) && !correctionMarker(word(k)); n++ {
		k++
	}
	if k >= next || !correctionMark(word(k)) || next-k > correctionWords {
		return false
	}
	says := false
	for t := k; t < next; t++ {
		w := word(t)
		switch {
		case correctionMark(w):
		case correctionMarker(w):
			says = true
		case w == "i" && word(t+1) == "mean", w == "make" && word(t+1) == "that":
			says = true
		case w == "no" && correctionMark(word(t-1)) && correctionMark(word(t+1)):
			// "— no," between the withdrawn figure and the next: the
			// speaker takes back what was just said.
			says = true
		case w == "i" && word(t+1) == "tell" && word(t+2) == "a" && word(t+3) == "lie":
			says = true // "I tell a lie": the British speaker's correction
			t += 3
		case correctionFiller(w), figures.FillerSound(w), isApostrophe(w) && t > k && t+1 < next:
			// "eleven thousand, uh, no, twelve thousand": a hesitation
			// says nothing of its own (figures/fillers.go).
		default:
			return false
		}
	}
	return says
}

// correctionMark reports whether w is a mark a spoken correction is set
// off with: a dash, a comma, a semicolon, a colon or an ellipsis.
func correctionMark(w string) bool {
	switch w {
	case "—", "–", "-", ",", ";", ":", "...", "…":
		return true
	}
	return false
}

// correctionMarker reports whether lower-cased w says the figure before it
// is corrected: "correction", "sorry", "rather", "pardon", "excuse me".
func correctionMarker(w string) bool {
	switch w {
	case "correction", "correct", "correcting", "sorry", "rather", "pardon", "scratch", "apologies", "excuse":
		return true
	}
	return false
}

// correctionFiller reports whether lower-cased w may stand in a spoken
// correction without saying it: "no, let me correct that", "or rather",
// "I mean", "make that", "beg your pardon".
func correctionFiller(w string) bool {
	switch w {
	case "no", "let", "me", "that", "i", "mean", "or", "make", "beg", "your", "my", "it", "is", "it's", "'s", "’s", "s", "should", "be", "say",
		"am", "m", "we", "re", "are", "so": // "I'm sorry", "we're so sorry" (the apostrophe is a token of its own)
		return true
	}
	return false
}
