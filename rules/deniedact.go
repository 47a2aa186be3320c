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
// "and" before a word that is not a figure between, and no other verb in
// -ing or participle in -ed that describes the act's object ("denied
// blocking convoys bound for camps holding ..."). A negated denial ("does
// not deny having freed ...", "Few would deny ...") asserts the act, and
// "denied" with a noun object ("denied entry to 300 trucks") tells no act.
// fa42, denied_complement.yaml.

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
		if describingParticiple(word, k) {
			// "denied blocking convoys bound for camps holding N", "denied
			// shelling sites filled with N": the figure is in a
			// description of the act's object, not the act.
			return false
		}
		if !gerundAfterDenial(w) {
			continue
		}
		p := k - 1
		if a := word(p); strings.HasSuffix(a, "ly") && !lyModifier(a) {
			p-- // "flatly denied offering"
		}
		if denialVerb(word(p)) {
			return !denialNegated(word, p, s.TokStart)
		}
		return false // another verb in -ing: a description of the object
	}
	return false
}

// describingParticiple reports whether the word at token k is a participle
// in -ed that describes a noun before it rather than continuing the act a
// gerund tells: not after "having", "being", "been" or an adverb in -ly
// ("having agreed", "being forced", "secretly approved").
func describingParticiple(word func(int) string, k int) bool {
	w := word(k)
	if len(w) <= 4 || !strings.HasSuffix(w, "ed") {
		return false
	}
	switch b := word(k - 1); {
	case b == "having" || b == "being" || b == "been" || b == "had" || b == "has" || b == "have":
		return false
	case strings.HasSuffix(b, "ly") && !lyModifier(b):
		return false
	case denialVerb(b):
		return false
	}
	return true
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
// its subject asserts what it would deny, read back to its clause's start:
// a negation ("does not deny", "never denied", "cannot deny"), a negative
// or near-negative subject ("No one credible denies", "Few would deny",
// "Hardly anyone denies", "Nobody in the capital seriously denies"), or
// "hard", "difficult" or "impossible" and "to" right before it ("It is
// hard to deny that ...").
func denialNegated(word func(int) string, p, start int) bool {
	if word(p-1) == "to" {
		switch word(p - 2) {
		case "hard", "difficult", "impossible":
			return true
		}
	}
	for k := p - 1; k >= start; k-- {
		switch w := word(k); {
		case negation(w) || w == "no" || w == "nobody" || w == "none" || w == "cannot" ||
			w == "hardly" || w == "scarcely" || w == "barely":
			return true
		case w == "few" && word(k-1) != "a": // "a few officials denied" is a denial
			return true
		case w == "," || clauseMark(w):
			return false
		}
	}
	return false
}
