package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A yearly metric's figure marked as a year's amount before it, or as the
// part of a whole so marked, is one year's, whatever "since" the sentence
// holds (manyYears; yearly_part_of_whole.yaml): "Egypt's annual FMF grant
// of $1.3 billion has barely moved since 1987"; "Since 1987, Egypt has
// drawn $1.5 billion ... every year, of which $1.3 billion is FMF".

// yearlyNounOfWords is how many words may stand between a yearly word and
// the "of" before the figure: "annual Foreign Military Financing grant of".
const yearlyNounOfWords = 5

// yearlyNounOf reports whether figure fi follows the "of" of a noun phrase
// a yearly word opens ("annual", "yearly"), with only words between: the
// figure is that noun's amount, a year's ("its annual allocation of $3.3
// billion"). A figure after another word ("the annual report puts the total
// at $40 billion"), or after the "of" of another noun phrase ("the yearly
// review said the total of $40 billion"), is no such noun's.
func yearlyNounOf(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k <= s.TokStart || d.LowerTokenText(k) != "of" {
		return false
	}
	for t := k - 1; t >= s.TokStart && t >= k-1-yearlyNounOfWords; t-- {
		if !d.Tokens[t].IsWord() && !isApostrophe(d.TokenText(t)) || figureIn(d, s, t) >= 0 {
			return false
		}
		switch w := d.LowerTokenText(t); w {
		case "annual", "yearly":
			return true
		case "the", "a", "an", "its", "their", "his", "her":
			return false // another noun phrase: "The yearly review said the total of $40 billion"
		default:
			if auxiliary(w) {
				return false
			}
		}
	}
	return false
}

// yearlyWholePart reports whether figure fi is the part a partitive
// relative takes of a whole marked as a year's amount right after it or
// past its noun ("$1.5 billion in US assistance every year, of which $1.3
// billion"): the part is a share of that year's amount. The whole may
// stand before an aside between dashes that the relative follows ("$1.5
// billion ... each year — some $15 billion across a decade — of which").
func yearlyWholePart(d *figures.Document, s *figures.Sentence, fi int) bool {
	w := relativeWhole(d, s, fi)
	if w < 0 {
		w = wholeBeforeAside(d, s, fi)
	}
	return w >= 0 && (perYearAfter(d, s, w) || perYearPastNoun(d, s, w))
}

// wholeBeforeAside returns the amount of fi's kind that ends right before
// a dash opening an aside, when the aside's closing dash is followed by "of
// which" and fi ("... each year — some $15 billion across a decade — of
// which $1.3 billion"), or -1. The whole is read up to four words before
// the opening dash, past the words of its noun and its yearly word.
func wholeBeforeAside(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	k := fs - 3
	if k <= s.TokStart || !partitivePronoun(d.LowerTokenText(k+1), d.LowerTokenText(k+2)) || !isDash(d.TokenText(k)) {
		return -1
	}
	open := -1
	for t := k - 1; t > s.TokStart; t-- {
		if isDash(d.TokenText(t)) {
			open = t
			break
		}
	}
	if open < 0 {
		return -1
	}
	for fj := fi - 1; fj >= s.FigStart; fj-- {
		_, fe := d.FigureTokens(fj)
		if fe > open {
			continue
		}
		if d.Figures[fj].Kind != d.Figures[fi].Kind || d.WordPos(open)-d.WordPos(fe) > 6 {
			return -1
		}
		return fj
	}
	return -1
}
