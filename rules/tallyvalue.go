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

// tallyNearerCount reports whether the counted noun nearest before tally
// noun t is an exclude_near hit rather than a keyword of role r: "the
// ministry counts the dead, but it also counts the injured, and that
// number is now over a hundred thousand" gives the injured's number, the
// noun points back to, not the dead's. An excluded noun whose figure
// stands right before it ("the roughly 1.3 million returnees") has its
// number told already: the tally does not point back to it. Only a group
// the excluded words name as a noun ("the injured") counts here, not a
// place or a time ("mostly to Gezira and Khartoum", "this year").
func tallyNearerCount(d *figures.Document, hits []hit, r role, t int) bool {
	near, nearEnd := false, -1
	for _, h := range hits {
		if h.end > t || h.end <= nearEnd {
			continue
		}
		switch h.ref.role {
		case r:
			near, nearEnd = false, h.end
		case roleNear:
			if countedGroup(d, h.start) && !countedBefore(d, h.start) {
				near, nearEnd = true, h.end
			}
		}
	}
	return near
}

// countedBefore reports whether a figure ends right before token k, or one
// word before it ("1.3 million returnees", "12,000 newly displaced").
func countedBefore(d *figures.Document, k int) bool {
	return figureAt(d, k-1) >= 0 || k >= 2 && d.Tokens[k-1].IsWord() && figureAt(d, k-2) >= 0
}

// countedGroup reports whether the hit at token k names a group as a
// noun: "the" before a word that is no name ("the injured", "the
// returnees").
func countedGroup(d *figures.Document, k int) bool {
	return k >= 1 && d.LowerTokenText(k-1) == "the" && !named(d, k)
}

// placePhraseHit reports whether keyword hit h is a phrase of place ("in
// Rafah"): it says where people are, not what is counted, so a bare tally
// noun never points back to it, nor does a count noun in a later clause
// (clausecount.go). In "strikes in Rafah killed 11 people; the
// ministry's total is now nearly 33,100" the total is the dead's, the
// count of the verb beside the place, not the number of people in Rafah.
func placePhraseHit(d *figures.Document, h hit) bool {
	switch d.LowerTokenText(h.start) {
	case "in", "inside", "at", "into", "within":
		return h.end > h.start+1
	}
	return false
}
