package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// "On the run" is flight from a war when a figure counts the people on the
// run and the sentence names the war: "Sudan: 11 million now on the run,
// with the war in a third year", "nearly 12 million Sudanese now on the run:
// that is what the fighting has cost". Without a war it is the fugitive's ("400
// inmates on the run after a jailbreak"), and held people on the run
// escaped a jail, war or not ("120,000 prisoners on the run during the
// war"). A vocabulary entry written "on the run WAR" matches its words
// only where a figure counts them (right before, or one people noun
// between that names no one held: the prisoners vocabulary's words) and a
// deadly event's noun stands anywhere in the sentence. "on the run from"
// needs neither: the danger is named after it.

// WarMark ends a vocabulary entry that needs a figure before it and a
// deadly event in its sentence.
const WarMark = "WAR"

// warHeld reports whether phrase ph, matched from token ti, may count: any
// phrase but a WAR one, or that one counted by a figure in a sentence that
// names a deadly event.
func warHeld(d *figures.Document, s *figures.Sentence, ti int, ph *phrase) bool {
	if !ph.war {
		return true
	}
	return countedBeforeRun(d, s, ti) && deadlyEventIn(d, s)
}

// countedBeforeRun reports whether a figure ends right before token ti, or
// before one people noun that names no one held and no combatants ("ten
// million people", "nine million Sudanese"; not "150,000 inmates", "200,000
// soldiers", whose run is a jailbreak or a desertion), a verb group of
// being perhaps between: an adverb of time ("11 million now on the run",
// "still"), a form of be, remain or stay with its auxiliaries ("some 12
// million Sudanese are on the run", "11 million people remain on the run",
// "have been", "will stay": review39 on tune39).
func countedBeforeRun(d *figures.Document, s *figures.Sentence, ti int) bool {
	for ti-1 > s.TokStart && runLinkWord(d.LowerTokenText(ti-1)) {
		ti--
	}
	if ti-1 < s.TokStart {
		return false
	}
	if figureIn(d, s, ti-1) >= 0 {
		return true
	}
	if ti-2 < s.TokStart || figureIn(d, s, ti-2) < 0 || !peopleNoun(d, ti-1) {
		return false
	}
	w := d.LowerTokenText(ti - 1)
	return !heldPeople()[stem(w)] && !combatantNoun(w)
}

// runLinkWord reports whether lower-cased w may stand in the verb group
// between the people counted and "on the run": an adverb of time, a form
// of be, an auxiliary of the perfect or a modal, or a form of remain or
// stay.
func runLinkWord(w string) bool {
	if stateTimeAdverb(w) || beForm(w) || modalWord(w) {
		return true
	}
	switch w {
	case "have", "has", "had":
		return true
	}
	switch stem(w) {
	case "remain", "stay":
		return true
	}
	return false
}

// deadlyEventIn reports whether a deadly event's noun stands anywhere in
// sentence s.
func deadlyEventIn(d *figures.Document, s *figures.Sentence) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		if d.Tokens[k].IsWord() && deadlyEvents[d.LowerTokenText(k)] {
			return true
		}
	}
	return false
}

// heldStems is the stems of the one-word entries of the shipped prisoners
// vocabulary: the nouns of people held (prisoners, detainees, inmates,
// convicts), whose run is an escape.
var heldStems = stemSet{vocab: "prisoners"}

func heldPeople() map[string]bool { return heldStems.get() }
