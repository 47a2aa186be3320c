package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A change told new value first ("rose to 43,163 from 43,061", "was
// lowered to 34,262, from 34,844 dead", "rose to $3.3bn under the 2016
// memorandum, from $3.1bn under the previous one", "put the figure at
// 36,050 on Saturday, from 35,984"): the figure after "from" is where the
// count stood before the change, as it is in "from 43,061 to 43,163". News
// writes the new value first as often as last, and a keyword nearer the
// old figure ("as bodies were recovered") must not make it the count now.
// earlierValue (figurefacts.go) asks fromAfterNewLevel for the "from" that
// governs a figure. (change_to_then_from.yaml)

// fromAfterLevelWords is how many tokens a phrase of the new level's own
// may hold between it and the "from": "on Monday", "this month", "under
// the 2016 memorandum", "after a recount".
const fromAfterLevelWords = 5

// fromAfterNewLevel reports whether the "from" at token from follows,
// perhaps past a comma and a short phrase with no amount and no clause
// mark of its own, an amount that a change reached (changedToLevel): the
// figure "from" governs is then where the change started.
func fromAfterNewLevel(d *figures.Document, s *figures.Sentence, from int) bool {
	word := sentenceWords(d, s)
	k := from - 1
	if word(k) == "," {
		k--
	}
	for n := 0; k > s.TokStart && n <= fromAfterLevelWords; n++ {
		if fj := figureIn(d, s, k); fj >= 0 {
			fs, _ := d.FigureTokens(fj)
			if d.Figures[fj].Kind.IsAmount() {
				return changedToLevel(d, s, fs)
			}
			k = fs - 1 // a year or a date of the phrase: "the 2016 memorandum"
			continue
		}
		if !d.Tokens[k].IsWord() || isClauseMark(word(k)) || coordinator(word(k)) {
			return false
		}
		k--
	}
	return false
}

// changedLevelWords is how far before the "to" a verb of change may stand,
// its object between: "revised its count of people displaced in Sudan
// down to" is nine.
const changedLevelWords = 10

// changedToLevel reports whether the amount opening at token fs is the
// level a change reached: after "to" (perhaps "up to", "down to") with a
// verb of change at most changedLevelWords tokens before it in its clause
// ("rose to", "raised its count to", "was revised up to", "pushed up
// to"), or after "at" and a verb that puts a count at a value ("put the
// figure at").
func changedToLevel(d *figures.Document, s *figures.Sentence, fs int) bool {
	word := sentenceWords(d, s)
	if valuedLevel(d, s, fs) {
		return true
	}
	k := fs - 1
	if w := word(fs); (w == "up" || w == "down") && word(fs+1) == "to" {
		k = fs + 1 // the finder's "up to" of "revised up to 13 million"
	}
	if word(k) != "to" {
		return false
	}
	k--
	if w := word(k); w == "up" || w == "down" {
		// "revised down to", "marked up to": a past verb before the
		// particle moves the count.
		if v := word(k - 1); changeVerb(v) || isLowerWord(v) && strings.HasSuffix(v, "ed") {
			return true
		}
	}
	for ; k >= s.TokStart && k >= fs-1-changedLevelWords; k-- {
		w := word(k)
		if isClauseMark(w) || figureIn(d, s, k) >= 0 {
			return false
		}
		if changeVerb(w) {
			return true
		}
	}
	return false
}

// coordinator reports whether lower-cased w joins two clauses or phrases:
// a "from" past it belongs to what it joins, not to the figure before it.
func coordinator(w string) bool {
	switch w {
	case "and", "but", "or", "while", "whereas", "as", "when":
		return true
	}
	return false
}

// revisedToLevel reports whether the amount opening at token fs is the
// level a keeper revised its count to (changedToLevel, with a verb of
// revising among the words before the "to": "revised up to 13 million",
// "raised its estimate to", "lowered the toll to"): what comes after it
// ("after a survey") says why the keeper moved its count, and credits
// the figure to no one else. (revised_after_survey.yaml)
func revisedToLevel(d *figures.Document, s *figures.Sentence, fs int) bool {
	if !changedToLevel(d, s, fs) {
		return false
	}
	word := sentenceWords(d, s)
	for k := fs - 1; k >= s.TokStart && k >= fs-1-changedLevelWords; k-- {
		w := word(k)
		if isClauseMark(w) {
			return false
		}
		for _, stem := range [...]string{"revise", "raise", "lower", "update", "correct", "adjust"} {
			if verbForm(w, stem) {
				return true
			}
		}
	}
	return false
}

// revisionCauseWords is how many tokens may stand between "after" and an
// exclude_near word of the cause: "after a new Darfur".
const revisionCauseWords = 4

// inRevisionCause reports whether hit h stands in the phrase of cause
// ("after", "following") right after the figure [fs, fe) that a keeper
// revised its count to (revisedToLevel): "revised up to 13 million after
// Darfur survey" names where the survey was, not a part the count holds.
func inRevisionCause(d *figures.Document, s *figures.Sentence, fs, fe int, h hit) bool {
	if s == nil || h.start <= fe || h.start > fe+1+revisionCauseWords {
		return false
	}
	switch d.LowerTokenText(fe) {
	case "after", "following":
	default:
		return false
	}
	for k := fe + 1; k < h.start; k++ {
		if !d.Tokens[k].IsWord() {
			return false
		}
	}
	return revisedToLevel(d, s, fs)
}
