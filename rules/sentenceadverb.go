package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A capitalised sentence adverb that opens a sentence with its comma
// ("Meanwhile, Darfur ...", "Elsewhere, Kharkiv ...", "Separately, Rafah
// ...") ties the sentence to the one before it and frames nothing of its
// own. Read as a name, it made the place after it the second item of a
// list of places ("Turkey, Syria": joinedPlace) and the sentence's subject
// a word later than its opening (placeOfSentence), so a sentence about
// another place kept the metric's figure. The opening is read past it.

// adverbOpening returns the token after the sentence adverb and its comma
// that open sentence s at token open (sentenceAdverbAt), or open.
func adverbOpening(d *figures.Document, s *figures.Sentence, open int) int {
	if open+2 < s.TokEnd && sentenceAdverbAt(d, open) {
		return open + 2
	}
	return open
}

// sentenceAdverbAt reports whether token k is a capitalised sentence
// adverb that opens its sentence before a comma: a joining word
// (joiningOpener: "Meanwhile", "Elsewhere"), one of the adverbs that say
// how a sentence stands to the last (linkingAdverb: "Separately",
// "Still", "Instead"), or a word of the adverb's -ly shape
// ("Additionally", "Similarly", "Crucially"). A name before a comma is an
// item of a list ("Khartoum, Darfur and Kordofan").
func sentenceAdverbAt(d *figures.Document, k int) bool {
	if !named(d, k) || k+1 >= len(d.Tokens) || d.TokenText(k+1) != "," || !opensSentence(d, k) {
		return false
	}
	w := d.LowerTokenText(k)
	return joiningOpener(w) || linkingAdverb(w) || lyAdverbShape(w)
}

// opensSentence reports whether token k is the first of its sentence, past
// a live blog's stamp, a speaker's label and an opening quote mark.
func opensSentence(d *figures.Document, k int) bool {
	si := d.SentenceAt(int(d.Tokens[k].Start))
	if si < 0 {
		return false
	}
	return sentenceOpening(d, &d.Sentences[si]) == k
}

// linkingAdverb reports whether lower-case w is an adverb that opens a
// sentence to say how it stands to the one before it.
func linkingAdverb(w string) bool {
	switch w {
	case "separately", "still", "instead", "however", "moreover", "further", "furthermore", "besides",
		"likewise", "nonetheless", "nevertheless", "otherwise", "overall", "meantime", "regardless",
		"then", "now", "today", "yesterday", "earlier", "later", "also", "again", "indeed", "thus":
		return true
	}
	return false
}

// lyAdverbShape reports whether lower-case w has an adverb's -ly shape: at
// least seven letters, so that a short name in -ly ("Italy", "Sicily") is
// none.
func lyAdverbShape(w string) bool {
	return len(w) >= 7 && strings.HasSuffix(w, "ly")
}
