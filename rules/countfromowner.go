package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A count noun as the subject, its value in an aside right after it, and a
// predicate that says whose count it is: "The figure most outlets cite —
// about 48,000 as of mid-February — comes from the ministry's daily
// reports", "The tally (41,226 on Monday) comes straight from the
// ministry". The noun is the owner's count, as a keyword "OWNER's NOUN"
// says it: the owner must be a word such a keyword of the metric opens
// with, within a few words after "come(s) from", and the figure must stand
// between the noun and the verb, after a dash, a bracket or a comma. A
// noun with "of" or "for" after it counts another thing ("The number of
// trucks"), and a figure after the verb is not the noun's value ("The
// figure comes from the ministry, which also counts 98,000 wounded").

// ownerFromWords is how many words after "from" the owner may stand at
// ("the Gaza health ministry's").
const ownerFromWords = 5

// countFromOwnerHits appends, for each metric with a keyword "OWNER's
// NOUN" (e.ownedNouns, as ownerAfterNounHits reads them) and no keyword in
// sentence s, a hit on the count noun that opens s when its predicate says
// the count comes from OWNER.
func (e *Engine) countFromOwnerHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if !st.wordMarks(s).countNoun() {
		return hits
	}
	d := st.d
	k := afterSpeakerLabel(d, s)
	if k+2 >= s.TokEnd || !strings.EqualFold(d.TokenText(k), "the") {
		return hits
	}
	noun := k + 1
	if w := d.LowerTokenText(noun); !figureNoun(w) && w != "total" {
		return hits
	}
	if w := d.LowerTokenText(noun + 1); w == "of" || w == "for" {
		return hits // "The number of trucks": another thing counted
	}
	from := comeFromAfter(d, s, noun+1)
	if from < 0 || !valueInSubjectAside(d, s, noun, from) {
		return hits
	}
	for o := from + 1; o < s.TokEnd && o <= from+ownerFromWords; o++ {
		if !d.Tokens[o].IsWord() {
			if isApostrophe(d.TokenText(o)) {
				continue
			}
			break // the owner's phrase ends
		}
		for _, ref := range e.ownedNouns {
			if hasKeyword(hits, int(ref.metric)) {
				continue // this metric's keyword already stands in s, or on this noun
			}
			if ph := e.phraseOf(ref); keyAt(st, s, o, ph, 0) && keyAt(st, s, noun, ph, 2) {
				hits = append(hits, hit{ref: ref, start: noun, end: noun + 1})
			}
		}
	}
	return hits
}

// comeFromAfter returns the token of "from" after a form of "come" (and
// perhaps one adverb: "comes straight from", "comes largely from") at or
// after token k in sentence s, or -1.
func comeFromAfter(d *figures.Document, s *figures.Sentence, k int) int {
	for t := k; t+1 < s.TokEnd; t++ {
		switch d.LowerTokenText(t) {
		case "comes", "come", "came":
		default:
			continue
		}
		f := t + 1
		if w := d.LowerTokenText(f); f+1 < s.TokEnd && (w == "straight" || w == "directly" || strings.HasSuffix(w, "ly")) {
			f++
		}
		if f+1 < s.TokEnd && d.LowerTokenText(f) == "from" {
			return f
		}
		return -1
	}
	return -1
}

// valueInSubjectAside reports whether an amount stands between the count
// noun at token noun and the verb before token verb, after a dash, a
// bracket or a comma that follows the noun: the subject's value.
func valueInSubjectAside(d *figures.Document, s *figures.Sentence, noun, verb int) bool {
	opened := false
	for t := noun + 1; t < verb; t++ {
		w := d.TokenText(t)
		if isDash(w) || w == "(" || w == "," {
			opened = true
			continue
		}
		if fi := figureAt(d, t); fi >= 0 {
			return opened && d.Figures[fi].Kind.IsAmount()
		}
	}
	return false
}
