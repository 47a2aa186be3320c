package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// What a modal reaches past a speaker's aside. A projection's verb and its
// figure may be parted by the words a speaker puts between them: "could
// kill, I mean, you're talking maybe fifty thousand people", "you could see
// another, what, half a million people on the move", "might one day reach
// 186,000". The aside adds nothing to the figure: the figure is still what
// the modal's verb may come to (projection.go). And after a modal, "see" or
// "witness" sets what may come as "reach" does: "we could see 500,000 more
// displaced".

// speakerAsideWords is how many words an aside between commas may hold.
const speakerAsideWords = 4

// asidesBefore returns the first token of the speaker's asides that stand
// right before token t (t itself when none does): a filler ("uh", "um"),
// a stretch of at most speakerAsideWords words with no figure between two commas
// (", I mean,", ", what,", ", officials warn,"), or a frame of talk
// ("you're talking", "we are talking about").
func asidesBefore(d *figures.Document, t int) int {
	for t > 0 {
		switch {
		case filler(d.LowerTokenText(t - 1)):
			t--
		case d.TokenText(t-1) == ",":
			c := commaAsideStart(d, t-1)
			if c < 0 {
				return t
			}
			t = c
		default:
			c := talkFrameStart(d, t)
			if c < 0 {
				return t
			}
			t = c
		}
	}
	return t
}

// commaAsideStart returns the comma that opens an aside closed by the comma
// at token end, or -1: between them, one to speakerAsideWords words and no
// figure.
func commaAsideStart(d *figures.Document, end int) int {
	n := 0
	for k := end - 1; k >= 0 && n <= speakerAsideWords; k-- {
		switch {
		case d.TokenText(k) == ",":
			if n == 0 {
				return -1
			}
			return k
		case figureAt(d, k) >= 0:
			return -1
		case d.Tokens[k].IsWord():
			n++
		case !isApostrophe(d.TokenText(k)):
			return -1
		}
	}
	return -1
}

// talkFrameStart returns the first token of a frame of talk that ends
// right before token t ("you're talking", "we are talking about"), or -1.
func talkFrameStart(d *figures.Document, t int) int {
	k := t - 1
	if k >= 0 && d.LowerTokenText(k) == "about" {
		k--
	}
	if k < 2 || d.LowerTokenText(k) != "talking" {
		return -1
	}
	k--
	switch w := d.LowerTokenText(k); {
	case w == "re" && k >= 2 && isApostrophe(d.TokenText(k-1)):
		k -= 2 // "you're", "we’re"
	case beForm(w):
		k--
	default:
		return -1
	}
	switch d.LowerTokenText(k) {
	case "you", "we", "they":
		return k
	}
	return -1
}

// filler reports whether lower-cased w is a sound a transcript writes for
// a speaker's hesitation.
func filler(w string) bool { return figures.FillerSound(w) }

// A question turns the modal before its subject: "Could Gaza's death toll
// reach 100,000 before the year is out?", "Will the number of displaced
// in Sudan top 15 million by summer?", "When might the toll pass 50,000?",
// "And if Rafah falls, could we see 30,000 more dead?". The subject
// stands between the modal and its verb, and the figure is still what may
// come: asked about, not counted.

// questionSubjectWords is how many tokens the subject of a question may
// hold between its modal and its verb ("the number of displaced people in
// Sudan", "the number of people killed by the floods in Pakistan").
const questionSubjectWords = 12

// invertedModal returns the token of the modal that opens the question
// whose verb stands at token v, its subject between them, or -1: the
// sentence of figure fi ends with a question mark, the words from the
// modal to v are a subject with no mark of a clause in it, and the modal
// opens the question, a clause after a comma, colon or dash, or follows
// a question word that does ("When will ...", "How soon could ...").
func invertedModal(d *figures.Document, fi, v int) int {
	si := d.SentenceAt(d.Figures[fi].Start)
	if si < 0 || !endsInQuestion(d, &d.Sentences[si]) {
		return -1
	}
	s := &d.Sentences[si]
	for j := v - 1; j > v-1-questionSubjectWords && j >= s.TokStart; j-- {
		w := d.LowerTokenText(j)
		if comingModal(w) || w == "can" {
			if j+1 < v && d.TokenText(j) != "May" && opensQuestion(d, s, j) {
				return j
			}
			return -1
		}
		if !d.Tokens[j].IsWord() && !isApostrophe(d.TokenText(j)) && d.TokenText(j) != "-" {
			return -1
		}
	}
	return -1
}

// opensQuestion reports whether token j opens the question of sentence s:
// its first word (past a stamp or a speaker's label), the first after a
// comma, colon or dash or a joining "and", "but" or "so", or the first
// after question words that do ("when", "how soon").
func opensQuestion(d *figures.Document, s *figures.Sentence, j int) bool {
	for k := j - 1; ; k-- {
		if k < sentenceOpening(d, s) {
			return true
		}
		switch w := d.LowerTokenText(k); w {
		case ",", ":", "—", "–", "and", "but", "so":
			return true
		case "when", "how", "soon", "quickly", "fast", "long", "then":
		default:
			return false
		}
	}
}

// seeVerb reports whether lower-cased w, after a modal, says what a time or
// a place may come to witness: "could see", "may witness".
func seeVerb(w string) bool {
	return w == "see" || w == "witness"
}

// addedBefore reports whether lower-cased w marks the figure after it as
// more of a count: "another", "a further".
func addedBefore(w string) bool {
	return w == "another" || w == "further"
}

// timeBeforeVerb returns the first token of a phrase of time that ends at
// token k, between a modal and its verb ("might one day reach", "could
// some day top", "may eventually pass"), or k+1 when there is none.
func timeBeforeVerb(d *figures.Document, k int) int {
	if k < 1 {
		return k + 1
	}
	w := d.LowerTokenText(k)
	if w == "day" {
		switch d.LowerTokenText(k - 1) {
		case "one", "some":
			return k - 1
		}
	}
	if w == "soon" || w == "yet" || w == "still" || degreeAdverb(w) && strings.HasSuffix(w, "ly") {
		return k
	}
	return k + 1
}
