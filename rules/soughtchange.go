package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sum a change is sought to is a proposal's target, not the amount in
// force: "Senators propose raising Israel's yearly military aid to $5bn",
// "lawmakers want to boost the aid to $4.5bn", "a bill to lift it to
// $5bn". A verb of seeking (seekingVerb, laterinstrument.go), or a
// proposal's noun before "to", governs a verb of change whose "to" the
// figure follows. The change made ("Congress voted to raise it to $3.8bn")
// has no seeking before its verb, and stays. An aim is sought as a
// proposal is ("Israel aims to cut Hamas to no more than 2 battalions in
// Rafah"), and a sum wanted set at a level ("Some senators want Foreign
// Military Financing to Israel capped at $2.5 billion a year") as one
// wanted raised to it (fa33). A level in force ("FMF, capped at $3.3
// billion under the MOU") has no seeking before it, and stays.

// soughtChangeWords is how many words may stand between the verb of
// change and the figure's "to" ("raising Israel's yearly military aid").
const soughtChangeWords = 8

// soughtChange reports whether figure fi of sentence s is the target of a
// change that its clause seeks or proposes.
func soughtChange(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs-2 > s.TokStart && d.LowerTokenText(fs-1) == "at" && settingParticiple(d.LowerTokenText(fs-2)) {
		return soughtSetting(d, s, fs-2) // "want Foreign Military Financing to Israel capped at $2.5 billion"
	}
	if fs-1 <= s.TokStart || d.LowerTokenText(fs-1) != "to" {
		return false // the cheap test first: most figures have no "to" before them
	}
	word := sentenceWords(d, s)
	for v := fs - 2; v > s.TokStart && v >= fs-2-soughtChangeWords; v-- {
		w := word(v)
		if w == "," || w == ";" || figureIn(d, s, v) >= 0 {
			return false
		}
		if !changeVerb(w) && !countMovingVerb(w) && !verbForm(w, "boost") && !verbForm(w, "double") {
			continue
		}
		before := word(v - 1)
		if seekingVerb(before) {
			return true // "propose raising"
		}
		if changeParticiple(w) && wantedObjectBefore(d, s, v) {
			return true // "want FMF raised to", "would like the grant lifted to"
		}
		if v-2 >= s.TokStart && (before == "to" || before == "for") && (seekingVerb(word(v-2)) || proposalNoun(word(v-2)) || aimingVerb(word(v-2))) {
			return true // "wants to boost", "pushing for increasing", "a bill to lift", "aims to cut Hamas to"
		}
		return false
	}
	return false
}

// proposalNoun reports whether lower-cased w names a proposal that "to"
// and a verb may follow: "a bill to lift", "a plan to raise".
func proposalNoun(w string) bool {
	switch w {
	case "bill", "bills", "plan", "plans", "proposal", "proposals", "bid", "push", "call", "calls", "amendment", "motion":
		return true
	}
	return false
}

// settingParticiple reports whether w is a participle that sets a sum at
// a level: "capped", "set", "fixed", "frozen", "pegged".
func settingParticiple(w string) bool {
	switch w {
	case "capped", "set", "fixed", "frozen", "pegged":
		return true
	}
	return false
}

// soughtSetting reports whether a verb of seeking stands at most
// soughtChangeWords words before the setting participle at token p, in
// its clause: "want Foreign Military Financing to Israel capped at".
func soughtSetting(d *figures.Document, s *figures.Sentence, p int) bool {
	word := sentenceWords(d, s)
	for v := p - 1; v >= s.TokStart && v >= p-1-soughtChangeWords; v-- {
		w := word(v)
		if w == "," || w == ";" || figureIn(d, s, v) >= 0 {
			return false
		}
		if seekingVerb(w) {
			return true
		}
	}
	return false
}

// wantedObjectBefore reports whether the participle of change at token p
// closes a wish's object: a verb of seeking, or "like" after "would" or
// "'d", then the object's words and no clause's join ("and", "but", a
// comma) before p: "lawmakers want FMF raised to", "some in Congress would
// like Israel's grant lifted to". The sum is the wish's, as it is after
// "want ... capped at" (soughtSetting). "asked for more and got the grant
// raised to" has a join: the raise was had. Only the object's noun phrase
// stands between: a colon, or a verb that ends a subject (datedevent.go
// verbOfSubject: "the deal the lobby wanted saw its grant raised to"),
// puts the wish in another clause, and the change was had.
func wantedObjectBefore(d *figures.Document, s *figures.Sentence, p int) bool {
	word := sentenceWords(d, s)
	for v := p - 1; v > s.TokStart && v >= p-1-soughtChangeWords; v-- {
		w := word(v)
		if w == "," || w == ";" || w == ":" || w == "and" || w == "but" || figureIn(d, s, v) >= 0 {
			return false
		}
		if seekingVerb(w) {
			return v < p-1 // an object between: "want FMF raised"
		}
		if w == "like" && (word(v-1) == "would" || word(v-1) == "'d" || word(v-1) == "d") {
			return v < p-1
		}
		if verbOfSubject(d, v) {
			return false // another clause's verb: "the deal it wanted saw its grant raised"
		}
	}
	return false
}

// changeParticiple reports whether w, a verb of change, may be its past
// participle: not its "-ing" or third person's "-s", nor a past that is
// finite only ("rose", "grew", "fell", "shrank"; wordclass.go changeVerb).
// An irregular participle like its base is one: "want the grant cut to".
func changeParticiple(w string) bool {
	switch w {
	case "rose", "grew", "fell", "shrank":
		return false
	}
	return !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s")
}
