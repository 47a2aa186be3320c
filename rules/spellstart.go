package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The start of the war: "before the war", "at the start of the invasion"
// name the period before the whole story began, unless the words after the
// event's noun make it a later turn ("before the war's second
// anniversary") or a spell inside it. These readers stand apart from
// otherstate.go's otherTime because other files (beforeowned.go,
// pastmilestone.go, priorincluded.go) ask them too.

// startEventAfter reports whether "before" at token k names the start of a
// war or a disaster: "before the war", "before the full-scale invasion",
// "before the quake".
func startEventAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	if pronounStartAfter(d, s, k) {
		return true // "displaced before it began" (beforeitbegan.go)
	}
	if ownedStartAfter(d, s, k) {
		return true // "Even before April's war, ..." (beforeowned.go)
	}
	if k+1 >= s.TokEnd || !strings.EqualFold(d.TokenText(k+1), "the") {
		return false
	}
	for j := k + 2; j < s.TokEnd && j <= k+6; j++ {
		w := d.LowerTokenText(j)
		if spellNoun(w) {
			return !laterTurnAfter(d, s, j+1)
		}
		if !d.Tokens[j].IsWord() && w != "-" {
			return false
		}
	}
	return false
}

// laterTurnAfter reports whether the words from token t, right after the
// noun of the event "before the" names, make the phrase a later turn of
// the event than its start, by positive evidence within a few words
// before a mark: a later time than the start, an ordinal past the first
// or a number of units of time ("before the war's second anniversary",
// "before the invasion entered its fourth year", "before the invasion was
// 18 months old"), or a verb of ending ("before the war ended", "before
// the invasion could stall"). Any other verb after the noun ("before the
// fighting flared", "before the war kicked off") is read as its start,
// as the noun alone is (before_span_figure.yaml, review44).
func laterTurnAfter(d *figures.Document, s *figures.Sentence, t int) bool {
	word := sentenceWords(d, s)
	for j := t; j < s.TokEnd && j < t+laterTurnWords; j++ {
		w := word(j)
		if !d.Tokens[j].IsWord() && !isApostrophe(w) {
			return false
		}
		if n := ordinalAt(word, j); n > 1 {
			return true // "its fourth year", "'s second anniversary"
		}
		if unitsEnd(d, j, word) > 0 || (w == "a" || w == "one") && timeUnit(word(j+1)) {
			return true // "was 18 months old", "was a year old"
		}
		if endingVerb(w) {
			return true
		}
	}
	return false
}

// laterTurnWords is how many tokens after the event's noun laterTurnAfter
// reads: "'s second anniversary", "entered its fourth year".
const laterTurnWords = 5

// endingVerb reports whether lower-cased w is a form of a verb that says
// an event ended or stalled: "ended", "could end", "stalled", "wound down".
func endingVerb(w string) bool {
	for _, v := range [...]string{"end", "finish", "stall", "halt", "cease"} {
		if strings.HasPrefix(w, v) && (len(w) == len(v) || w[len(v):] == "s" || w[len(v):] == "ed" || w[len(v):] == "ing" || w[len(v):] == "ped" || w[len(v):] == "d") {
			return true
		}
	}
	return w == "wound" || w == "over"
}

// spellOwnsAfter reports whether the spell noun startEventAfter finds
// after token k owns what follows it: "at the start of the war's eighth
// month" is the start of a span inside the war, a later time, not the
// war's start.
func spellOwnsAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	for j := k + 2; j < s.TokEnd && j <= k+6; j++ {
		if spellNoun(d.LowerTokenText(j)) {
			return ownerBefore(d, j+3) == j
		}
	}
	return false
}

// spellNoun reports whether w names a war, a disaster or a spell of
// violence: what an earlier count is a count of.
func spellNoun(w string) bool {
	switch w {
	case "conflicts", "fighting", "violence", "crisis", "crises", "unrest", "clashes":
		return true
	}
	return eventNoun(w) && w != "population"
}

// beforeTheWar reports whether "before" at token b opens "before the war"
// (or "the invasion", "the conflict") and no semicolon parts it from token
// fs: the period before the whole story began. "Before the offensive"
// dates a turn within the war, which a level may still be read at.
func beforeTheWar(d *figures.Document, s *figures.Sentence, b, fs int) bool {
	if d.LowerTokenText(b+1) != "the" {
		return false
	}
	switch d.LowerTokenText(b + 2) {
	case "war", "invasion", "conflict":
	default:
		return false
	}
	for k := b + 3; k < fs; k++ {
		if d.TokenText(k) == ";" {
			return false
		}
	}
	return true
}
