package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An adjunct after the last of verbs joined with one subject scopes every
// verb of the join (corpus README, "An adjunct after joined verbs"): in
// "the quakes killed 50,000 and injured 107,000 in Turkey alone" both
// counts are Turkey's (alonePart asks joinedOwnAdjunct). Anything between
// the earlier figure's noun and "and" — a preposition's phrase, an adverb —
// is the earlier verb's own adjunct and closes its clause ("killed 50,000
// across both countries and injured 107,000 in Turkey alone", "killed
// 45,000 by Friday and ..."), and the adjunct after the join is the later
// verb's alone. (A comma before "and" ends the figure's clause where
// alonePart looks.)

// joinedOwnAdjunct reports whether, between the end fe of a figure and
// token to (the adjunct after it), an "and" joins a later verb with a
// figure of its own, and the figure's clause before that "and" holds a
// place or a time of its own.
func joinedOwnAdjunct(d *figures.Document, s *figures.Sentence, fe, to int) bool {
	and := joinedLater(d, s, fe, to)
	if and < 0 {
		return false
	}
	word := sentenceWords(d, s)
	for k := fe; k < and; k++ {
		if ownAdjunctAt(d, word, k, and) {
			return true
		}
	}
	return false
}

// figureBetween reports whether a figure of sentence s starts in tokens
// [from, to).
func figureBetween(d *figures.Document, s *figures.Sentence, from, to int) bool {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, _ := d.FigureTokens(fi); fs >= from && fs < to {
			return true
		}
	}
	return false
}

// ownAdjunctAt reports whether a word at token k, before the "and" at
// token end, opens or is an adjunct of the earlier verb's own: a
// preposition ("across both countries", "by Thursday", "as of Sunday", "on
// both sides of the border"), an adverb ("altogether", "overall", "so
// far") or a bare time ("yesterday", "last week"). The adjunct after the
// join is shared only when nothing stands between the figure's noun and
// "and".
func ownAdjunctAt(d *figures.Document, word func(int) string, k, end int) bool {
	w := word(k)
	switch {
	case adjunctPreposition(w), ownAdverb(w):
		return true
	case w == "last" || w == "this":
		v := word(k + 1)
		return k+1 < end && (timeUnit(v) || monthNumber(v) > 0 || weekday(v))
	case strings.HasSuffix(w, "ly") && len(w) > 4 && !lyModifier(w):
		return true // "killed 40,000 overnight", "... 50,000 respectively"
	}
	return false
}

// ownAdverb reports whether lower-cased w is an adverb that closes a
// clause's count on its own: its whole ("altogether", "overall") or its
// time ("yesterday", "so far").
func ownAdverb(w string) bool {
	switch w {
	case "altogether", "overall", "combined", "total", "far", "yesterday", "today", "overnight", "earlier", "already", "all":
		return true
	}
	return false
}

// joinedLater returns the last "and" between tokens fe and to that joins
// a later verb with a figure of its own before to ("and injured 108,000",
// "and left two million homeless", "and 1,017 injured"), or -1. A noun
// joined ("50,000 dead and damage put at $34bn") is no verb.
func joinedLater(d *figures.Document, s *figures.Sentence, fe, to int) int {
	word := sentenceWords(d, s)
	last := -1
	for k := fe; k < to; k++ {
		if word(k) != "and" || !figureBetween(d, s, k+1, to) {
			continue
		}
		j := k + 1
		for joinedVerbAux(word(j)) {
			j++
		}
		if fi := figureIn(d, s, j); fi >= 0 {
			if fs, fe := d.FigureTokens(fi); fs == j {
				j = fe // "and 1,017 injured"
			}
		}
		if joinedVerb(word(j)) && isLowerWord(d.TokenText(j)) {
			last = k // not a name ("and Ahmed")
		}
	}
	return last
}

// joinedVerbAux reports whether w may stand between "and" and the verb it
// joins: "and have displaced", "and also left".
func joinedVerbAux(w string) bool {
	switch w {
	case "also", "then", "have", "has", "had", "were", "was", "been", "so":
		return true
	}
	return false
}

// joinedVerb reports whether lower-cased w is a past form of a verb: a
// regular "-ed", or one of the irregular forms news counts with.
func joinedVerb(w string) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") && w != "hundred" {
		return true
	}
	switch w {
	case "left", "made", "hurt", "lost", "drove", "driven", "sent", "put", "kept", "took", "taken", "brought", "cost", "shot", "held", "found":
		return true
	}
	return false
}
