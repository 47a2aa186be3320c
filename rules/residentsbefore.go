package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A place's people before the event are not those in it now: "Before the
// war, Rafah was home to about 275,000 people, most of them living in the
// city proper", "Zamzam, home to an estimated 500,000 displaced people
// before the RSF overran it", "a camp that once housed 400,000". The
// figure is what a place was home to, housed or numbered (its
// population), and its clause dates that before the event: "before",
// "until", "prior to", "pre-war", or "once", "formerly" at the verb; or an adverb of
// ordinary times says it is the place's usual size ("normally home to").
// A keyword nearer than "before the war" ("living in", "displaced") names
// who the people were then; "Rafah, home to 275,000 before the war, now
// shelters 1.4 million" still counts the 1.4 million, and "Rafah is now
// home to 1.4 million" counts them too.

// habitualAdverb reports whether w says what a place is in ordinary times,
// before the event swelled or emptied it: "Rafah, normally home to about
// 280,000 people, has swollen to more than 1 million", "usually home to".
func habitualAdverb(w string) bool {
	switch w {
	case "normally", "usually", "ordinarily", "typically", "habitually":
		return true
	}
	return false
}

// residentsReach is how many tokens either side of a figure its clause's
// "before" may stand.
const residentsReach = 15

// residentsBefore reports whether figure fi of sentence s is what a place
// was home to, housed or numbered before the event.
func residentsBefore(d *figures.Document, s *figures.Sentence, fi int) bool {
	return residentsBeforeIn(d, s, fi, true)
}

// residentsBeforeIn is residentsBefore for a sentence that holds a word of
// residentsDating only when dated: otherwise only the question before it
// is read (askedResidentsBefore), since every reading of the sentence's
// own words answers at such a word of it.
func residentsBeforeIn(d *figures.Document, s *figures.Sentence, fi int, dated bool) bool {
	if askedResidentsBefore(d, s, fi) {
		return true // "Before all this, how many people lived in Rafah? About 275,000" (askedresidents.go)
	}
	if !dated {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	at := residencyAt(word, fs, s.TokStart)
	if at < 0 {
		return livedBefore(d, s, fi) // "250,000 people lived in Rafah before the war" (livedbefore.go)
	}
	if w := word(at - 1); w == "once" || w == "formerly" || w == "previously" || habitualAdverb(w) {
		return true // "once home to", "a camp that formerly housed", "normally home to"
	}
	return datedBefore(d, s, word, fs, fe)
}

// datedBefore reports whether the clause of the figure at tokens fs to fe
// dates it before the event: a beforeWord within residentsReach tokens
// either side, with no ";", "now" or other count between ("a city of
// 280,000 before the war, is now home to 1.5m" dates only the first).
func datedBefore(d *figures.Document, s *figures.Sentence, word func(int) string, fs, fe int) bool {
	for k := fs - 1; k >= s.TokStart && k >= fs-residentsReach; k-- {
		if w := word(k); w == ";" || w == "now" || countAt(d, k) {
			break // "a city of 280,000 before the war, is now home to 1.5m"
		} else if beforeWord(word, k) && !beforePhase(d, s, word, k) {
			return true
		}
	}
	for k := fe; k < s.TokEnd && k < fe+residentsReach; k++ {
		if w := word(k); w == ";" || w == "now" || countAt(d, k) {
			break // "..., now shelters 1.4 million": the place now
		} else if beforeWord(word, k) && !beforePhase(d, s, word, k) {
			return true
		}
	}
	return false
}

// beforePhase reports whether the phrase a beforeWord at token k opens
// names a phase inside the war, a noun of an operation and no war's own
// ("Before the army's incursion in May, ...", "prior to the ground
// push"): what the place held then is the count at the war's height, not
// its people before the event. A clause with a verb of its own ("before
// the army moved in") or the war itself ("before the war") still dates
// the place's people.
func beforePhase(d *figures.Document, s *figures.Sentence, word func(int) string, k int) bool {
	if word(k) == "prior" {
		k++ // "prior to"
	}
	phase := false
	for t := k + 1; t < s.TokEnd && t <= k+6; t++ {
		w := word(t)
		switch {
		case w == "," || w == ";" || w == ":" || w == "—":
			return phase
		case eventNoun(w) || w == "fighting" || w == "hostilities":
			return false
		case w == "operation" || w == "operations" || w == "incursion" || w == "assault" || w == "offensive" || w == "push":
			phase = true
		case !phase && isLowerWord(d.TokenText(t)) && (len(w) > 4 && strings.HasSuffix(w, "ed") || auxiliary(w)):
			return false // a clause: "before the army moved in", "before it was shelled"
		}
	}
	return phase
}

// residencyAt returns the first token of the words before figure token fs
// that make it a place's people: "home to", "housed", "hosted", "a
// population of", "population was", a settlement's size ("a town of", "a
// border town of"); or -1.
func residencyAt(word func(int) string, fs, first int) int {
	if fs-2 < first {
		return -1
	}
	switch {
	case word(fs-1) == "to" && word(fs-2) == "home":
		return fs - 2
	case word(fs-1) == "housed" || word(fs-1) == "hosted":
		return fs - 1
	case word(fs-1) == "of" && settlementNoun(word(fs-2)):
		for k := fs - 3; k >= first && k >= fs-5; k-- {
			if w := word(k); article(w) {
				return k
			} else if !isLowerWord(w) || prepositions[w] {
				break
			}
		}
		return -1
	}
	for k := fs - 1; k >= first && k >= fs-3; k-- {
		switch word(k) {
		case "population", "populations":
			return k
		case "of", "was", "stood", "at", "is", "numbered":
		default:
			return -1
		}
	}
	return -1
}

// beforeWord reports whether the words at token k date what is said
// before the event: "before", "until", "pre-war", "prewar", and "prior to"
// as agencies write "before" ("Prior to the escalation, the governorate
// had a population of about 250,000"). Each opens on a beforeHead.
func beforeWord(word func(int) string, k int) bool {
	switch w := word(k); {
	case w == "prior":
		return word(k+1) == "to"
	case w == "pre":
		return word(k+1) == "-" && word(k+2) == "war"
	default:
		return beforeHead(w)
	}
}

// beforeHead reports whether lower-cased w is the word a beforeWord opens
// on: "before", "until", "prewar", and "prior" and "pre" before the words
// that complete them.
func beforeHead(w string) bool {
	switch w {
	case "before", "until", "prewar", "prior", "pre":
		return true
	}
	return false
}

// residentsDating reports whether lower-cased w is a word at which
// residentsBefore's readings of a sentence's own words answer: a
// beforeWord's head, "once", "formerly" and "previously" at the verb, and
// habitualAdverb's. A sentence with none (its marks' residence) has no
// such reading.
func residentsDating(w string) bool {
	switch w {
	case "once", "formerly", "previously":
		return true
	}
	return beforeHead(w) || habitualAdverb(w)
}

// settlementNoun reports whether lower-cased w names a place people live
// in, whose size is its people: "a town of 250,000", "a city of".
func settlementNoun(w string) bool {
	switch w {
	case "town", "city", "village", "camp", "settlement", "community", "hamlet":
		return true
	}
	return false
}
