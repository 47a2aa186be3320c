package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Units a subject sends, moves or orders into a place are the subject's
// own: "The IDF sent two more battalions into Rafah" counts the army's
// battalions, not those of the metric's owner (owner: Hamas, of "Hamas
// battalions Israel says remain in Rafah"). The owner
// moving its own units ("Hamas has moved four battalions into Rafah")
// stays the metric's, and so do units that are in the place. "Of its
// own" after the units ("sent five battalions of its own into Rafah") says
// whose they are once more.

// unitsSent reports whether figure fi of sentence s is the object of a
// verb and counts a keyword noun moved "into", "to" or "toward" a name
// ("sent two more battalions into Rafah", "ordered four battalions into
// eastern Rafah", "moves three battalions toward the Rafah crossing"), and
// the metric's unit owner is not in the clause before it. A figure between
// dashes that restates the verb's object in the keyword's unit is sent
// with it ("sent two more brigades — about six battalions — into Rafah").
func (m *metric) unitsSent(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if m.unitOwner == "" {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	verb := fs - 1
	restated := false
	if g := restatedObject(d, s, fs); g >= 0 {
		verb, restated = g-1, true // "sent two more brigades — about six battalions — into Rafah"
	}
	if verb <= s.TokStart {
		return false
	}
	if v := word(verb); !isLowerWord(d.TokenText(verb)) || nonVerbWord(v) {
		return false
	}
	noun := unitNounEnd(d, hits, fe)
	if noun < 0 {
		return false
	}
	if restated && (isDash(d.TokenText(noun)) || d.TokenText(noun) == ",") {
		noun++ // the restatement's closing dash or comma
	}
	if word(noun) == "of" && (word(noun+1) == "its" || word(noun+1) == "their") && word(noun+2) == "own" {
		noun += 3 // "sent five battalions of its own into Rafah": the sender's, said twice
	}
	switch word(noun) {
	case "into", "to", "toward", "towards", "onto":
	case "on", "around", "near", "outside", "along":
		// Units placed by the verb round a place are the placer's as
		// well: "has massed 12 battalions around Rafah", "deployed four
		// battalions on the Rafah front". Only a verb of placing forces
		// says so; "estimates four battalions around Rafah" places none.
		if !placingVerb(word(verb)) {
			return false
		}
	default:
		return false
	}
	place := noun + 1
	if article(word(place)) {
		place++ // "toward the Rafah crossing"
	}
	if place < s.TokEnd && isLowerWord(d.TokenText(place)) {
		place++ // "into eastern Rafah"
	}
	if place >= s.TokEnd || !named(d, place) {
		return false
	}
	return !m.ownerInClause(d, s, fs)
}

// restatedObject returns the first token of the amount (or the "a" or "an")
// a dash or a comma right before token fs follows, when at most three lower-case words stand between that
// amount and the dash ("two more brigades — about six battalions"): the
// figure at fs restates that object. Else -1.
func restatedObject(d *figures.Document, s *figures.Sentence, fs int) int {
	if fs-1 <= s.TokStart || !isDash(d.TokenText(fs-1)) && d.TokenText(fs-1) != "," {
		return -1 // a dash, or a comma: "massed four brigades, some 12 battalions, on the Rafah front"
	}
	for k, words := fs-2, 0; k > s.TokStart && words <= 3; k-- {
		if fj := figureAt(d, k); fj >= 0 {
			if !d.Figures[fj].Kind.IsAmount() {
				return -1
			}
			gs, _ := d.FigureTokens(fj)
			return gs
		}
		if !isLowerWord(d.TokenText(k)) {
			return -1
		}
		if w := d.LowerTokenText(k); (w == "a" || w == "an") && words > 0 {
			return k // "a division – roughly nine battalions –"
		}
		words++
	}
	return -1
}

// isLowerWords reports whether every token in [from, to) is a lower-case
// word.
func isLowerWords(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if !isLowerWord(d.TokenText(k)) {
			return false
		}
	}
	return true
}

// nonVerbWord reports whether lower-cased w, right before a figure, is a
// word no verb is: a preposition, a determiner, or "and", "or", "than"
// ("sent two battalions", not "than two battalions").
func nonVerbWord(w string) bool {
	return prepositions[w] || determiner(w) || w == "and" || w == "or" || w == "than"
}

// unitNounEnd is the end of the keyword hit that names what the figure
// ending at token fe counts, standing right after it or past at most two
// lower-case words ("two battalions", "two more battalions"), or -1.
func unitNounEnd(d *figures.Document, hits []hit, fe int) int {
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start >= fe && h.start <= fe+2 && isLowerWords(d, fe, h.start) {
			return h.end
		}
	}
	return -1
}

// placingVerb reports whether lower-cased w is a form of a verb that puts
// forces somewhere ("massed", "deploying", "stationed"): the units it
// places round a place are the placer's.
func placingVerb(w string) bool {
	for _, stem := range [...]string{"mass", "amass", "deploy", "station", "position", "concentrate", "assemble", "muster", "gather", "post"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}
