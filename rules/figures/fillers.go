package figures

import (
	"slices"
	"strings"
)

// A speaker fills the pauses inside a figure's phrase: "around, ah,
// twenty-eight thousand", "more than, um, er, thirty thousand", "nearly,
// you know, forty thousand", "close to, what, ten million", "is, we are
// told, about fifteen thousand", "about, I'd say, thirty thousand". What
// fills them is a class, not a list of phrases:
//
//   - a sound of hesitation (FillerSound: "uh", "um", "er", "eh", "ah");
//   - a comment clause set off by commas whose subject is the speaker,
//     the listener or a "they" ("I think", "we are told", "you know", "I'd
//     say", "I'm afraid to say", "they tell us", "as I say", "if you
//     like"): a pronoun of person, maybe after "as" or "if", and at most
//     four more words, none of them a number;
//   - a discourse word alone between commas ("well", "what", "like",
//     "say", "again", "look") or a hedge of manner ("sort of", "kind of",
//     "let's say"), which says nothing of the amount;
//   - "em", the sound Irish, Scottish and British transcripts write where
//     American ones write "um", only between commas ("has passed, em,
//     twenty thousand"): without them it is a word ("an em dash", "'em").
//
// The figure finder reads the qualifier before such a run as the figure's
// (parse.go skipFiller), and the rules do not count the run's words
// between a keyword and its figure (rules/spokenfiller.go). A run holds
// no figure and no qualifier ("roughly", "about"): those are read as
// such.

// fillerCommentWords is how many words a comment clause may hold after its
// pronoun: "I'm afraid to say", "we have been told".
const fillerCommentWords = 4

// fillerSounds are the sounds a transcript writes for a speaker's
// hesitation, lower case: FillerSound reads them, and MayBeFillerSound,
// the cheap test callers make of every word first, reads its shape from
// them, so a sound added here reaches both.
var fillerSounds = [...]string{"uh", "um", "er", "erm", "uhm", "ah", "eh", "hmm", "mm", "uhh", "umm"}

// fillerShape is what MayBeFillerSound reads of fillerSounds: the letters,
// either case, that open one, and the lengths of the shortest and longest.
var fillerShape = func() (s struct {
	first          [256]bool
	minLen, maxLen int
}) {
	s.minLen = len(fillerSounds[0])
	for _, w := range fillerSounds {
		s.first[w[0]], s.first[strings.ToUpper(w[:1])[0]] = true, true
		s.minLen, s.maxLen = min(s.minLen, len(w)), max(s.maxLen, len(w))
	}
	return s
}()

// FillerSound reports whether w (any case) is a sound a transcript writes
// for a speaker's hesitation.
func FillerSound(w string) bool {
	return MayBeFillerSound(w) && slices.Contains(fillerSounds[:], strings.ToLower(w))
}

// MayBeFillerSound reports, with no call and no allocation, whether w has
// the length and first letter of one of FillerSound's sounds: false rules
// it out, true leaves FillerSound to say.
func MayBeFillerSound(w string) bool {
	return len(w) >= fillerShape.minLen && len(w) <= fillerShape.maxLen && fillerShape.first[w[0]]
}

// SpokenFillerEnd returns the token after a run of a speaker's fillers
// that starts at token i (maybe at a comma before it), and the comma that
// closes it; i when no filler stands there. word returns token k's text,
// or "" past the text's ends.
func SpokenFillerEnd(word func(k int) string, i int) int {
	k, found := i, false
	for {
		j := k
		if word(j) == "," {
			j++
		}
		n := fillerUnit(word, j)
		if n == 0 {
			break
		}
		k, found = j+n, true
	}
	if !found {
		return i
	}
	if word(k) == "," {
		k++
	}
	return k
}

// FillerOpener reports whether lower-case w may open a filler (what
// fillerUnit answers at): a sound of hesitation, a discourse word or hedge
// of manner, or a comment clause's pronoun or the "as" or "if" before it.
// A sentence with no such word holds no filler (rules' sentence marks).
func FillerOpener(w string) bool {
	return slices.Contains(fillerOpeners[:], w) || slices.Contains(fillerSounds[:], w)
}

// fillerOpeners are the words but the sounds that fillerUnit answers at.
var fillerOpeners = [...]string{"em", "well", "what", "like", "say", "again", "look", "listen", "basically", "frankly", "honestly",
	"sort", "kind", "let", "as", "if", "i", "we", "you", "they"}

// fillerUnit returns how many tokens the filler at token j holds, or 0.
// (The words it answers at are FillerOpener's.)
func fillerUnit(word func(k int) string, j int) int {
	w := word(j)
	if FillerSound(w) {
		return 1
	}
	if word(j-1) != "," {
		return 0 // the words below are fillers only set off by commas
	}
	lw := strings.ToLower(w)
	switch lw {
	case "em", "well", "what", "like", "say", "again", "look", "listen", "basically", "frankly", "honestly":
		if word(j+1) == "," {
			return 1
		}
		return 0
	case "sort", "kind":
		if strings.EqualFold(word(j+1), "of") {
			return 2
		}
		return 0
	case "let":
		// "let's say"
		if isApostropheText(word(j+1)) && strings.EqualFold(word(j+2), "s") && strings.EqualFold(word(j+3), "say") {
			return 4
		}
		return 0
	}
	// A comment clause: "I think", "we are told", "as I say".
	k := j
	if lw == "as" || lw == "if" {
		k++
	}
	switch strings.ToLower(word(k)) {
	case "i", "we", "you", "they":
	default:
		return 0
	}
	k++
	words := 0
	for ; word(k) != ","; k++ {
		t := word(k)
		if isApostropheText(t) {
			continue
		}
		if !lowerLetters(t) || spokenNumberWord(t) {
			return 0
		}
		if words++; words > fillerCommentWords {
			return 0
		}
	}
	return k - j
}

// isApostropheText reports whether token text t is an apostrophe.
func isApostropheText(t string) bool { return t == "'" || t == "’" }

// lowerLetters reports whether t is a word of lower-case ASCII letters.
func lowerLetters(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return false
		}
	}
	return t != ""
}

// spokenNumberWord reports whether lower-case t is a number's word or a
// hedge, which no comment clause holds: "we think one hundred" is the
// figure's, and "I think roughly" hedges it.
func spokenNumberWord(t string) bool {
	switch t {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
		"hundred", "thousand", "million", "billion", "half", "dozen",
		"about", "around", "roughly", "nearly", "almost", "some", "over", "more", "less", "fewer", "least", "most", "up":
		return true
	}
	return false
}
