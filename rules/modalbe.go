package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure that completes a modal "be" says what a count will or may come
// to, not what was counted: "the true number of deaths could eventually
// be as high as 186,000", "the toll will be 40,000 by Christmas", "might
// one day be 100,000". modalProjection reads the modal before the "be"
// as it does before a verb that sets a figure ("could reach"). The figure
// as the modal's subject is another reading ("As many as 15 million
// people may have been displaced" estimates a count: modalAfter), and a
// past conjecture ("may have been around 64,000") has "been", not "be".
//
// "May", "might" and "could" also guess at a count now ("the number
// sheltering in Rafah could be 1.5 million", "may be as high as 1.4
// million"), an estimate as "may have been displaced" is: they project
// only with a time ahead, between the modal and "be" ("could eventually
// be", "might one day be", "could soon be") or a "by" after the figure
// ("could be 40,000 by Christmas"). "Will" and "would" need none.

// modalBeComplement reports whether token k, right before figure fi, is a
// "be" whose subject is no existential "there" ("there could be as many
// as 1.5 million people in Rafah" says how many are there now) after a
// modal of what will come, or after one of a guess with a time ahead.
func modalBeComplement(d *figures.Document, fi, k int) bool {
	if d.LowerTokenText(k) != "be" {
		return false
	}
	v := timeBeforeVerb(d, k-1)
	for j := v - 1; j >= 1 && j >= v-2; j-- {
		if w := d.LowerTokenText(j); comingModal(w) {
			if subject := d.LowerTokenText(j - 1); subject == "there" || restatingSubject(subject) && w == "would" || nowAfter(d, fi) {
				return false
			}
			return !guessingModal(w) || v < k || byAfter(d, fi)
		}
	}
	return false
}

// restatingSubject reports whether lower-cased w, the subject of "would
// be", points back to what was just said: "So that would be, what, one
// point four million people in Rafah", a speaker's hedge on a count now.
func restatingSubject(w string) bool { return w == "that" || w == "this" }

// nowAfter reports whether figure fi's clause, after it, dates it to now:
// "now", "right now", "today", "so far", "to date", "already", or a
// "since" that counts up to now ("will be well over 40,000 dead by now",
// "would be some 12,000 civilians killed since February 2022"). A count
// said to be so now is no projection, whatever the modal.
func nowAfter(d *figures.Document, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for k := fe; k < len(d.Tokens) && k < fe+nowAfterReach; k++ {
		switch w := d.LowerTokenText(k); w {
		case ",", ";", ":", ".", "?", "!", "—", "–":
			return false // "will be 50,000 by the spring, as the bombing goes on now": another clause's
		case "now", "today", "already", "since", "currently":
			return true
		case "far", "date":
			if p := d.LowerTokenText(k - 1); w == "far" && p == "so" || w == "date" && p == "to" {
				return true
			}
		}
	}
	return false
}

// nowAfterReach is how many tokens after the figure nowAfter reads: its
// noun, a place and the time ("people in Rafah right now").
const nowAfterReach = 8

// guessingModal reports whether lower-cased modal w may guess at the
// present ("may be", "could be") as well as say what will come.
func guessingModal(w string) bool {
	return w == "may" || w == "might" || w == "could"
}

// byAfter reports whether "by" follows figure fi within its next three
// tokens: "could be 40,000 by Christmas", "could be 2 million people by
// the spring".
func byAfter(d *figures.Document, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for k := fe; k < len(d.Tokens) && k < fe+3; k++ {
		if d.LowerTokenText(k) == "by" {
			return !sourceAfterBy(d, k)
		}
	}
	return false
}

// sourceAfterByReach is how many tokens after "by" the source's count noun
// may stand: "by the UN's own count".
const sourceAfterByReach = 6

// sourceAfterBy reports whether the "by" at token k opens whose count a
// figure is, not when it is reached: "by the UN's count", "by one
// estimate", "by some accounts".
func sourceAfterBy(d *figures.Document, k int) bool {
	for j := k + 1; j < len(d.Tokens) && j <= k+sourceAfterByReach; j++ {
		switch w := d.LowerTokenText(j); {
		case figureNoun(w) || tallyNoun(w) || w == "estimate" || w == "estimates" || w == "reckoning" || w == "account" || w == "accounts":
			return true
		case !d.Tokens[j].IsWord() && !isApostrophe(w):
			return false
		}
	}
	return false
}

// prospectVerb reports whether lower-cased verb and its particle are a
// speaker's way of saying what a count comes to, "looking at" or "talking
// about": after a modal "be" they are that "be" ("we could be looking at
// fifty thousand dead by the summer").
func prospectVerb(verb, particle string) bool {
	return verb == "looking" && particle == "at" || verb == "talking" && particle == "about"
}
