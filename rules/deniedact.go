package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A party may deny an act of its own told as a gerund, the object of
// "deny": "The movement denies having accepted 30 captives for 600
// detainees", "The office flatly denied offering to free 2,500 prisoners".
// The figure stands in what the denier says it did not do, so nobody
// asserts it (selfdenied.go reads the same act told by a clause: "denied
// that it had offered ..."). Read: a form of "deny", perhaps an adverb in
// -ly after it ("flatly"), a verb in -ing right after, and the figure in
// that phrase: no comma, clause mark, "that", "but", subordinating word or
// "and" before a word that is not a figure between. A negated denial ("does
// not deny having freed ...") asserts the act, and "denied" with a noun
// object ("denied entry to 300 trucks") tells no act. fa42,
// denied_complement.yaml.

// deniedActReach is how many words back from the figure the gerund may
// stand: "denied having agreed in talks to free 2,450".
const deniedActReach = 10

// deniedAct reports whether figure fi of sentence s stands in a gerund
// phrase that a form of "deny" takes as its object.
func deniedAct(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fs - 1; k > s.TokStart && k >= fs-deniedActReach; k-- {
		w := word(k)
		if w == "," || w == "." || clauseMark(w) || w == "that" || w == "but" || w == "as" ||
			subordinatingWord(w) || relativeWord(w) || w == "where" || (w == "and" || w == "or") && figureAt(d, k+1) < 0 {
			return false
		}
		if !gerundAfterDenial(w) {
			continue
		}
		p := k - 1
		if a := word(p); strings.HasSuffix(a, "ly") && !lyModifier(a) {
			p-- // "flatly denied offering"
		}
		if denialVerb(word(p)) && !denialNegated(word, p, s.TokStart) {
			return true
		}
	}
	return false
}

// gerundAfterDenial reports whether lower-cased w may be a verb in -ing
// that a denial takes as its object ("agreeing", "having", "driving"); a
// pronoun or a preposition in -ing ("nothing", "during") is not.
func gerundAfterDenial(w string) bool {
	if len(w) <= 4 || !strings.HasSuffix(w, "ing") {
		return false
	}
	switch w {
	case "during", "including", "according", "following", "regarding", "concerning", "pending",
		"something", "nothing", "anything", "everything", "morning", "evening":
		return false
	}
	return true
}

// denialNegated reports whether the denial verb at token p is negated or
// its subject is a negative, within three words before it: "does not deny",
// "never denied", "No one denies", "cannot deny". A negated denial
// asserts what it would deny.
func denialNegated(word func(int) string, p, start int) bool {
	for k := p - 1; k >= start && k >= p-3; k-- {
		switch w := word(k); {
		case negation(w) || w == "no" || w == "nobody" || w == "none" || w == "cannot":
			return true
		case w == "," || clauseMark(w):
			return false
		}
	}
	return false
}
