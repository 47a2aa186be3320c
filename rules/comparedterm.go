package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An exclude word rules a sentence out because the sentence is about the
// place or the thing it names. One that is only the other term of a
// comparison ("is lower than Gaza's", "modest beside Syria's", "far fewer
// than in Sudan") names what the metric's figure is set beside: the
// sentence is still about the metric's own count. The term rules out its
// own figures ("lower than Syria's 500,000"), and a relative clause on it
// (", where 40,000 were killed") is its too.

// comparedTerm returns the stretch [from, to) of the comparison's other
// term exclude hit h opens ("than Gaza's", "beside the Syrian toll",
// "compared with Sudan", "separately from FMF", "dwarfed by Gaza's", "a
// fraction of Syria's"), to the next punctuation mark or, past a
// relative clause on it, the sentence's end; ok is false when the word is
// no comparison's term.
func comparedTerm(d *figures.Document, s *figures.Sentence, h hit) (from, to int, ok bool) {
	word := sentenceWords(d, s)
	if j := shareOfCountTerm(d, s, h.start); j >= 0 {
		to, ok := termEnd(d, s, h, false)
		return j, to, ok // "barely a fifth of the number now packed into Rafah" (sharedterm.go)
	}
	k := h.start - 1
	for k > s.TokStart && (word(k) == "the" || word(k) == "in" || word(k) == "of" && (word(k-1) == "that" || termCountNoun(word(k-1)))) {
		if word(k) == "of" {
			k--
		}
		k--
	}
	if k < s.TokStart {
		return 0, 0, false
	}
	if j := figureTermStart(d, s, k); j > s.TokStart {
		k = j // "far below the 44,000 killed in Gaza": a term with a figure of its own
	}
	switch word(k) {
	case "below", "above":
		// "is far below the 44,000 killed in Gaza", "well above Syria's":
		// a comparison after a degree word or a copula, not a figure's
		// own bound ("fell below 10,000").
		if k == s.TokStart || !degreeOrCopula(word(k-1)) {
			return 0, 0, false
		}
	case "as":
		// The second "as" of "as ADJ as" ("as uncertain as the count
		// of the displaced is precise", "as many as"): the other term.
		if !(k-2 >= s.TokStart && word(k-2) == "as" && isLowerWord(d.TokenText(k-1)) || secondAs(d, s, k)) {
			return 0, 0, false
		}
	case "than", "beside":
	case "by":
		// A passive verb of comparison: "is dwarfed by Gaza's toll",
		// "eclipsed by the toll in Syria", "outpaced by Sudan's".
		if k == s.TokStart || !passiveComparison(word(k-1)) {
			return 0, 0, false
		}
	case "of":
		// A fraction said of the figure's count: "is a fraction of
		// Gaza's", "remains a tiny fraction of Syria's". Not a share of
		// a whole that counts the figure ("more than half of Gaza's
		// population — 1.3 million people").
		if !fractionPredicate(d, s, k) {
			return 0, 0, false
		}
	case "with", "to":
		if k == s.TokStart || !strings.HasPrefix(word(k-1), "compar") {
			return 0, 0, false
		}
	case "from":
		// A thing set apart is the other term too: "appropriated
		// separately from Foreign Military Financing", "apart from FMF",
		// and past the noun a separating adjective heads: "is a
		// separate line from the FMF grant" (setApartNoun).
		if k == s.TokStart || !setApart(word(k-1)) && !setApartNoun(d, s, k) {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	to, ok = termEnd(d, s, h, word(k) == "by" || word(k) == "of")
	return k, to, ok
}

// termEnd returns where the comparison's term that keyword hit h stands in
// ends: the next punctuation mark or, past a relative clause on it, the
// sentence's end. ok is false when a passive term's agent carries on the
// sentence with a clause of its own.
func termEnd(d *figures.Document, s *figures.Sentence, h hit, passive bool) (to int, ok bool) {
	word := sentenceWords(d, s)
	to = s.TokEnd
	for j := h.end; j < s.TokEnd; j++ {
		if !stretchMark(d, j) {
			continue
		}
		if d.TokenText(j) == "," && (relativeOpens(d, j+1, s.TokEnd) || word(j+1) == "who" || word(j+1) == "whose") {
			if passive {
				// "has been overtaken by Ukraine, whose package ...
				// exceeded $30bn": the agent's clause carries on the
				// sentence as its own subject, not as a term set beside.
				return 0, false
			}
			break // the term's own relative clause: to the sentence's end
		}
		to = j
		break
	}
	return to, true
}

// passiveComparison reports whether w is the participle of a verb of
// comparison ("dwarfed", "overtaken", "outpaced") that a "by" after it
// makes passive: the figure's count is the one compared, the "by" phrase
// the other term. A bare stem ("exceed") or a present form is no
// participle.
func passiveComparison(w string) bool {
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false
	}
	return comparisonVerb(w) || likeningVerb(w)
}

// fractionPredicate reports whether the "of" at token k closes "a
// fraction" that a copula says of the sentence's subject: "is a fraction
// of", "was only a small fraction of". A share ("half of", "a third of")
// is as often the part of a whole the figure counts, so only "fraction",
// the word of comparison, is read.
func fractionPredicate(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if k-1 <= s.TokStart || word(k-1) != "fraction" {
		return false
	}
	for j := k - 2; j >= s.TokStart && j >= k-5; j-- {
		switch word(j) {
		case "is", "was", "are", "were", "remains", "remained", "be", "been", "'s":
			return true
		}
		if stretchMark(d, j) {
			return false
		}
	}
	return false
}

// setApart reports whether w, before "from", sets a thing apart from the
// figure: "separately from", "apart from", "aside from", "distinct from".
func setApart(w string) bool {
	switch w {
	case "separately", "separate", "apart", "aside", "distinct":
		return true
	}
	return false
}

// figureWithin reports whether a figure other than a year or a date
// stands in [from, to) of sentence s.
func figureWithin(d *figures.Document, s *figures.Sentence, from, to int) bool {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, _ := d.FigureTokens(fi); fs >= from && fs < to && !dateKind(d.Figures[fi].Kind) {
			return true
		}
	}
	return false
}

// inTerm reports whether figure fi starts in one of the stretches
// [from[i], to[i]).
func inTerm(d *figures.Document, fi int, from, to []int) bool {
	fs, _ := d.FigureTokens(fi)
	for i := range from {
		if fs >= from[i] && fs < to[i] {
			return true
		}
	}
	return false
}

// termCountNoun reports whether w names a count whose "of" phrase holds
// what it counts, walked back over to the comparison's word: "than the
// number of displaced", "as the count of the displaced".
func termCountNoun(w string) bool {
	switch w {
	case "count", "number", "tally", "total", "figure":
		return true
	}
	return false
}

// figureTermStart returns the token before a comparison's term that holds a
// figure of its own and a participle of what it counts ("the 44,000
// killed in Gaza", "the 33,000 dead in Gaza"), when word k, the word
// before the exclude word's preposition, is that participle right after an
// amount; -1 otherwise. The term's figure is its own: comparedTerm's
// stretch rules it out (gates.termFrom).
func figureTermStart(d *figures.Document, s *figures.Sentence, k int) int {
	w := d.LowerTokenText(k)
	if k-1 <= s.TokStart || !isLowerWord(d.TokenText(k)) || !(w == "dead" || len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPastForm(w)) {
		return -1
	}
	fj := figureIn(d, s, k-1)
	if fj < 0 || !d.Figures[fj].Kind.IsAmount() {
		return -1
	}
	fs, fe := d.FigureTokens(fj)
	if fe != k {
		return -1
	}
	j := fs - 1
	if j > s.TokStart && d.LowerTokenText(j) == "the" {
		j--
	}
	return j
}

// degreeOrCopula reports whether w, before "below" or "above", makes it a
// comparison of the sentence's count: a word of degree ("far", "well",
// "way", "much", "still") or a copula ("is", "remains", "stands").
func degreeOrCopula(w string) bool {
	switch w {
	case "far", "well", "way", "much", "still", "is", "was", "are", "were", "remains", "remained", "stands", "stood", "sits":
		return true
	}
	return false
}
