package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A writer names a count in one sentence and gives its value in the next
// through a demonstrative: "Gaza's health ministry publishes a tally of
// the Palestinians killed nearly every morning. This week that number
// passed 39,000.", "Officials in both countries publish their own counts
// of the dead. That combined figure reached 33,179 on Sunday.", "In its
// latest update that number was 12,456." "That number", "this figure",
// "that tally" point back to the count just named, whoever owns it, as
// "The UN's figure" does (countnounsubject.go, which needs the owner
// because "the number" alone may be any count). The demonstrative opens
// the sentence, perhaps after a short fronted time or setting ("This
// week", "In its latest update"); an adjective of standing may stand
// before the noun ("combined", "latest"); a verb of value follows it and
// the figure follows the verb. The sentence before (in its paragraph) must
// name the metric's keyword with nothing it rules out beside it
// (pointedBackHits); the rest of the engine judges the figure as it would
// after the keyword itself.

// frontedWordsBeforeDemonstrative is how many words a fronted time or
// setting may hold before the demonstrative: "In its latest update".
const frontedWordsBeforeDemonstrative = 5

// thatCountHits appends a keyword hit on the count noun of "that number"
// opening sentence si for each metric whose keyword the sentence before
// names.
func (e *Engine) thatCountHits(st *docState, si int, hits []hit) []hit {
	d := st.d
	s := &d.Sentences[si]
	if !st.wordMarks(s).countNoun() || si == 0 {
		return hits // the sentence before, not the article's headline: "that" points to a sentence
	}
	noun := demonstrativeCountSubject(d, s)
	if noun < 0 {
		return hits
	}
	return e.pointedBackHits(st, si, noun, hits, func(*metric) bool { return true })
}

// demonstrativeCountSubject returns the count noun of "that number", "this
// figure", "that combined figure" opening sentence s as the subject of a
// verb of value whose complement is an amount, or -1.
func demonstrativeCountSubject(d *figures.Document, s *figures.Sentence) int {
	k := afterSpeakerLabel(d, s)
	dem := -1
	for n, t := 0, k; n <= frontedWordsBeforeDemonstrative && t < s.TokEnd; t++ {
		if figureAt(d, t) >= 0 {
			return -1
		}
		if !d.Tokens[t].IsWord() {
			if d.TokenText(t) != "," {
				return -1
			}
			continue
		}
		w := d.LowerTokenText(t)
		if (w == "that" || w == "this") && t+1 < s.TokEnd && demonstratedNoun(d, t+1) > 0 {
			dem = t
			break
		}
		if n == 0 && !frontedTimeOpener(w) {
			return -1
		}
		n++
	}
	if dem < 0 {
		return -1
	}
	noun := demonstratedNoun(d, dem+1)
	// The verb of value and the figure right after it.
	k, verb := noun+1, false
	for ; k < s.TokEnd && figureAt(d, k) < 0; k++ {
		if !d.Tokens[k].IsWord() {
			return -1
		}
		w := d.LowerTokenText(k)
		switch {
		case countSettingPreposition(w):
		case valueVerb(w):
			verb = verb || !stateTimeAdverb(w)
		default:
			return -1
		}
	}
	if k >= s.TokEnd {
		return -1
	}
	if fi := figureAt(d, k); !d.Figures[fi].Kind.IsAmount() {
		return -1
	}
	// The finder takes a verb of change into the figure as its qualifier:
	// "that number passed 39,000".
	if !verb && !(d.Tokens[k].IsWord() && valueVerb(d.LowerTokenText(k)) && !stateTimeAdverb(d.LowerTokenText(k))) {
		return -1
	}
	return noun
}

// pointsBack reports whether sentence si opens on a subject that points
// back to the count the sentence before in its paragraph names ("This
// week that number passed 39,000", "It is now about 1.4 million"): that
// sentence's words are its scope, as a question's are its answer's.
func pointsBack(d *figures.Document, si int) (before *figures.Sentence, ok bool) {
	if si <= 0 || d.Sentences[si].ParagraphStart {
		return nil, false
	}
	s := &d.Sentences[si]
	if demonstrativeCountSubject(d, s) < 0 && itComplement(d, s) < 0 {
		return nil, false
	}
	return &d.Sentences[si-1], true
}

// demonstratedNoun returns the count noun at token k, or after one
// adjective of standing there ("combined", "overall", "latest",
// "official", "verified"), or -1.
func demonstratedNoun(d *figures.Document, k int) int {
	for n := 0; n < 2 && k < len(d.Tokens) && d.Tokens[k].IsWord(); n++ {
		w := d.LowerTokenText(k)
		if figureNoun(w) || tallyNoun(w) {
			return k
		}
		switch w {
		case "combined", "overall", "latest", "official", "verified":
			k++
			continue
		}
		return -1
	}
	return -1
}

// frontedTimeOpener reports whether lower-cased w opens a short fronted
// time or setting before a demonstrative subject: "This week", "In its
// latest update", "By Sunday", "Now".
func frontedTimeOpener(w string) bool {
	switch w {
	case "in", "on", "by", "as", "at", "this", "last", "today", "now", "yesterday", "and", "but", "so":
		return true
	}
	return strings.HasSuffix(w, "day") && weekday(w)
}
