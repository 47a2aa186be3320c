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
//
// A noun of aim governs the change as a verb of aiming does, by "of" and
// the change's -ing ("set a goal of reducing Rafah's population to under
// 200,000", "the objective of lowering it to 400,000") or by a form of
// "be" and the change ("the stated aim is to bring Rafah's population
// down to 250,000", "their aim is reducing the number to ..."; "is to"
// and a change is a purpose whatever the subject: "The hope is to cut"): the
// figure is where someone means the count to be, not where it stands
// (fa53b, goal_of_change.yaml). "has reduced Rafah's population to about
// 600,000" is a change had, and stays.

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
		if !changeVerb(w) && !countMovingVerb(w) && !verbForm(w, "boost") && !verbForm(w, "double") && !verbForm(w, "reduce") {
			continue
		}
		before := word(v - 1)
		if seekingVerb(before) {
			return true // "propose raising"
		}
		if aimGoverns(word, v) {
			_, fe := d.FigureTokens(fi)
			return !goalMet(word, fe) // "a goal of reducing", "the aim is to bring"
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

// aimGoverns reports whether a noun of aim governs the verb of change at
// token v: by "of" and the -ing ("a goal of reducing"), by a form of "be"
// and "to" ("the aim is to bring"), or by a form of "be" and the -ing
// ("their aim is reducing").
func aimGoverns(word func(int) string, v int) bool {
	before := word(v - 1)
	if before == "of" {
		return strings.HasSuffix(word(v), "ing") && aimNoun(word(v-2))
	}
	if before == "to" {
		// "is to" before a change is a purpose whatever its subject ("The
		// hope is to cut", "The aim was always to bring"): it never tells
		// a change had. A noun of aim before "to" is one too ("an effort
		// to reduce").
		b := v - 2
		if purposeAdverb(word(b)) {
			b--
		}
		if word(b) == "been" || outcomeBefore(word, b) {
			return false // "The result has been to cut ... to 600,000": what came of it (review53 MUST 7)
		}
		return beForm(word(b)) || aimNoun(word(v-2))
	}
	// "their aim is reducing", and a label's "Israel's target: reducing".
	return (beForm(before) || before == ":") && strings.HasSuffix(word(v), "ing") && aimNoun(word(v-2))
}

// outcomeBefore reports whether a noun of what came of something (result,
// outcome, effect, upshot, consequence, impact) stands within six words
// before the "be" at token b: its "is to" tells what happened, no aim.
func outcomeBefore(word func(int) string, b int) bool {
	for k := b - 1; k >= b-6; k-- {
		switch word(k) {
		case "result", "results", "outcome", "outcomes", "effect", "effects", "upshot", "consequence", "consequences", "impact":
			return true
		case "", ",", ";", ":":
			return false
		}
	}
	return false
}

// purposeAdverb reports whether lower-cased w is an adverb that may stand
// between "is" and the "to" of a purpose: "was always to", "is now to".
func purposeAdverb(w string) bool {
	switch w {
	case "always", "now", "still", "simply", "clearly", "explicitly", "ultimately":
		return true
	}
	return false
}

// goalMet reports whether the words after the figure ending at token fe
// say the goal the figure was sought as is reached: "has been met",
// "have been reached", "was achieved" (review53 SHOULD 4). The count is
// then there, and the figure stays.
func goalMet(word func(int) string, fe int) bool {
	for k := fe; k < fe+4; k++ {
		switch word(k) {
		case "met", "reached", "achieved", "attained", "hit":
			return beForm(word(k-1)) || word(k-1) == "been"
		case "", ",", ";", ".":
			return false
		}
	}
	return false
}

// aimNoun reports whether lower-cased w names an aim a change may be
// meant for: "goal", "aim", "objective", "target", "ambition",
// "intention", or a proposal's noun ("the plan is to cut").
func aimNoun(w string) bool {
	switch w {
	case "goal", "goals", "aim", "aims", "objective", "objectives", "target", "targets", "ambition", "intention", "intent",
		"purpose", "priority", "idea", "hope", "effort", "efforts", "attempt", "drive", "strategy", "scheme":
		return true
	}
	return proposalNoun(w)
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
