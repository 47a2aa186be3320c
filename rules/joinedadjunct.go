package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An adjunct after the last of verbs joined with one subject scopes every
// verb of the join (corpus README, "An adjunct after joined verbs"): in
// "the quakes killed 50,000 and injured 107,000 in Turkey alone" both
// counts are Turkey's. A place or a time of the earlier verb's own closes
// its clause before the join ("killed 50,000 across both countries and
// injured 107,000 in Turkey alone", "killed 45,000 in the first fortnight
// and ..."), and the adjunct after the join is the later verb's alone. (A
// comma before "and" ends the figure's clause where alonePart looks.)

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

// ownAdjunctAt reports whether a place or time adjunct opens at token k and
// closes before token end: a preposition of place before a name or a place
// noun within three words ("in both countries", "across the region", "in
// Syria"), a preposition of time before a unit, month or day ("in the first
// fortnight", "on Monday", "since February"), or a bare time ("yesterday",
// "last week").
func ownAdjunctAt(d *figures.Document, word func(int) string, k, end int) bool {
	w := word(k)
	timeWord := func(j int) bool {
		v := word(j)
		return timeUnit(v) || monthNumber(v) > 0 || weekday(v)
	}
	switch w {
	case "yesterday", "overnight":
		return true
	case "last", "this":
		return k+1 < end && timeWord(k+1)
	case "in", "across", "throughout", "inside", "within", "on", "since", "during", "over":
	default:
		return false
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		v := word(j)
		if timeWord(j) {
			return true
		}
		if w != "since" && w != "during" && (named(d, j) || placeNoun(v) || placeKindNoun(v) || v == "countries" || v == "country") {
			return true
		}
	}
	return false
}

// joinedAdjunctExclude returns the exclude_near hit of keyword kw's
// metric, a name after "in" (perhaps "the") that closes the sentence or
// its clause, that is the adjunct of the last of verbs joined by "and"
// after figure fi, with no comma between, when fi's verb has no place or
// time of its own; or -1. "The quakes killed 44,300 and injured 108,000 in
// Turkey" counts Turkey's dead, as "in Turkey alone" would (alonePart).
func joinedAdjunctExclude(d *figures.Document, s *figures.Sentence, hits []hit, kw hit, fi int) int {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for i, h := range hits {
		if h.ref.role != roleNear || h.ref.metric != kw.ref.metric || h.start <= fe || !named(d, h.start) {
			continue
		}
		p := h.start - 1
		if word(p) == "the" {
			p--
		}
		switch word(p) {
		case "in", "at", "within", "inside":
		default:
			continue
		}
		if markBetween(d, fe, p) {
			continue
		}
		e := h.end
		for named(d, e) || placeKindNoun(word(e)) {
			e++
		}
		switch word(e) {
		case "", ",", ";", ".", "alone", "—":
		default:
			continue
		}
		if joinedLater(d, s, fe, p) >= 0 && !joinedOwnAdjunct(d, s, fe, p) {
			return i
		}
	}
	return -1
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
		if figureBetween(d, s, j, j+1) {
			j = figureEndAt(d, s, j) // "and 1,017 injured"
		}
		if joinedVerb(word(j)) {
			last = k
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
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "left", "made", "hurt", "lost", "drove", "driven", "sent", "put", "kept", "took", "taken", "brought", "cost", "shot", "held", "found":
		return true
	}
	return false
}

// figureEndAt returns the token after the figure of sentence s that starts
// at token k, or k when none does.
func figureEndAt(d *figures.Document, s *figures.Sentence, k int) int {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, fe := d.FigureTokens(fi); fs == k {
			return fe
		}
	}
	return k
}
