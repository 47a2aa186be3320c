package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A wire opens its lead on the figure and says only at the end of the
// clause what it counts, the source set between commas on the way: "More
// than 40,000, the health ministry said on Thursday, is now the number of
// Palestinians killed in the territory", "More than 10 million, the IOM
// said, is how many people the war has driven from their homes", "Over
// 12,000 is the combined number of civilians the mission has verified
// killed". The figure is the subject; the copula and "the number of" or
// "how many" after it restate it, as ", that's what ..." does after a
// figure (restatedFrom): the words after the copula say what the figure
// counts, however long the source between, and an exclude_near word there
// ("is the number of children killed") names it as near as the keyword.

// cleftSourceWords bounds the source set between the figure and its
// copula: "the UN human rights monitoring mission said on Thursday".
const cleftSourceWords = 14

// cleftCountFrom returns the copula of a clause that restates the figure
// ending at token fe of sentence s as a count ("is now the number of",
// "is how many"), past a reporting aside between commas, or -1.
func cleftCountFrom(d *figures.Document, s *figures.Sentence, fe int) int {
	k := fe
	if k < s.TokEnd && d.TokenText(k) == "," {
		if k = cleftSourceEnd(d, s, k); k < 0 {
			return -1
		}
		k++
	}
	if k >= s.TokEnd {
		return -1
	}
	if v := d.LowerTokenText(k); v != "is" && v != "was" {
		return -1
	}
	cop := k
	for k++; k < s.TokEnd && stateTimeAdverb(d.LowerTokenText(k)); k++ {
	}
	if cleftCountNoun(d, s, k) {
		return cop
	}
	return -1
}

// cleftSourceEnd returns the comma that closes the source opened by the
// comma at token open ("the ministry said on Thursday", "by the UN's own
// count"): words only, no amount, at most cleftSourceWords of them; -1
// when there is none.
func cleftSourceEnd(d *figures.Document, s *figures.Sentence, open int) int {
	c := open + 1
	for ; c < s.TokEnd && d.TokenText(c) != ","; c++ {
		if w := d.TokenText(c); !d.Tokens[c].IsWord() && !isApostrophe(w) && w != "." {
			return -1
		}
		if fj := figureAt(d, c); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			return -1
		}
	}
	if c >= s.TokEnd || d.WordPos(c)-d.WordPos(open+1) > cleftSourceWords {
		return -1
	}
	if !reportingAside(d, open+1, c) && !countedByAside(d, open+1, c) {
		return -1
	}
	return c
}

// countedByAside reports whether tokens from to the comma at c credit a
// count: "by the administration's own count to Congress", "according to
// the ministry".
func countedByAside(d *figures.Document, from, c int) bool {
	switch d.LowerTokenText(from) {
	case "according":
		return from+1 < c && d.LowerTokenText(from+1) == "to"
	case "by", "per":
		for k := from + 1; k < c; k++ {
			if w := d.LowerTokenText(k); figureNoun(w) || tallyNoun(w) || w == "reckoning" || w == "estimate" {
				return true
			}
		}
	}
	return false
}

// cleftCountNoun reports whether the words at token k name a count of
// what follows: "the number of", "the combined number of", "the total
// count of", "how many".
func cleftCountNoun(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 < s.TokEnd && d.LowerTokenText(k) == "how" && d.LowerTokenText(k+1) == "many" {
		return true
	}
	if k >= s.TokEnd || d.LowerTokenText(k) != "the" {
		return false
	}
	for n, t := 0, k+1; n < 3 && t+1 < s.TokEnd && d.Tokens[t].IsWord() && isLowerWord(d.TokenText(t)); n, t = n+1, t+1 {
		w, of := d.LowerTokenText(t), d.LowerTokenText(t+1) == "of"
		if figureNoun(w) && !strings.HasSuffix(w, "s") || w == "total" && of {
			return of
		}
	}
	return false
}

// pastCleftCount reports whether hit h stands after the clause that
// restates the figure ending at fe as a count: "..., is how many tourists
// the city expects, though thousands remain displaced" counts tourists.
func pastCleftCount(d *figures.Document, s *figures.Sentence, fe int, h hit) bool {
	c := cleftCountFrom(d, s, fe)
	return c >= 0 && h.start > c && !inCleftCount(d, s, fe, h)
}

// inCleftCount reports whether hit h stands in the clause that restates
// the figure ending at fe as a count (cleftCountFrom), before its first
// mark: "..., a town whose pre-war population was ..." after it is an
// apposition of its own.
func inCleftCount(d *figures.Document, s *figures.Sentence, fe int, h hit) bool {
	c := cleftCountFrom(d, s, fe)
	if c < 0 || h.start <= c {
		return false
	}
	for k := c; k < h.end; k++ {
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) && d.TokenText(k) != "-" {
			return false
		}
	}
	return true
}

// restatedNounWords bounds how far into a restating clause its counted
// noun may stand: "that is how many militants", "that's the number of
// Hamas fighters".
const restatedNounWords = 4

// inRestatedCount reports whether hit h is the noun a clause restating a
// figure says the figure counts, its first words from token from (the
// word after "that is", restatedFrom): "Seventeen thousand: that is how
// many militants the army says it has killed", "..., that's the number of
// fighters". An exclude_near word there names the figure as near as the
// clause's keyword does (restatedGap), as after a cleft's copula
// (inCleftCount).
func inRestatedCount(d *figures.Document, from int, h hit) bool {
	if h.start <= from || d.WordPos(h.start)-d.WordPos(from) > restatedNounWords {
		return false
	}
	if w := d.LowerTokenText(from); w != "how" && w != "the" {
		return false
	}
	for k := from; k < h.end; k++ {
		if !d.Tokens[k].IsWord() {
			return false
		}
	}
	return true
}
