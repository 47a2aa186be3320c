package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A short phrase set off by a comma that says how long a noun has been in
// a state dates that state, not the sentence's count: "Gaza, under an
// Israeli blockade since 2007, has lost more than 34,000 people", "the
// health ministry of Hamas, in power in Gaza since 2007", "Gaza,
// blockaded since 2007". The phrase opens on "under", "in" or a past
// participle right after a noun's comma, holds no verb, figure, keyword
// or word of an event ("in the war since 2014" dates the war, which the
// count may run over) or of the violence that kills (violentState: "The
// Donbas, contested since 2014, has lost 3,400 civilians" counts from
// then), and ends with the year (since.go's earlierStart asks it, as it
// asks relativeAsideWithoutCount).

// stateAsideWords is how many words the phrase may hold before "since".
const stateAsideWords = 6

// stateAsideWithoutCount reports whether the year at token ts, after its
// "since", closes a comma-set phrase of a state on the noun before it.
func stateAsideWithoutCount(d *figures.Document, s *figures.Sentence, ts int, hits []hit) bool {
	if ts+1 < s.TokEnd {
		if w := d.TokenText(ts + 1); w != "," && w != "." && w != ";" {
			return false
		}
	}
	open := -1
	for k := ts - 2; k > s.TokStart && k >= ts-2-stateAsideWords; k-- {
		if d.TokenText(k) == "," {
			open = k
			break
		}
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) && d.TokenText(k) != "s" || inFigure(d, k) || eventNoun(d.LowerTokenText(k)) || violentState(d.LowerTokenText(k)) {
			return false
		}
	}
	if open < 0 || open-1 < s.TokStart || !d.Tokens[open-1].IsWord() || eventNoun(d.LowerTokenText(open-1)) {
		return false
	}
	if violentState(d.LowerTokenText(open + 1)) {
		return false
	}
	switch w := d.LowerTokenText(open + 1); {
	case w == "under" || w == "in":
	case len(w) > 4 && strings.HasSuffix(w, "ed") && isLowerWord(d.TokenText(open+1)):
	default:
		return false
	}
	if finiteVerbWithin(d, open+2, ts-open-3) {
		return false
	}
	return !countWordsIn(d, hits, open, ts)
}

// violentState reports whether lower-cased w names the violence a count of
// the dead runs over: a deadly event's noun (victims.go deadlyEvents:
// "fighting", "shelling", "siege"), or a form of its verbs ("shelled",
// "shellfire", "bombarded", "besieged", "attacked", "fought", "contested").
func violentState(w string) bool {
	if deadlyEvents[w] || w == "fire" || w == "gunfire" || w == "fought" {
		return true
	}
	for _, stem := range []string{"shell", "bomb", "fight", "attack", "besieg", "contest", "strik"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}
