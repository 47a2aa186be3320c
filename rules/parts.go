package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Parts and wholes: a figure that names a part of what a keyword counts
// ("24,686 of the dead", "Of the dead, ... 34,344"), or a part an earlier
// figure includes ("..., including about 2 million"), is not a running
// total.
//
// This file reads a part of what a keyword counts (partOf,
// partOfKeyword); frontedwhole.go reads a whole that opens the sentence,
// includedpart.go a part an earlier amount includes, and wholeofpart.go a
// figure that is the whole a part is taken of.

// partOf reports whether the figure ending at token fe names a part of
// what hit h counts: "N of" then the keyword, with only a determiner, an
// owner, the whole's own figure, a word of how the whole is counted or a
// superlative or a name between ("24,686 of the dead", "18 of Hamas's 24 battalions",
// "some of its fighters", "11,000 of its recorded deaths", "one of the
// largest arms deals", "Two of the US arms sales"); a quote may close on
// the figure ("'no more than 20,000' of the dead").
func partOf(d *figures.Document, fe int, h hit) bool {
	if h.start <= fe || h.start-fe > 12 {
		return false
	}
	if fe+1 < h.start && isQuoteMark(d.TokenText(fe)) {
		fe++ // a quoted figure: "'no more than 20,000' of the dead"
	}
	if !d.Tokens[fe].IsWord() || d.LowerTokenText(fe) != "of" {
		return false
	}
	if h.start == fe+1 && fe-1 > 0 && scaleOfCalque(d.LowerTokenText(fe-1)) {
		return false // "12 million of displaced persons": the count, not a part of it
	}
	rel := false // past a relative that names the whole: "of those who fled"
	wholeFig, mods := false, 0
	for k := fe + 1; k < h.start; k++ {
		t := d.Tokens[k]
		if rel {
			if w := d.LowerTokenText(k); t.IsWord() && (auxiliary(w) || relativeAdverb(w)) {
				continue // "of those who have since fled"
			}
			return false
		}
		if inFigure(d, k) {
			wholeFig = true
			continue // the whole's own figure: "24", "2.3 million"
		}
		if !t.IsWord() {
			if t.IsSymbol() && !isApostrophe(d.Text[t.Start:t.End]) {
				return false // a comma or a dash ends the phrase
			}
			continue // an apostrophe
		}
		switch w := d.LowerTokenText(k); w {
		case "the", "its", "their", "these", "those", "s":
			continue
		case "who", "that":
			// The whole told by a relative clause: "3.5m of those who
			// fled", "9,000 of the Palestinians who died".
			if k > fe+1 && (d.LowerTokenText(k-1) == "those" || peopleNoun(d, k-1)) {
				rel = true
				continue
			}
			return false
		default:
			if k+1 < h.start && peopleNoun(d, k) && (d.LowerTokenText(k+1) == "who" || d.LowerTokenText(k+1) == "that") {
				continue // the whole's noun before its relative: "of the people who"
			}
			if countedModifier(d.Text[t.Start:t.End], w) {
				continue // how the whole is counted: "11,000 of its recorded deaths"
			}
			if wholeFig && mods < 2 && wholeNounModifier(w) && isLowerWord(d.Text[t.Start:t.End]) {
				mods++
				continue // the whole's noun phrase past its figure: "of the 11,300 civilian deaths" (wholephrase.go)
			}
			if named(d, k) {
				continue // whose whole it is: "Two of the US arms sales" (part_of_named_whole.yaml)
			}
			if superlative(w) || k > fe+1 && (d.LowerTokenText(k-1) == "most" || d.LowerTokenText(k-1) == "least") {
				continue // a rank: "one of the largest arms deals", "one of the most expensive"
			}
			next := k + 1
			if next < h.start && d.Tokens[next].IsSymbol() && isApostrophe(d.Text[d.Tokens[next].Start:d.Tokens[next].End]) ||
				strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				continue // an owner: "Hamas's"
			}
			return false
		}
	}
	return true
}

// partOfKeyword reports whether the figure spanning tokens [fs, fe) of
// sentence s is a part of what keyword hit h counts: "N of the dead"
// (partOf), a sentence that opens with the whole ("Of the dead, ...":
// frontedWhole), a whole that includes it ("the displaced include N":
// keywordIncludes), or a whole it is said to be among ("N children are
// among the dead": amongWhole).
func partOfKeyword(d *figures.Document, s *figures.Sentence, fs, fe int, h hit) bool {
	return partOf(d, fe, h) || frontedWhole(d, s, h, fs) || keywordIncludes(d, h, fs) || amongWhole(d, s, fe, h)
}

// relativeAdverb reports whether w may stand between a relative pronoun and
// its verb without changing what the clause counts: "those who have since
// fled", "those who already died".
func relativeAdverb(w string) bool {
	switch w {
	case "since", "already", "now", "recently", "ever", "reportedly", "eventually":
		return true
	}
	return false
}

// keywordIncludes reports whether keyword hit h names a whole that
// includes the figure starting at token fs: "The displaced include 3.2
// million people who fled Khartoum", "the dead, including 14,000
// children": include in any form, at most two words after the keyword,
// then the figure at most two words on.
func keywordIncludes(d *figures.Document, h hit, fs int) bool {
	if h.end > fs || d.WordPos(fs)-d.WordPos(h.end) > 4 {
		return false
	}
	for k := h.end; k < fs && k < h.end+3; k++ {
		switch d.LowerTokenText(k) {
		case "include", "includes", "included", "including":
			return d.WordPos(fs)-d.WordPos(k+1) <= 2
		}
	}
	return false
}

// scaleOfCalque reports whether lower-cased w, the last word of a figure
// that "of" and a keyword follow with nothing between, is a scale a
// Spanish, Portuguese, French or Italian press joins to its noun with "of"
// ("12 millones de desplazados", "2 milhões de deslocados", "10 mille
// morts"), which its copy put into English keeps: "the war has generated
// 12 million of displaced persons". English takes a part of a whole only
// with a word after "of" that makes the whole definite ("of the dead",
// "of its fighters", "of Hamas's battalions"), so after a scale and
// nothing else the keyword is what the figure counts.
func scaleOfCalque(w string) bool {
	switch w {
	case "thousand", "million", "millions", "billion", "billions":
		return true
	}
	return false
}
