package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A word inside a name matches a rule only as written: stems join words
// that names keep apart ("International Organization for Migration" is no
// "internally" displaced, "the Organ Donation Act" no "organization").

// caseOf is what a sentence's capitals say, worked out when first needed.
type caseOf uint8

const (
	unknownCase caseOf = iota
	runningText        // capitals mark names and the first word
	titleCased         // a headline with most words capitalised
)

// inName reports whether token ti of sentence s is a capitalised word, not
// the sentence's first (nor the first past a stamp or a dateline), next to
// another capitalised word: a part of a
// name. In a title-cased headline every word is capitalised and says
// nothing. tc caches the sentence's case.
func inName(d *figures.Document, s *figures.Sentence, ti int, tc *caseOf) bool {
	if ti == s.TokStart || !named(d, ti) || !named(d, ti-1) && !named(d, ti+1) && !linkedName(d, s, ti) {
		return false
	}
	if ti == afterStamp(d, s) {
		// The first word of what the sentence says, past a stamp or a
		// dateline, is capitalised as any first word is: "WASHINGTON
		// (CCW) – Annual US military aid of $3.8 billion ...".
		return false
	}
	if *tc == unknownCase {
		*tc = sentenceCase(d, s)
	}
	return *tc == runningText
}

// linkedName reports whether capitalised token ti follows "the", "of" or
// "for" after another capitalised word: a name's words joined by a small
// word ("Save the Children", "Friends of the Earth" has "of" then "the").
func linkedName(d *figures.Document, s *figures.Sentence, ti int) bool {
	k := ti - 1
	for n := 0; n < 2 && k > s.TokStart; n++ {
		switch d.TokenText(k) {
		case "the", "of", "for":
			k--
			continue
		}
		break
	}
	return k < ti-1 && k >= s.TokStart && named(d, k)
}

// sentenceCase says whether most words of four letters or more in s are
// capitalised (a title-cased headline) or not.
func sentenceCase(d *figures.Document, s *figures.Sentence) caseOf {
	upper, lower := 0, 0
	for k := s.TokStart; k < s.TokEnd; k++ {
		if !d.Tokens[k].IsWord() || len(d.TokenText(k)) < 4 {
			continue
		}
		if named(d, k) {
			upper++
		} else {
			lower++
		}
	}
	if upper > lower {
		return titleCased
	}
	return runningText
}
