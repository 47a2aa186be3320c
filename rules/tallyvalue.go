package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A tally's own noun as the subject of a verb that sets its value stands
// for what the sentence counts, however far the keyword that says so:
// "each day's recoveries added to the total, which has now climbed past
// 47,000" after "Why did the toll rise?", "which is why the UN's overall
// count still stands at about 11.8 million" in a sentence on the
// displaced. The figure is the tally's value, as near the sentence's
// keyword as the noun is to the figure. A noun with an "of" phrase names its own count
// (countPhrase reads it); only a bare "total", "count", "tally", "toll"
// or "number" is read here, right before its verb or a ", which" clause.

// tallyValue returns the token of a bare tally noun whose verb sets
// figure fi of sentence s, or -1: the noun, perhaps ", which", verbs and
// adverbs of setting ("has now climbed past", "still stands at"), the
// figure. "toll" is left out: it names the dead, a keyword of the metrics
// that count them and of no other.
func tallyValue(d *figures.Document, s *figures.Sentence, fi int) int {
	words := sentenceWords(d, s)
	word := func(k int) string {
		if k < s.TokStart {
			return ""
		}
		return words(k)
	}
	fs, _ := d.FigureTokens(fi)
	p := fs
	verb := countSettingVerb(word(fs)) // the figure holds its verb: "climbed past 47,000"
	for p > s.TokStart {
		w := word(p - 1)
		if countSettingVerb(w) || w == "still" || w == "stand" {
			verb = true
		} else if !countSettingPreposition(w) {
			break
		}
		p--
	}
	if !verb {
		return -1
	}
	if word(p-1) == "which" && word(p-2) == "," {
		p -= 2
	}
	if n := word(p - 1); !tallyNoun(n) || n == "toll" {
		return -1 // a toll is the dead's: a keyword of its own where it is one
	}
	if word(p) == "of" {
		return -1 // "the number of ..." is countPhrase's
	}
	return p - 1
}
