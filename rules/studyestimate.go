package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A study's estimate is not the running tally that a total counts: "A
// peer-reviewed study in The Lancet estimated 64,260 deaths from traumatic
// injury in Gaza", "Researchers at Johns Hopkins calculate that some 9,000
// more died", "a survey found that 20,000 ...". The tally is what a
// ministry, an agency or a monitor reports and outlets relay; what
// research estimates (a model, a survey, a capture-recapture analysis)
// is another measure, often set against the tally ("some 40 per cent
// above the ministry's count"). The subject of a verb of estimating names
// the research; the figure is the verb's object. A study that cites the
// tally ("A study found that the ministry's list ... had grown to
// 37,877") makes the figure no object of its verb and leaves it.

// studyReach is how many tokens before a verb of estimating its subject's
// research noun may stand ("A peer-reviewed study in The Lancet").
const studyReach = 8

// studyEstimate reports whether figure fi of sentence s is the object of
// a verb of estimating whose subject names research (a study, a survey,
// researchers), stands further in such a verb's "that" clause, or is
// credited to research after it.
func studyEstimate(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	v := fs - 1
	if w := word(fs); estimateVerb(w) || findingVerb(w) {
		v = fs // the qualifier is the verb: "estimated 64,260 deaths"
	} else if v > s.TokStart && word(v) == "that" {
		v-- // "estimated that 64,260 ..."
	}
	if v > s.TokStart && (estimateVerb(word(v)) || findingVerb(word(v))) && researchSubject(d, s, v) {
		return true
	}
	if t := thatClauseVerb(d, s, fs); t >= 0 && researchSubject(d, s, t) {
		return true // "A study estimated that ... may have reached 64,260"
	}
	return researchCredited(d, s, fi)
}

// researchCreditReach is how many tokens after a figure the words that
// credit it to research may stand ("'at least 64,000' after Lancet study").
const researchCreditReach = 6

// researchCredited reports whether figure fi's own stretch credits it to
// research after it: "after", "according to" or "per", then a research
// noun within three words ("Gaza toll 'at least 64,000' after Lancet study
// of undercounting", "some 9,000, according to a survey"). A headline
// gives a study's estimate so.
func researchCredited(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if revisedToLevel(d, s, fs) {
		return false // "revised up to 13 million after Darfur survey" (changedfromafter.go)
	}
	word := sentenceWords(d, s)
	for k := fe; k < s.TokEnd && k < fe+researchCreditReach; k++ {
		w := word(k)
		if w == ";" || w == ":" || figureIn(d, s, k) >= 0 {
			return false
		}
		from := -1
		switch {
		case w == "after" || w == "per":
			from = k + 1
		case w == "according" && word(k+1) == "to":
			from = k + 2
		}
		if from < 0 {
			continue
		}
		for j := from; j < s.TokEnd && j <= from+3; j++ {
			if upperWord(d.TokenText(j)) && len(d.TokenText(j)) >= 2 {
				return false // "per the latest IOM survey": the counting agency's own count
			}
			if researchNoun(word(j)) {
				return !recountOfTally(d, s, j+1)
			}
		}
		return false
	}
	return false
}

// recountOfTally reports whether the research noun before token k is of a
// tally's own data ("a Reuters analysis of health ministry data", "a
// review of the ministry's lists"): the count read again, not an estimate
// of its own. Records are what a study counts from afresh ("a new study of
// hospital records"), not a tally.
func recountOfTally(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if word(k) != "of" {
		return false
	}
	for j := k + 1; j < s.TokEnd && j <= k+5; j++ {
		switch w := word(j); {
		case w == "data" || w == "list" || w == "lists" || w == "figures" || tallyNoun(w):
			return true
		case !d.Tokens[j].IsWord() && !isApostrophe(w):
			return false
		}
	}
	return false
}

// thatClauseReach is how many tokens before a figure the "that" opening
// the clause it stands in may be ("estimated that traumatic injury deaths
// in the first nine months may have reached 64,260").
const thatClauseReach = 18

// thatClauseVerb returns the token of a verb of estimating or finding
// whose "that" opens the clause figure [fs, ...) stands in, further in than
// its object (or whose clause opens with "the" and no "that", past a
// participle's aside: "suggested the true toll, counting indirect deaths,
// could be as high as 186,000"), or -1: "A Lancet study estimated that traumatic injury
// deaths ... may have reached 64,260". A clause whose subject is a tally
// or an owner's list ("found that the ministry's list ... had grown to
// 37,877") cites the tally, and is left; a place's 's in a phrase of
// place ("deaths in Gaza's first nine months") owns no list, and "the true
// number", "the real toll" name what research estimates, not a kept tally.
func thatClauseVerb(d *figures.Document, s *figures.Sentence, fs int) int {
	word := sentenceWords(d, s)
	for k := fs - 1; k > s.TokStart && k >= fs-thatClauseReach; k-- {
		w := word(k)
		switch {
		case w == ",":
			if j := participleAsideOpen(d, s, k); j >= 0 {
				k = j // "the true toll, counting indirect deaths, could be" (participleaside.go)
				continue
			}
			return -1
		case w == ";" || w == ":":
			return -1
		case tallyNoun(w) && !trueCount(word(k-1)) && !trueCount(word(k-2)) || w == "list" || isApostrophe(d.TokenText(k)) && !placeOwnerAt(d, s, k):
			return -1
		case w == "that":
			if v := word(k - 1); estimateVerb(v) || findingVerb(v) {
				return k - 1
			}
			return -1
		case (estimateVerb(w) || findingVerb(w)) && word(k+1) == "the":
			return k // no "that": "suggested the true toll ... could be"
		}
	}
	return -1
}

// researchSubject reports whether the subject of the verb at token v
// names research: a study, a survey, researchers, within studyReach
// tokens before it.
func researchSubject(d *figures.Document, s *figures.Sentence, v int) bool {
	word := sentenceWords(d, s)
	for k, from := v-1, v-studyReach; k >= s.TokStart && k >= from; k-- {
		w := word(k)
		if w == "," && k == v-1 {
			if j := participleAsideOpen(d, s, k); j >= 0 {
				k, from = j, j-studyReach // "A study ..., using ..., estimated" (participleaside.go)
				continue
			}
		}
		if w == ";" || w == ":" || w == "," && k < v-1 {
			return false
		}
		if researchNoun(w) {
			return true
		}
	}
	return false
}

// findingVerb reports whether lower-cased w says research arrived at what
// follows, beside estimateVerb's: "calculated", "found", "modelled",
// "suggested", "concluded".
func findingVerb(w string) bool {
	switch w {
	case "calculated", "calculates", "calculate", "found", "finds", "find", "modelled", "modeled", "projected", "projects",
		"suggested", "suggests", "suggest", "concluded", "concludes", "conclude":
		return true
	}
	return false
}

// researchNoun reports whether lower-cased w names research or those who
// do it: "study", "survey", "researchers", "analysis". Those who practise
// a science are named by its suffix, not listed one by one
// ("epidemiologists", "sociologists", "demographers", "biostatisticians",
// "scientists"): a list of them misses the next discipline a story cites.
func researchNoun(w string) bool {
	switch w {
	case "study", "studies", "survey", "surveys", "paper", "analysis", "research", "researchers", "model",
		"modelling", "modeling", "academics":
		return true
	}
	for _, suffix := range [...]string{"ologists", "ographers", "scientists", "statisticians"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// placeOwnerAt reports whether the apostrophe at token k makes a name a
// place's owner in a phrase of place: "in Gaza's first nine months",
// "across Gaza's five governorates". Such an 's owns a stretch of the
// place or its time, not a keeper's list.
func placeOwnerAt(d *figures.Document, s *figures.Sentence, k int) bool {
	if k-2 < s.TokStart || !named(d, k-1) {
		return false
	}
	switch d.LowerTokenText(k - 2) {
	case "in", "across", "throughout":
		return true
	}
	return false
}

// trueCount reports whether lower-cased w, before a tally's noun, makes it
// the count in reality that research estimates, not a kept tally: "the
// true number", "the real toll", "the actual death toll".
func trueCount(w string) bool {
	return w == "true" || w == "real" || w == "actual"
}
