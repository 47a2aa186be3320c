package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// What a figure may come to, rather than what was counted: a projection
// ("could reach 186,000"), the subject of a modal ("85,000 more people
// could die"), what a chance is given of, or how much a count changed.

// projection returns the token of the modal that makes figure fi a
// projection ("the toll could reach 186,000", "may soon top 40,000",
// "would rise to 2 million"): a modal, perhaps one adverb, a verb that sets
// or moves a figure, perhaps its particle, then the figure. Otherwise -1.
// "would free 150 prisoners" is an offer, not a projection: "free" sets no
// mark. A verb of change reaching its figure through "to" moves a figure
// down as well as up: "would fall to $2 billion by 2030", "could shrink to
// 300,000" are what a figure may come to, as "would rise to" is. Such a
// verb after a modal is bare: "in May displacement fell to 1.2 million"
// has a month, and a fall told (bareChangeVerb).
//
// The verb may be the figure's own bound ("could exceed 14,000" is the
// figure "exceed 14,000"), and an adverb of degree may stand between the
// verb and its particle ("could rise eightfold, to more than 20,000").
//
// mayForecast is whether the figure's sentence may hold forecast's word
// (sentenceMarks.forecast): without one, forecast is not asked.
func projection(d *figures.Document, fi int, mayForecast bool) int {
	if j := modalProjection(d, fi); j >= 0 {
		return j
	}
	if j := forecastVerb(d, fi); j >= 0 {
		return j
	}
	if j := forecastNounOf(d, fi); j >= 0 {
		return j // "the Lancet letter's projection of 186,000 deaths" (forecastnoun.go)
	}
	if j := modalCause(d, fi); j >= 0 {
		return j
	}
	if j := causedProjection(d, fi); j >= 0 {
		return j // "could cause as many as 85,000 additional deaths" (causedprojection.go)
	}
	if j := drivenProjection(d, fi); j >= 0 {
		return j // "would send hundreds of thousands of Gazans into Sinai" (drivenprojection.go)
	}
	if j := possibleCount(d, fi); j >= 0 {
		return j // "puts possible Gaza deaths at 186,000" (possiblecount.go)
	}
	if si := d.SentenceAt(d.Figures[fi].Start); si >= 0 {
		if j := futureWhen(d, &d.Sentences[si], fi); j >= 0 {
			return j // "When the ministry's figure climbs to 70,000, and it will, ..." (futurewhen.go)
		}
	}
	if j := restatedProjection(d, fi, mayForecast); j >= 0 {
		return j // "could number in the tens of thousands, perhaps as many as 90,000" (restatedprojection.go)
	}
	if !mayForecast {
		return -1
	}
	return forecast(d, fi)
}

// modalProjection is projection's modal, or "expected to", before a verb
// that sets or moves figure fi; -1 when there is none.
func modalProjection(d *figures.Document, fi int) int {
	fs, _ := d.FigureTokens(fi)
	// A speaker's aside may part the verb from its figure ("could see
	// another, what, half a million": modalreach.go).
	k := asidesBefore(d, fs) - 1
	if k >= 1 && k < fs-1 && addedBefore(d.LowerTokenText(k)) {
		k--
	}
	// The figure's first token is most often a number, which no verb's
	// lemma is: its text is looked up only when it is a word.
	particle := false // the verb reaches the figure through "to", "past", ...
	if d.Tokens[fs].IsWord() && figures.IsBoundVerb(d.LowerTokenText(fs)) {
		k = fs
	} else if k >= 0 {
		if k >= 1 && d.LowerTokenText(k) == "the" && rangeInto(d.LowerTokenText(k-1)) {
			k-- // a vague amount's range: "could number in the tens of thousands"
		}
		switch d.LowerTokenText(k) {
		case "to", "past", "towards", "toward", "above", "over", "beyond", "in", "into":
			k--
			particle = true
			if k >= 1 && d.Tokens[k].IsSymbol() && d.TokenText(k) == "," {
				k--
			}
			if k >= 1 && degreeAdverb(d.LowerTokenText(k)) {
				k--
			}
		case "at", "about":
			// "could be looking at 50,000 dead by the summer", "will be
			// talking about 2 million": the speaker's "be looking at"
			// is the modal "be" (modalbe.go).
			if k >= 2 && prospectVerb(d.LowerTokenText(k-1), d.LowerTokenText(k)) && d.LowerTokenText(k-2) == "be" {
				k -= 2
			}
		}
	}
	if w := d.LowerTokenText(max(k, 0)); k < 1 || !figures.IsBoundVerb(w) && !amountVerb(w) && !seeVerb(w) && !(costVerb(w) && costsLives(d, fi)) && !modalBeComplement(d, fi, k) && !(particle && bareChangeVerb(w)) {
		return -1
	}
	// A phrase of time may stand between the modal and its verb: "might
	// one day reach" (modalreach.go).
	v := timeBeforeVerb(d, k-1)
	for j := v - 1; j >= 0 && j >= v-2; j-- {
		switch w := d.LowerTokenText(j); {
		case comingModal(w):
			return j
		case w == "to":
			// "is expected to rise to", "is projected to reach", "is set
			// to pass": a verb of expecting before "to" is a modal too,
			// and so is one whose object stands between ("expect the
			// number of displaced to hit 13 million").
			if j >= 1 && expectVerb(d.LowerTokenText(j-1)) {
				return j - 1
			}
			if e := expectsObject(d, j); e >= 0 {
				return e
			}
		}
	}
	// A question puts its subject between them: "Could Gaza's death toll
	// reach 100,000?" (modalreach.go).
	return invertedModal(d, fi, v)
}

// eventSubjectOfModal reports whether keyword hit h is the noun figure fi
// counts, standing right after it (past at most one modifier: "excess
// deaths", "further fatalities"), before modal mj: "as many as 186,000
// deaths could eventually be attributable to the conflict" are deaths that
// may come. A keyword that is a participle ("1.4 million displaced could
// face famine") or a capitalised name counts people there now, and so
// does a figure whose noun is no keyword ("1.4 million people could").
func eventSubjectOfModal(d *figures.Document, fi int, h hit, mj int) bool {
	_, fe := d.FigureTokens(fi)
	if mj < 0 || h.start < fe || h.start > fe+1 || h.end > mj {
		return false
	}
	w := d.TokenText(h.end - 1)
	return isLowerWord(w) && pluralForm(w)
}

// modalAfter returns the token of the modal of which figure fi is the
// subject ("as many as 85,000 more people could die", "500,000 could be
// forced from their homes"): at most four words, none of which opens
// another clause, stand between them, and the modal is not the start of a
// past conjecture ("could have died" estimates a count). Otherwise -1.
// The figure is a projection when the words that name what it counts
// follow the modal; "1.4 million people could face famine" still counts
// the people there now. A figure set off by commas in apposition to the
// subject is the subject too: "tens of thousands more, possibly 85,000,
// could die". The modal stands in the figure's sentence s: a headline or
// a list item ends at its line break with no stop, and the next line's
// "Will the world act?" is no modal of its figure.
func modalAfter(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe; k < fe+5 && k < s.TokEnd; k++ {
		if k == fe && fs > 0 && d.TokenText(fs-1) == "," && d.TokenText(k) == "," {
			continue // the apposition's closing comma
		}
		if !d.Tokens[k].IsWord() {
			return -1
		}
		if d.TokenText(k) == "May" {
			return -1 // the month: "35,000 deaths by May"
		}
		modal := d.LowerTokenText(k)
		if comingModal(modal) {
			switch word(k + 1) {
			case "have", "ve", "already", "actually", "well":
				return -1
			case "now", "still":
				// "may still be trapped" estimates today; "would still
				// occur" says what is to come, and so does "could still
				// be in Rafah by the summer", a state its clause puts
				// ahead (hedgedstate.go; modal_still_ahead.yaml).
				if modal != "would" && modal != "will" && !stateAhead(d, s, k+2) {
					return -1
				}
			}
			return k
		}
		if expectingPassive(modal) {
			// A passive of expecting is a modal: "85,750 excess deaths are
			// projected by August", "1.4 million are expected to flee".
			if k > fe && auxiliary(d.LowerTokenText(k-1)) {
				return k
			}
			continue
		}
		switch modal {
		case "who", "which", "that", "and", "or", "but", "than", "if", "as", "when", "while", "because", "of":
			return -1
		}
	}
	return -1
}

// expectingPassive reports whether lower-cased w is a participle of
// expecting that, after an auxiliary, makes its subject what may come
// (modalAfter): "are projected", "are expected".
func expectingPassive(w string) bool {
	switch w {
	case "projected", "expected", "forecast", "predicted":
		return true
	}
	return false
}

// changeBy reports whether figure fi is how much a count changed, not the
// count: what was added ("the ministry added 1,852 deaths"), or "by" right before it, after a verb of change ("has grown by 1.1
// million", "rose by 150 overnight", "jumped by another 2,000", the
// headline's "deaths jump by 3,000"), or how far
// one count is from another: a comparative and "than" right after it,
// perhaps past its noun ("tens of thousands higher than the UN's figure",
// "4,000 deaths more than last year").
func changeBy(d *figures.Document, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	for k := fe; k < fe+2 && k+1 < len(d.Tokens) && d.Tokens[k].IsWord(); k++ {
		if w := d.LowerTokenText(k); comparative(w) && strings.EqualFold(d.TokenText(k+1), "than") {
			if k > fe && figureAt(d, k) >= 0 {
				// The comparative is a later figure's own bound, past a
				// verb: "the tally of over 35,000 included more than
				// 14,500 children" compares nothing
				// (total_including_bounded_part.yaml).
				break
			}
			// The figure's noun only may stand between: "34,000 and
			// more than a million" compares nothing. The word after the
			// figure is looked up in clauseStops only here,
			// where it decides, not for every figure.
			if k == fe || !clauseStop(d.LowerTokenText(fe)) {
				return true
			}
			break
		}
	}
	k := fs - 1
	if k >= 0 && d.LowerTokenText(k) == "another" {
		k--
	}
	if k >= 0 {
		switch d.LowerTokenText(k) {
		case "added", "adds", "adding":
			// "The ministry added 1,852 previously unregistered deaths",
			// "adding another 45 to the toll", but not what was said:
			// "she said, adding 47,000 have died" (speechparticiple.go).
			return k < fs-1 || !saidByAdding(d, k, fi)
		}
	}
	if k < 1 || d.LowerTokenText(k) != "by" {
		return false
	}
	switch d.LowerTokenText(k - 1) {
	case "rose", "risen", "rises", "rising", "rise", "grew", "grown", "grows", "growing", "increased", "increases",
		"jumped", "climbed", "fell", "fallen", "dropped", "swelled", "swollen", "surged", "soared", "up", "down",
		"upward", "upwards", "downward", "downwards", "revised", "raised", "lowered", "added", "cut",
		// The present, as headlines and running copy tell a change:
		// "Quake deaths jump by 3,000 in a day to 20,000".
		"jump", "jumps", "climb", "climbs", "soar", "soars", "surge", "surges", "swell", "swells",
		"grow", "increase", "fall", "falls", "drop", "drops":
		return true
	}
	return changedObjectBy(d, k)
}

// changeByReach is how many tokens back from "by" a verb of change may
// stand with its object between.
const changeByReach = 12

// changedObjectBy reports whether the "by" at token k closes a verb of
// change whose object stands between them: "trimmed the grant to Cairo by
// $200 million", "has revised its tally of the missing by some 2,000".
// What "by" gives is the difference the verb made to its object, not the
// object's level. The walk back stops at a clause's punctuation and at
// another figure: "cut aid, and by 2,000 ..." is no change of the aid.
func changedObjectBy(d *figures.Document, k int) bool {
	for j := k - 1; j >= 0 && j >= k-changeByReach; j-- {
		if w := d.TokenText(j); w == "'" || w == "’" {
			continue // an owner's mark: "its list of a town's missing by"
		}
		if !d.Tokens[j].IsWord() || figureAt(d, j) >= 0 {
			return false
		}
		if figures.ChangedObjectVerb(d.LowerTokenText(j)) {
			return j < k-1 // every form of the figure finder's verbs of change (changeverbs.go)
		}
	}
	return false
}

// modalBefore reports whether keyword hit h, which stands right before
// figure fi (at most one word between, past a speaker's aside), follows a modal, perhaps with an
// adverb between: "could displace 15 million", "may soon kill another
// 20,000". The figure is what the event may come to, not a count.
func modalBefore(d *figures.Document, fi int, h hit) bool {
	fs, _ := d.FigureTokens(fi)
	if h.end > fs {
		return false
	}
	// A speaker's aside may part the keyword from its figure: "could
	// kill, I mean, you're talking maybe fifty thousand" (modalreach.go).
	if t := asidesBefore(d, fs); t >= h.end {
		fs = t
	}
	if d.WordPos(fs)-d.WordPos(h.end) > 1 {
		return false
	}
	// Up to two adverbs between: "could soon kill", "would almost
	// certainly kill" (modaladverbs.go).
	k := modalAdverbsBack(d, h.start-1)
	if k < 0 {
		return false
	}
	return comingModal(d.LowerTokenText(k))
}

// costVerb reports whether w says what an event takes from people: "the
// war could ultimately cost as many as 186,000 lives", "may claim 50,000
// more". After a modal it sets what the event may come to, as "reach"
// does.
func costVerb(w string) bool {
	switch w {
	case "cost", "claim", "take", "leave":
		return true
	}
	return false
}

// costsLives reports whether figure fi is what a cost verb takes, lives
// ("cost as many as 186,000 lives", "claim 50,000 more", "claim 50,000."),
// not the people who bear it ("what it will cost 1.4 million civilians to
// find out").
func costsLives(d *figures.Document, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if fe < len(d.Tokens) && strings.EqualFold(d.TokenText(fe), "more") {
		fe++
	}
	if fe >= len(d.Tokens) || d.Tokens[fe].IsSymbol() {
		return true
	}
	w := strings.ToLower(d.TokenText(fe))
	return w == "lives" || w == "life"
}

// degreeAdverb reports whether w says by how much a figure moves:
// "eightfold", "sharply", "steadily".
func degreeAdverb(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "fold") || strings.HasSuffix(w, "ly"))
}

// comparative reports whether w compares a count with another: "higher",
// "more", "fewer".
func comparative(w string) bool {
	switch w {
	case "higher", "lower", "more", "fewer", "less", "greater", "larger", "smaller", "bigger":
		return true
	}
	return false
}

// bareChangeVerb reports whether lower-cased w is a verb of change
// (changeVerb) in the bare form a modal takes: "fall", "drop", "shrink",
// not "fell", "dropped", "shrinking" or "falls".
func bareChangeVerb(w string) bool {
	switch w {
	case "rose", "risen", "grew", "grown", "fell", "fallen", "swollen", "shrank", "shrunk", "shrunken":
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") {
		return false
	}
	return changeVerb(w)
}
