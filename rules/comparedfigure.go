package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A long sentence may give the metric's figure and then measure it
// against another event's: "At more than 11,000 civilian deaths verified
// by the UN, Russia's war has already killed roughly three times as many
// Ukrainian civilians as the eight years of fighting in the Donbas that
// preceded it, in which about 3,400 died". The figure in the other term
// of the comparison, or in a relative clause on it (", in which about
// 3,400 died"), counts that term, not what the sentence's first figure
// counts. comparedAt (since.go) reads an earlier year's term a few words
// on; this reads any figure's. A verb of comparison opens the other term
// as "than" does when a determiner follows it ("dwarfs the 2.7 million
// uprooted during Darfur's worst years", "approach the 13.7 million
// uprooted at the height of Syria's war"); a figure right after the verb
// ("exceeds 50,000") or a mark the count passes ("the 12 million mark")
// is the sentence's own.

// comparedTermFigure reports whether figure fi stands in the other term
// of a comparison ("than", the second "as" of "as many ... as", or a
// verb of comparison and a determiner: termVerbAt) that an amount figure
// before it is measured against, the term running on through a relative clause on it. With no
// amount before, the sentence's figure is what the comparison is about
// ("quake now deadlier than 1999 Izmit disaster as toll hits 20,000").
func comparedTermFigure(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	fs, _ := d.FigureTokens(fi)
	for k := fs - 1; k > s.TokStart; k-- {
		if figureIn(d, s, k) >= 0 {
			if d.Figures[figureIn(d, s, k)].Kind.IsAmount() {
				return false // another figure's phrase
			}
			continue
		}
		if stretchMark(d, k) {
			if d.TokenText(k) != "," || !relativeOpens(d, k+1, s.TokEnd) {
				return false
			}
			continue
		}
		switch word(k) {
		case "than":
			return amountBefore(d, s, k)
		case "as":
			if secondAs(d, s, k) {
				return amountBefore(d, s, k)
			}
		}
		if termVerbAt(d, s, k) {
			// A verb that likens its subject to a determined term sets the
			// subject beside the term's figure even with no amount before
			// it: "The dead in Gaza already outnumber the roughly 4,000
			// killed in the four previous wars" (negs39_likened_term.yaml).
			return !passedMark(d, s, fi) && (amountBefore(d, s, k) || likeningVerb(word(k)))
		}
	}
	return false
}

// termVerbAt reports whether token k is a verb of comparison whose object
// opens with a determiner ("dwarfs the", "approach those"): what follows
// is the other term, not the verb's own measure ("exceeded 3 million").
func termVerbAt(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd {
		return false
	}
	word := sentenceWords(d, s)
	switch word(k + 1) { // the cheap test first: asked of every word walked
	case "the", "those", "that", "some":
		return comparisonVerb(word(k)) || likeningVerb(word(k))
	}
	return false
}

// likeningVerb reports whether w is a form of a verb that sets a count
// near another rather than past it: "approaches", "rivalled",
// "outnumbering". It compares only with a term that follows it, so it is
// kept apart from comparisonVerb, which also dates a year after it.
func likeningVerb(w string) bool {
	for _, v := range [...]string{"approach", "rival", "outnumber", "outpac"} {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// passedMark reports whether figure fi is a mark a count passes ("the
// 12 million mark", "the 50,000 threshold"): the word after it says so.
func passedMark(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd {
		return false
	}
	switch sentenceWords(d, s)(fe) {
	case "mark", "threshold", "milestone", "barrier", "line", "level":
		return true
	}
	return false
}

// secondAs reports whether the "as" at token k closes an "as many/much
// ... as" of comparison: "as many" or "as much" stands at most eight
// words before it.
func secondAs(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	for j := k - 1; j > s.TokStart && j >= k-8; j-- {
		if stretchMark(d, j) {
			return false
		}
		if w := word(j); (w == "many" || w == "much") && word(j-1) == "as" {
			return true
		}
	}
	return false
}
