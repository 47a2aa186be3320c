package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A clause whose subject is a distributive "each" or "every" counts per
// unit, not the whole: "five regional brigades, ... each built from between
// four and six battalions", "four camps, each sheltering some 40,000
// people", "Each brigade fields four to six battalions". The figure is
// how many each one holds. Two shapes are the whole and stay: the figure
// as the object of the distributive's "of" ("Each of the more than 12,000
// civilians ... had a name", "Every dollar of the $3.3 billion"), and a
// time after it ("Each additional day of the truce would see 10 hostages
// freed"). So does a figure in a clause of its own after the
// distributive's: what each one says or does is about the whole ("Every
// agency agrees that 12 million are displaced", "Each side blames the
// other as 35,000 lie dead", "Each of the agencies says 35,000"). And so
// does a figure the story's tally takes ("Every agency puts the toll at
// more than 40,000"): each one's estimate of the whole.

// perEachReach is how many tokens may stand between the distributive and
// the figure.
const perEachReach = 6

// perEach reports whether figure fi of sentence s is counted per unit by a
// distributive "each" or "every" opening its clause. each says whether the sentence holds an "each" or an "every" (its
// sentenceMarks): without one only genericUnitCount can answer, and the
// walk back from the figure is not made.
func perEach(d *figures.Document, s *figures.Sentence, fi int, each bool) bool {
	if genericUnitCount(d, s, fi) {
		return true // "a brigade typically has three or four battalions" (genericunit.go)
	}
	if !each {
		return false
	}
	word := sentenceWords(d, s)
	fs, _ := d.FigureTokens(fi)
	if w := word(fs - 1); fs-1 >= s.TokStart && (w == "of" || w == "the" || w == "its" || w == "their") {
		return false // "Each of the 12,000", "every dollar of the $3.3 billion"
	}
	first := afterStamp(d, s)
	for k := fs - 1; k >= first && k >= fs-perEachReach; k-- {
		w := word(k)
		if periodWord(w) || figureIn(d, s, k) >= 0 {
			return false
		}
		if w != "each" && w != "every" {
			if !d.Tokens[k].IsWord() || clauseOpensAfterDistributive(w) {
				return false // the distributive is in another clause
			}
			if tallyNoun(w) && word(k-1) == "the" {
				return false // "Every agency puts the toll at 40,000": the tally's value, the whole
			}
			continue
		}
		if k == first {
			return true
		}
		switch word(k - 1) {
		case ",", ";", "—", "–", "(":
			return true
		}
		return false
	}
	return false
}

// clauseOpensAfterDistributive reports whether lower-cased w, between a
// distributive and the figure, puts the figure in a clause of its own: a
// verb of saying, whose object is what is said ("Each of the agencies says
// 35,000"), or a word that opens a clause ("agrees that", "as", "while").
func clauseOpensAfterDistributive(w string) bool {
	switch w {
	case "that", "as", "tell", "tells", "agree", "agrees", "show", "shows":
		return true
	}
	return speakingVerb(w) || subordinatingWord(w)
}

// periodWord reports whether lower-cased w names a span of time a
// distributive may count by ("each day", "every night"): a rate over time,
// which the time readings (change.go, period.go) judge, not a unit.
func periodWord(w string) bool {
	switch w {
	case "night", "nights", "morning", "mornings", "evening", "evenings", "weekend", "weekends":
		return true
	}
	return timeUnit(w)
}
