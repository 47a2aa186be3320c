package figures

import "strings"

// "Scores" is a verb as often as a number in news: "He scores twice",
// "Israel scores a diplomatic win", "the region scores poorly on access",
// "the survey, which scores each district". As a number it opens a noun
// phrase ("scores of people"), stands as one ("scores were hurt", "killing
// scores"), or is bounded ("scores more", "scores dead"). A subject
// pronoun before it, or an object or adverb of scoring after it (an
// article, a possessive, a number, "twice"), makes it the verb, and no
// vague count is read, unless a verb in -ed or -ing or a preposition
// stands before it: then it is their object ("killed scores the night
// before").

// scoresObjects open what a verb "scores" takes: its object or its
// adverb. "that" and "which" are left out: "scores that had fled" is the
// number with a relative clause.
var scoresObjects = []string{"a", "an", "the", "his", "her", "its", "their", "our", "your", "my", "another",
	"twice", "again", "highly", "high", "low", "poorly", "well", "badly", "big", "points", "goals", "runs", "zero"}

// scoresSubjects are the pronouns that make the next word their verb.
// "that" and "which" are left out: "officials said that scores of people
// died", "a raid in which scores were hurt".
var scoresSubjects = []string{"he", "she", "it", "who", "everyone", "nobody"}

// scoresVerb reports whether "scores" at token j is the verb.
func (p *parser) scoresVerb(j int) bool {
	if p.has(j+1, fOf) {
		return false // "scores of people"
	}
	if p.isWord(j-1) && p.lowerIsAny(j-1, scoresSubjects) {
		return true
	}
	if p.toks[j].Break || uint(j+1) >= uint(len(p.toks)) || p.toks[j+1].Break {
		return false
	}
	if w := p.str(j - 1); p.has(j-1, fPrep) || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		// A verb's object or a preposition's: "strikes killed scores the
		// night before", "leaving scores the worse", "among scores".
		return false
	}
	return p.isNum(j+1) || p.has(j+1, fUnit|fTens) || p.isWord(j+1) && p.lowerIsAny(j+1, scoresObjects)
}
