// The act a past decade or year dates rather than the figure near it: a
// participle closing a noun phrase of its own ("the memorandum signed in
// 2016"), a later act ("under a deal struck in 2016"), a passive whose
// clause goes on in the present, an infinitive the act set out to do
// (datesLaterNoun and its readers, for decade.go's decadeInStretch).

package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// datesLaterNoun reports whether the preposition at token p, of the year
// figure fj, dates an act of its own and not figure fi. After the figure:
// a participle in -ed that closes a noun phrase of its own, "$3.8 billion
// a year under the memorandum signed in 2016", past a named agent
// ("signed by Barack Obama in 2016"), a later act (laterAct), or a
// passive whose subject the figure's own clause in the present tells
// (passiveOfPresent). Before the figure: a passive or a reduced relative
// ("The package was agreed in 2016", "A memorandum signed in 2016") whose
// clause a verb in the present goes on ("and gives Israel $3.8 billion",
// "commits $3.8 billion": actBeforePresent). The time dates that act (now36
// folds the passive into review35's reader), not the figure.
func datesLaterNoun(d *figures.Document, s *figures.Sentence, fi, fj, p int) bool {
	if fj < fi {
		return actBeforePresent(d, s, fj, fi, p)
	}
	_, fe := d.FigureTokens(fi)
	if k := agentBefore(d, fe, p); k >= 0 {
		p = k // "the memorandum signed by Barack Obama in 2016"
	}
	if laterAct(d, fe, p) {
		return true // "under a deal struck in 2016", "after the accord took effect in 2019"
	}
	if p-2 < fe || !actParticiple(d.LowerTokenText(p-1)) || figureAt(d, p-2) >= 0 {
		return false
	}
	w := d.LowerTokenText(p - 2)
	switch {
	case pastPassive(w):
		return passiveOfPresent(d, fe, p-2) // "The $3.8 billion a year the US gives Israel ... was agreed in 2016"
	case !strings.HasSuffix(d.LowerTokenText(p-1), "ed") || !participleShape(d.TokenText(p-1)):
		return false // an irregular participle after a noun is laterAct's ("a deal struck in 2016")
	}
	return isLowerWord(d.TokenText(p-2)) && !auxiliary(w)
}

// actParticiple reports whether lower-cased w may be the participle of an
// act a year dates: a regular form in -ed, or an irregular past
// (laterActVerb).
func actParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") && participleShape(w) || laterActVerb(w)
}

// pastPassive reports whether lower-cased w is the auxiliary of a passive
// told in the past: "was agreed", "were signed", "had been set".
func pastPassive(w string) bool {
	return w == "was" || w == "were" || w == "been"
}

// passiveOfPresent reports whether tokens [fe, aux), between a figure and
// the auxiliary of a passive after it, hold a verb in the present whose
// subject is a name or a pronoun: the figure's own clause is told now
// ("the US gives Israel", "that Israel now receives"), and the passive's
// year dates when it was agreed. With no such verb ("$3.3 billion in
// weapons was approved in 2019") the passive is the figure's own act.
func passiveOfPresent(d *figures.Document, fe, aux int) bool {
	for k := fe + 1; k < aux; k++ {
		if !presentVerb(d.TokenText(k)) {
			continue
		}
		j := k - 1
		if w := d.LowerTokenText(j); (w == "now" || w == "still" || mannerAdverb(w)) && j > fe {
			j--
		}
		switch d.LowerTokenText(j) {
		case "it", "that", "which", "he", "she":
			return true
		}
		if named(d, j) && figureAt(d, j) < 0 {
			return true
		}
	}
	return false
}

// actBeforePresent reports whether the year figure fj, after preposition
// p and before figure fi, dates an act told by a participle before p (a
// passive, "The package was agreed in 2016", or a reduced relative, "A
// memorandum signed in 2016", past a named agent) whose clause goes on in
// the present right after the year, past "and" and an adverb ("and gives
// Israel $3.8 billion a year", "commits $3.8 billion a year", "now
// provides"): the figure is that present's. "was raised by Congress in
// 2008 to $2.55 billion a year" and "signed in 2007 gave Israel $3.1
// billion" tell no present: the year dates the figure.
func actBeforePresent(d *figures.Document, s *figures.Sentence, fj, fi, p int) bool {
	if k := agentBefore(d, s.TokStart, p); k >= 0 {
		p = k
	}
	if p-2 < s.TokStart || !actParticiple(d.LowerTokenText(p-1)) || figureAt(d, p-2) >= 0 || !isLowerWord(d.TokenText(p-2)) {
		return false
	}
	k, fs := figureEnd(d, fj), firstTok(d, fi)
	if k < fs && d.LowerTokenText(k) == "and" {
		k++
	}
	if w := d.LowerTokenText(min(k, fs)); k < fs && (w == "now" || w == "still" || mannerAdverb(w)) {
		k++
	}
	return k < fs && presentVerb(d.TokenText(k))
}

// presentVerb reports whether w reads as a finite verb in the present:
// "has", "have", "is", "are", or a lower-case word in -s of more than three
// letters, not in -ss, -us or -is ("gives", "commits", "provides"). A
// plural noun looks the same: the callers ask it only where a verb is
// due (after a subject, or right after the phrase of an act).
func presentVerb(w string) bool {
	switch w {
	case "has", "have", "is", "are":
		return true
	}
	return isLowerWord(w) && len(w) > 3 && pluralForm(w)
}

// laterAct reports whether tokens [fe, p), between a figure and the
// preposition of a year after it, tell an act of their own that the year
// dates: a later noun phrase, a determiner and two or more lower-case
// words, whose last word is its verb in the past, regular or not ("under a
// deal struck in 2016", "the pact lawmakers wrote in 2016"), or a clause
// a conjunction opens ("after the accord took effect in 2019", "because
// the pact was renewed in 2019"). A noun phrase of one word ("from the
// programme in 2019") or one a preposition extends is the figure's
// (review35).
func laterAct(d *figures.Document, fe, p int) bool {
	words, last := -1, "" // lower-case words since the latest determiner (-1: none), and the last
	for k := fe; k < p; k++ {
		w := d.LowerTokenText(k)
		switch {
		case figureAt(d, k) >= 0 || !d.Tokens[k].IsWord():
			words = -1
		case timeConjunction(w) || subordinatingWord(w):
			return true
		case determiner(w):
			words = 0
		case words >= 0 && isLowerWord(d.TokenText(k)) && !phrasePreposition(w):
			words, last = words+1, w
		default:
			words = -1
		}
	}
	return words >= 2 && laterActVerb(last)
}

// laterActVerb reports whether lower-cased w is a verb's past or past
// participle: a regular one (keywordrelative.go pastForm) or an irregular
// one (irregular.go irregularPastForm: "struck", "set", "made", "wrote"). "under the previous agreement in 2015" ends on a
// noun: the year dates the figure.
func laterActVerb(w string) bool {
	if pastForm(w) {
		return true
	}
	return irregularPastForm(w)
}

// phrasePreposition reports whether lower-cased w is a preposition that
// extends a noun phrase ("the form of loans", "the aid to Israel"), so
// that what follows it is no verb of the phrase's own (laterAct).
func phrasePreposition(w string) bool {
	switch w {
	case "of", "in", "to", "for", "on", "at", "with", "from", "by", "under", "over", "into", "through", "during":
		return true
	}
	return false
}

// infinitiveBetween reports whether "to" and a verb stand in tokens
// [from, to): the figure after them is what the act the time dates set
// out to do ("Congress voted in 2016 to raise Israel's yearly military aid
// to $3.8bn"), a level that may hold still. "to" before a determiner or a
// figure ("rose in 2019 to about $3.8bn") opens no infinitive.
func infinitiveBetween(d *figures.Document, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if d.LowerTokenText(k) == "to" && isLowerWord(d.TokenText(k+1)) && !inFigure(d, k+1) && !determiner(d.LowerTokenText(k+1)) {
			return true
		}
	}
	return false
}

// agentBefore returns the token of the "by" that opens a named agent
// ending right before token p ("signed by Barack Obama" before "in"),
// after token from, or -1.
func agentBefore(d *figures.Document, from, p int) int {
	k := p - 1
	for k > from && named(d, k) {
		k--
	}
	if k < p-1 && k > from && d.LowerTokenText(k) == "by" {
		return k
	}
	return -1
}
